package dev.disputemodel.index;

import dev.disputemodel.Claim;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Claims by the key of each of their propositions, and by the type of each proposition. */
record ClaimGroups(Map<PropositionKey, List<Claim>> byKey, Map<PropositionType, List<Claim>> byType) {
  /** Up to this many propositions, a claim's distinct keys are found by scanning, not hashing. */
  private static final int SCAN_LIMIT = 8;

  /**
   * Groups the claims by the key of each of their propositions (keys in order of first use) and
   * by proposition type, claims in model order; one pass over the claims, each key computed once
   * per proposition. The maps and lists are never modified after this returns.
   */
  static ClaimGroups of(List<Claim> claims) {
    // sized for a key per claim: no rehashing of the keys while the map grows
    Map<PropositionKey, List<Claim>> groups = new LinkedHashMap<>(claims.size() * 4 / 3 + 16);
    Map<PropositionType, List<Claim>> byType = new EnumMap<>(PropositionType.class);
    List<PropositionKey> keys = new ArrayList<>(4);
    Set<PropositionKey> seen = new HashSet<>();
    for (Claim claim : claims) {
      List<Proposition> propositions = claim.propositions();
      if (propositions.size() == 1) {
        PropositionKey key = propositions.get(0).key();
        add(groups, key, claim);
        addOnce(byType, key.type(), claim);
        continue;
      }
      keys.clear();
      seen.clear();
      boolean few = propositions.size() <= SCAN_LIMIT;
      for (Proposition p : propositions) {
        PropositionKey key = p.key();
        if (few ? !keys.contains(key) : seen.add(key)) { // a claim's few keys: a scan, no hashing
          keys.add(key);
          add(groups, key, claim);
          addOnce(byType, key.type(), claim);
        }
      }
    }
    return new ClaimGroups(groups, byType);
  }

  private static void addOnce(Map<PropositionType, List<Claim>> byType, PropositionType type, Claim claim) {
    List<Claim> claims = byType.computeIfAbsent(type, t -> new ArrayList<>());
    if (claims.isEmpty() || claims.get(claims.size() - 1) != claim) {
      claims.add(claim);
    }
  }

  private static void add(Map<PropositionKey, List<Claim>> groups, PropositionKey key, Claim claim) {
    groups.computeIfAbsent(key, k -> new ArrayList<>(2)).add(claim); // the key hashed once
  }
}
