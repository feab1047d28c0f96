package dev.disputemodel.index;

import dev.disputemodel.Claim;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Claims by the key of each of their propositions, and by the type of each proposition. */
record ClaimGroups(Map<PropositionKey, List<Claim>> byKey, Map<PropositionType, List<Claim>> byType) {
  /**
   * Groups the claims by the key of each of their propositions (keys in order of first use) and
   * by proposition type, claims in model order; one pass over the claims, each key computed once
   * per proposition. The maps and lists are never modified after this returns.
   */
  static ClaimGroups of(List<Claim> claims) {
    Map<PropositionKey, List<Claim>> groups = new LinkedHashMap<>();
    Map<PropositionType, List<Claim>> byType = new EnumMap<>(PropositionType.class);
    for (Claim claim : claims) {
      if (claim.propositions().size() == 1) {
        PropositionKey key = claim.propositions().get(0).key();
        add(groups, key, claim);
        addOnce(byType, key.type(), claim);
        continue;
      }
      Set<PropositionKey> keys = new LinkedHashSet<>();
      for (Proposition p : claim.propositions()) {
        keys.add(p.key());
      }
      keys.forEach(k -> {
        add(groups, k, claim);
        addOnce(byType, k.type(), claim);
      });
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
    List<Claim> claims = groups.get(key);
    if (claims == null) {
      groups.put(key, claims = new ArrayList<>(2));
    }
    claims.add(claim);
  }
}
