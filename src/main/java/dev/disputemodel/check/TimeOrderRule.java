package dev.disputemodel.check;

import static dev.disputemodel.time.EqualBounds.SAME_MOMENT;

import dev.disputemodel.Accord;
import dev.disputemodel.Agreement;
import dev.disputemodel.Conflict;
import dev.disputemodel.EntityId;
import dev.disputemodel.Mediator;
import dev.disputemodel.Party;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Side;
import dev.disputemodel.Territory;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code time-order}: times within one entity that may be out of order. Builders already reject
 * definite disorder (a ceasefire that definitely ended before it took effect, a period whose end
 * is definitely before its start); this rule reports the possible disorder that uncertain dates
 * leave: a ceasefire agreed "in September 2022" but effective "2022-09-01" may have taken effect
 * before it was agreed. Times with equal bounds are the same stated moment and never reported.
 *
 * <p>Checks a ceasefire's or agreement's agreed, effective and ended times, an agreement's proposed
 * time against its signing, and its lapse against its signing (else its proposal), a party's proclaimed
 * and dissolved times, and the start and end of every stated period: a conflict's, a supporter's,
 * a mediator role's, a relation's, and a territory's sovereignty, control and population
 * statuses. Cost: linear in the size of the model.
 */
final class TimeOrderRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("time-order", Severity.ERROR,
          "Times within one entity are, or may be, out of order (an end before its start)");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    List<Finding> out = new ArrayList<>();
    for (Party p : index.model().parties()) {
      pair(out, p.id(), "dissolved", p.dissolved(), "proclaimed", p.proclaimed());
    }
    for (Accord c : ChainCycleRule.accords(index)) {
      pair(out, c.id(), "effective", c.effective(), "agreed", c.agreed());
      pair(out, c.id(), "ended", c.ended(), "effective", c.effective());
      if (c.effective().isEmpty()) {
        pair(out, c.id(), "ended", c.ended(), "agreed", c.agreed());
      }
    }
    for (Agreement a : index.model().agreements()) {
      pair(out, a.id(), "agreed", a.agreed(), "proposed", a.proposed());
      if (a.agreed().isPresent()) {
        pair(out, a.id(), "lapsed", a.lapsed(), "agreed", a.agreed());
      } else {
        pair(out, a.id(), "lapsed", a.lapsed(), "proposed", a.proposed());
      }
    }
    for (Conflict c : index.model().conflicts()) {
      period(out, c.id(), "period", c.period());
      for (int i = 0; i < c.sides().size(); i++) {
        Side side = c.sides().get(i);
        for (int j = 0; j < side.supporters().size(); j++) {
          period(out, c.id(), "sides[" + i + "].supporters[" + j + "].period",
              side.supporters().get(j).period());
        }
      }
    }
    for (Mediator m : index.model().mediators()) {
      period(out, m.id(), "period", m.period());
    }
    for (PartyRelation r : index.model().relations()) {
      period(out, r.id(), "period", r.period());
    }
    for (Territory t : index.model().territories()) {
      for (int i = 0; i < t.sovereignty().size(); i++) {
        period(out, t.id(), "sovereignty[" + i + "].period", t.sovereignty().get(i).period());
      }
      for (int i = 0; i < t.control().size(); i++) {
        period(out, t.id(), "control[" + i + "].period", t.control().get(i).period());
      }
      for (int i = 0; i < t.population().size(); i++) {
        period(out, t.id(), "population[" + i + "].period", t.population().get(i).period());
      }
    }
    return out;
  }

  private static void period(List<Finding> out, EntityId id, String path, Optional<FuzzyPeriod> p) {
    if (p.isPresent()) {
      pair(out, id, path + ".end", p.get().end(), "start", p.get().start());
    }
  }

  private static void pair(
      List<Finding> out, EntityId id, String laterField, Optional<FuzzyTime> later,
      String earlierField, Optional<FuzzyTime> earlier) {
    if (later.isEmpty() || earlier.isEmpty()) {
      return;
    }
    Certainty inverted = SAME_MOMENT.isBefore(later.get(), earlier.get());
    if (inverted.isPossible()) {
      String may = inverted.isDefinite() ? "is" : "may be";
      out.add(DESCRIPTOR.finding(id)
          .certainty(inverted)
          .path(laterField)
          .value(later.get())
          .message(laterField + " " + later.get() + " " + may + " before " + earlierField + " "
              + earlier.get() + ". State the times more precisely or correct one of them")
          .build());
    }
  }
}
