package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.time.Certainty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Who stands with this party": the parties related to it by the chosen kinds of
 * {@link PartyRelation} at the chosen time, directly or, with {@link #transitive()}, through
 * others (the ally of an ally).
 *
 * <p>Direction: {@link RelationKind#ALLY_OF}, {@link RelationKind#HAS_TIES_TO} and
 * {@link RelationKind#HOSTILE_TO} are read both ways (an alliance binds both); {@link
 * RelationKind#BACKS}, {@link RelationKind#MEMBER_OF} and {@link RelationKind#PART_OF} only
 * towards the party (its backers, its members, its parts). Relations are those of the party
 * itself, not of the parties it acts for.
 *
 * <p>Certainty: a party is a DEFINITELY ally when some path of relations reaches it on which
 * every relation definitely held at the time; otherwise POSSIBLY when some path reaches it on
 * which every relation possibly held (a relation with no stated period only possibly held). With
 * {@code When.definitely*}, only DEFINITELY allies are returned.
 *
 * <p>Immutable and thread-safe. Cost: a breadth-first search over the relations of the parties
 * reached (one hop when not transitive), read from the index by party.
 */
public final class AllyQuery {
  private final QueryScope queries;
  private final PartyId party;
  private final When when;
  private final ImmutableSet<RelationKind> kinds;
  private final boolean transitive;

  AllyQuery(QueryScope queries, PartyId party, When when, ImmutableSet<RelationKind> kinds, boolean transitive) {
    this.queries = queries;
    this.party = party;
    this.when = when;
    this.kinds = kinds;
    this.transitive = transitive;
  }

  /** Counts only relations that held at {@code when}. */
  public AllyQuery at(When when) {
    return new AllyQuery(queries, party, Objects.requireNonNull(when, "when"), kinds, transitive);
  }

  /**
   * Counts only relations of the given kinds.
   *
   * @throws dev.disputemodel.InvalidValueException if no kind is given
   */
  public AllyQuery kinds(RelationKind... kinds) {
    ImmutableSet<RelationKind> set = ImmutableSet.copyOf(kinds);
    if (set.isEmpty()) {
      throw new dev.disputemodel.InvalidValueException("AllyQuery", "kinds", set, "name at least one kind");
    }
    return new AllyQuery(queries, party, when, set, transitive);
  }

  /** Follows relations from party to party, at any distance. */
  public AllyQuery transitive() {
    return new AllyQuery(queries, party, when, kinds, true);
  }

  /**
   * Returns the allies, ordered by distance, then by the party's position in the model. The
   * path of each is a shortest one among the paths of its certainty, found breadth-first with
   * relations in model order.
   */
  public ImmutableList<Ally> list() {
    Map<PartyId, Ally> definite = search(Certainty.DEFINITELY);
    Map<PartyId, Ally> found = new LinkedHashMap<>(definite);
    if (when.required() == Certainty.POSSIBLY) {
      search(Certainty.POSSIBLY).forEach((p, a) -> found.putIfAbsent(p, new Ally(p, a.path(), Certainty.POSSIBLY)));
    }
    List<Ally> out = new ArrayList<>(found.values());
    out.sort(Comparator.comparingInt(Ally::distance).thenComparingInt(a -> queries.position(a.party())));
    return ImmutableList.copyOf(out);
  }

  /** Returns the distinct parties of {@link #list()}, in its order. */
  public ImmutableList<PartyId> parties() {
    return list().stream().map(Ally::party).collect(ImmutableList.toImmutableList());
  }

  private Map<PartyId, Ally> search(Certainty level) {
    Map<PartyId, List<RelationId>> paths = new LinkedHashMap<>();
    paths.put(party, List.of());
    Deque<PartyId> queue = new ArrayDeque<>();
    queue.add(party);
    while (!queue.isEmpty()) {
      PartyId at = queue.poll();
      List<RelationId> path = paths.get(at);
      if (!transitive && !path.isEmpty()) {
        break;
      }
      for (PartyRelation r : queries.index().relationsByParty().get(at)) {
        if (!kinds.contains(r.kind()) || !When.meets(when.certaintyOf(r.period()), level)) {
          continue;
        }
        PartyId other;
        if (r.to().equals(at)) {
          other = r.from();
        } else if (symmetric(r.kind())) {
          other = r.to();
        } else {
          continue;
        }
        if (!paths.containsKey(other)) {
          paths.put(other, ImmutableList.<RelationId>builder().addAll(path).add(r.id()).build());
          queue.add(other);
        }
      }
    }
    Map<PartyId, Ally> out = new LinkedHashMap<>();
    paths.forEach((p, path) -> {
      if (!p.equals(party)) {
        out.put(p, new Ally(p, path, level));
      }
    });
    return out;
  }

  static boolean symmetric(RelationKind kind) {
    return kind == RelationKind.ALLY_OF || kind == RelationKind.HAS_TIES_TO || kind == RelationKind.HOSTILE_TO;
  }
}
