package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.Claim;
import dev.disputemodel.ConflictId;
import dev.disputemodel.PartyId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * "Who is involved in this conflict, and how": every {@link Involvement} of a party in a conflict
 * (and, with {@link #withEpisodes()}, its episodes) as a primary party or supporter of a side,
 * third party, ceasefire signatory, event participant or claimant, passed up
 * {@link dev.disputemodel.Party#actsFor() actsFor} links. An episode with no sides of its own
 * takes those of its nearest ancestor that has some (as the consistency checker does); the
 * involvement's {@code via} is then that ancestor.
 *
 * <p>Immutable and thread-safe; each refinement returns a new query. Cost: the involvements of the
 * conflicts in scope, read from an index by conflict, plus, for {@link Role#CLAIMANT}, the claims
 * about them (a posting list per conflict).
 */
public final class InvolvementQuery {
  private final QueryScope queries;
  private final ConflictId conflict;
  private final boolean episodes;
  private final ImmutableSet<Role> roles;
  private final Optional<PartyId> party;

  InvolvementQuery(QueryScope queries, ConflictId conflict, boolean episodes,
      ImmutableSet<Role> roles, Optional<PartyId> party) {
    this.queries = queries;
    this.conflict = conflict;
    this.episodes = episodes;
    this.roles = roles;
    this.party = party;
  }

  /** Also counts the conflict's episodes, at any depth. */
  public InvolvementQuery withEpisodes() {
    return new InvolvementQuery(queries, conflict, true, roles, party);
  }

  /**
   * Keeps only the given roles.
   *
   * @throws dev.disputemodel.InvalidValueException if no role is given
   */
  public InvolvementQuery inRoles(Role... roles) {
    ImmutableSet<Role> set = ImmutableSet.copyOf(roles);
    if (set.isEmpty()) {
      throw new dev.disputemodel.InvalidValueException("InvolvementQuery", "roles", set, "name at least one role");
    }
    return new InvolvementQuery(queries, conflict, episodes, set, party);
  }

  /**
   * Keeps only the involvements of {@code party} (directly or through a party acting for it).
   *
   * @throws dev.disputemodel.InvalidValueException if the party is not in the model
   */
  public InvolvementQuery of(PartyId party) {
    queries.require(party, "party");
    return new InvolvementQuery(queries, conflict, episodes, roles, Optional.of(party));
  }

  /**
   * Returns the involvements, each once, ordered by the party's position in the model, then
   * role, then the conflict's position, then the position of what records it ({@code via}), then
   * direct before indirect and by the position of the party named.
   */
  public ImmutableList<Involvement> list() {
    EntityIndex ix = queries.entityIndex();
    Set<Involvement> found = new LinkedHashSet<>();
    List<Integer> claimPositions = new ArrayList<>();
    List<Involvement> claimants = new ArrayList<>();
    List<ConflictId> scope = episodes ? queries.withEpisodes(conflict) : List.of(conflict);
    for (ConflictId c : scope) {
      for (Involvement inv : ix.involvements.get(c)) {
        if (keep(inv)) {
          found.add(inv);
        }
      }
      if (roles.contains(Role.CLAIMANT)) {
        int[] positions = party.isPresent()
            ? intersect(queries.claimIndex().bySubject.get(c), queries.claimIndex().bySpeaker.get(party.get()))
            : queries.claimIndex().bySubject.get(c);
        for (int pos : positions) {
          Claim claim = queries.model().claims().get(pos);
          if (claim.claimant().isEmpty()) {
            continue;
          }
          Involvement named = new Involvement(claim.claimant().get(), Role.CLAIMANT, c, claim.id(),
              Optional.empty(), Optional.empty(), Optional.empty());
          List<PartyId> chain = queries.index().actsForChain(named.party());
          for (int i = 0; i < chain.size(); i++) {
            Involvement inv = i == 0 ? named : named.forPrincipal(chain.get(i));
            if (keep(inv)) {
              claimants.add(inv);
              claimPositions.add(pos);
            }
          }
        }
      }
    }
    List<Involvement> all = new ArrayList<>(found);
    List<Integer> viaPos = new ArrayList<>();
    all.forEach(inv -> viaPos.add(queries.position(inv.via())));
    all.addAll(claimants);
    viaPos.addAll(claimPositions);
    Integer[] order = new Integer[all.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator
        .comparingInt((Integer i) -> queries.position(all.get(i).party()))
        .thenComparing(i -> all.get(i).role())
        .thenComparingInt(i -> queries.position(all.get(i).conflict()))
        .thenComparingInt(viaPos::get)
        .thenComparingInt(i -> all.get(i).through().map(queries::position).orElse(-1)));
    Set<Involvement> out = new LinkedHashSet<>();
    for (Integer i : order) {
      out.add(all.get(i));
    }
    return ImmutableList.copyOf(out);
  }

  /** Returns the distinct parties of {@link #list()}, in its order. */
  public ImmutableList<PartyId> parties() {
    return list().stream().map(Involvement::party).distinct().collect(ImmutableList.toImmutableList());
  }

  private boolean keep(Involvement inv) {
    return roles.contains(inv.role()) && party.map(p -> p.equals(inv.party())).orElse(true);
  }

  private static int[] intersect(int[] a, int[] b) {
    int[] out = new int[Math.min(a.length, b.length)];
    int n = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] < b[j]) {
        i++;
      } else if (b[j] < a[i]) {
        j++;
      } else {
        out[n++] = a[i];
        i++;
        j++;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InvolvementQuery q && q.queries == queries && q.conflict.equals(conflict)
        && q.episodes == episodes && q.roles.equals(roles) && q.party.equals(party);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conflict, episodes, roles, party);
  }
}
