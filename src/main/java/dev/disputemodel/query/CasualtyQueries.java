package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Casualties;
import dev.disputemodel.Claim;
import dev.disputemodel.ConflictId;
import dev.disputemodel.Proposition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The casualty figures behind {@link ModelQueries#casualties}: every figure given for a conflict,
 * read from the claim index by casualty conflict and put in the facade's documented order.
 */
final class CasualtyQueries {
  private final QueryScope scope;

  CasualtyQueries(QueryScope scope) {
    this.scope = scope;
  }

  CasualtyFigures of(ConflictId conflict) {
    scope.require(conflict, "conflict");
    List<CasualtyFigure> figures = new ArrayList<>();
    List<Integer> claimPos = new ArrayList<>();
    for (int pos : scope.claimIndex().casualtiesByConflict.get(conflict)) {
      Claim c = scope.model().claims().get(pos);
      for (Proposition p : c.propositions()) {
        if (p instanceof Casualties cas && cas.conflict().equals(conflict)) {
          figures.add(new CasualtyFigure(c, scope.index().speaker(c), cas.party(), cas.kind(), cas.count()));
          claimPos.add(pos);
        }
      }
    }
    Integer[] order = new Integer[figures.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator
        .comparingInt((Integer i) -> figures.get(i).party().map(scope::position).orElse(Integer.MAX_VALUE))
        .thenComparing(i -> figures.get(i).kind())
        .thenComparingInt(claimPos::get));
    ImmutableList.Builder<CasualtyFigure> sorted = ImmutableList.builder();
    for (Integer i : order) {
      sorted.add(figures.get(i));
    }
    return new CasualtyFigures(conflict, sorted.build());
  }
}
