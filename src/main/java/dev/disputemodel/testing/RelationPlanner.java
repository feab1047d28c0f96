package dev.disputemodel.testing;

import dev.disputemodel.PartyRelation;
import dev.disputemodel.RelationKind;
import java.util.List;
import java.util.Optional;

/**
 * Plans relations between parties, each by one of four schemes that keep the two pools apart
 * (so no mediator is allied to a belligerent): any relation between third parties; hostility
 * between the two sides of a conflict; alliance, ties or backing within a side; a party being
 * part or a member of the party it acts for. A draw that finds no pair plans nothing.
 */
final class RelationPlanner {
  private static final List<RelationKind> KINDS = List.of(RelationKind.values());
  private static final List<RelationKind> WITHIN_SIDE =
      List.of(RelationKind.ALLY_OF, RelationKind.HAS_TIES_TO, RelationKind.BACKS);
  private static final List<RelationKind> WITHIN_FAMILY =
      List.of(RelationKind.PART_OF, RelationKind.MEMBER_OF);

  private final ModelDraft d;
  private final Choices c;

  RelationPlanner(ModelDraft draft) {
    this.d = draft;
    this.c = draft.c;
  }

  /** Makes {@code n} attempts at a relation. */
  void plan(Choices.Length n) {
    c.each(n, i -> relation().ifPresent(d.relations::add));
  }

  private Optional<PartyRelation> relation() {
    int scheme = c.nextInt(4);
    List<Integer> thirdParties = d.roles.thirdParties;
    int from;
    int to;
    RelationKind kind;
    if (scheme == 0 && thirdParties.size() >= 2) {
      from = c.pick(thirdParties);
      to = c.pick(thirdParties);
      kind = c.pick(KINDS);
    } else if (scheme == 1 && !d.conflicts.isEmpty()) {
      ConflictPlan p = c.pick(d.conflicts.all());
      from = c.pick(p.sidePrimaries.get(0));
      to = c.pick(p.sidePrimaries.get(1));
      kind = RelationKind.HOSTILE_TO;
    } else if (scheme == 2 && !d.conflicts.isEmpty()) {
      ConflictPlan p = c.pick(d.conflicts.all());
      List<Integer> side = p.sidePrimaries.get(c.nextInt(2));
      from = c.pick(side);
      to = c.pick(side);
      kind = c.pick(WITHIN_SIDE);
    } else {
      from = c.nextInt(d.parties.size());
      Optional<Integer> principal = d.roles.actsFor(from);
      if (principal.isEmpty()) {
        return Optional.empty();
      }
      to = principal.get();
      kind = c.pick(WITHIN_FAMILY);
    }
    if (from == to) {
      return Optional.empty();
    }
    PartyRelation.Builder b = PartyRelation.builder().id(d.relations.nextId())
        .from(d.parties.id(from)).to(d.parties.id(to)).kind(kind).source(d.anySource());
    if (c.nextBoolean(0.5)) {
      d.anyPeriod(d.time.start, d.time.factsEnd).ifPresent(b::period);
    }
    if (c.nextBoolean(0.2)) {
      b.hedge(c.pick(ModelDraft.HEDGES));
    }
    return Optional.of(b.build());
  }
}
