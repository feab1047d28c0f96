package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.add;
import static dev.disputemodel.testing.ModelEdit.replace;

import dev.disputemodel.PartyRelation;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.YearMonth;
import java.util.List;

/**
 * {@link FaultKind#TIME_ORDER}: a relation's period runs from a month to a day of that month, so
 * its end may be before its start (builders reject definite inversions): a possible fault.
 */
final class TimeOrderFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.TIME_ORDER;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    PartyRelation r;
    if (!e.relations.isEmpty() && c.nextBoolean(0.8)) {
      r = c.pick(e.relations);
    } else {
      r = add(e.relations, PartyRelation.builder().id(RelationId.of(e.freshId("R")))
          .from(e.party(0)).to(e.party(1)).kind(RelationKind.HAS_TIES_TO).source(e.source())
          .build());
    }
    YearMonth month = r.period().flatMap(FuzzyPeriod::start)
        .map(t -> YearMonth.from(t.earliest())).orElse(YearMonth.of(2000, 1));
    FuzzyTime start = FuzzyTime.inMonth(month);
    FuzzyTime end = FuzzyTime.onDay(month.atDay(1 + c.nextInt(month.lengthOfMonth())));
    replace(e.relations, r, r.withPeriod(FuzzyPeriod.of(start, end)));
    return e.fault(kind(), r.id(), List.of(), Certainty.POSSIBLY,
        r.id() + " now runs from " + start + " to " + end + ": its end may be before its start");
  }
}
