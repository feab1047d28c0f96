package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.ConflictId;
import dev.disputemodel.Mediator;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.UnstatedPeriod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the third parties allied with a belligerent of the conflict they act in, behind
 * {@link ModelQueries#mediatorAlliances}; the contract is documented there.
 */
final class MediatorAlliances {
  private final QueryScope scope;

  MediatorAlliances(QueryScope scope) {
    this.scope = scope;
  }

  ImmutableList<MediatorAlliance> in(ConflictId conflict) {
    scope.require(conflict, "conflict");
    ModelIndex index = scope.index();
    List<MediatorAlliance> out = new ArrayList<>();
    for (ConflictId c : scope.withEpisodes(conflict)) {
      for (Mediator m : scope.entityIndex().mediatorsByConflict.get(c)) {
        Set<PartyId> fighters = new LinkedHashSet<>();
        for (Side side : index.sides(m.conflict())) {
          fighters.addAll(ModelIndex.belligerents(side));
        }
        List<PartyId> chain = index.actsForChain(m.party());
        for (PartyId self : chain) {
          for (PartyRelation r : index.relationsByParty().get(self)) {
            PartyId other = r.from().equals(self) ? r.to() : r.from();
            if (r.kind() != RelationKind.ALLY_OF || !fighters.contains(other) || chain.contains(other)) {
              continue;
            }
            Certainty overlap = UnstatedPeriod.UNKNOWN.overlap(r.period(), m.period());
            if (overlap.isPossible()) {
              out.add(new MediatorAlliance(m, index.principal(m.party()), other, r, overlap));
            }
          }
        }
      }
    }
    out.sort(Comparator.comparingInt((MediatorAlliance a) -> scope.position(a.mediator().id()))
        .thenComparingInt(a -> scope.position(a.alliance().id())));
    return ImmutableList.copyOf(out);
  }
}
