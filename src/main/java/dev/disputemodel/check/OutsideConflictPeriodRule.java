package dev.disputemodel.check;

import static dev.disputemodel.time.EqualBounds.SAME_MOMENT;

import dev.disputemodel.Accord;
import dev.disputemodel.Conflict;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.Mediator;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code outside-conflict-period}: an event, ceasefire, mediator role or episode that
 * lies, or may lie, outside the period of the conflict it belongs to. A conflict's period is the
 * time of its fighting.
 *
 * <ul>
 *   <li>an event before the conflict's start, unless its kind
 *       {@linkplain dev.disputemodel.EventKind#mayPrecedeFighting() may precede the fighting} (an
 *       agreement, a deployment); an event that belongs to the fighting (a
 *       {@linkplain dev.disputemodel.EventKind#isHostilities() hostility}: a clash, an attack, a
 *       shelling, a bombing, a landing, an invasion) after its end. Other events (a withdrawal, an
 *       agreement, an occupation, a surrender) may follow the end of the fighting;
 *   <li>a ceasefire agreed or taking effect before the conflict's start (one after a fuzzy end is
 *       not reported: ending a conflict is what a ceasefire does). An agreement is never reported:
 *       a treaty may set up the order the fighting later breaks (the 1960 Treaty of Guarantee of
 *       Cyprus), and one after the fighting may end it;
 *   <li>a mediator role that ended before the conflict started (a role that goes on after the
 *       conflict, as peacekeeping does, is not reported);
 *   <li>an episode that starts before its parent conflict or ends after it (an ongoing episode of
 *       an ended conflict ends after it).
 * </ul>
 *
 * <p>Nothing is reported when the conflict has no stated period or the entity no stated time.
 * Cost: linear in the number of events, ceasefires, mediators and conflicts (lookups by id).
 */
final class OutsideConflictPeriodRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("outside-conflict-period", Severity.ERROR,
          "An event, ceasefire, mediator role or episode lies outside its conflict's period");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    List<Finding> out = new ArrayList<>();
    for (Event e : index.model().events()) {
      period(index, e.conflict()).ifPresent(p -> {
        Certainty outside =
            e.kind().mayPrecedeFighting() ? Certainty.NOT : beforeStart(e.time(), p);
        if (e.kind().isHostilities()) {
          outside = outside.or(afterEnd(e.time(), p));
        }
        report(out, e.id(), "time", e.time(), outside, e.conflict(), p);
      });
    }
    for (Accord c : index.model().ceasefires()) {
      period(index, c.conflict()).ifPresent(p -> {
        c.agreed().ifPresent(t -> report(out, c.id(), "agreed", t, beforeStart(t, p), c.conflict(), p));
        c.effective().ifPresent(t -> report(out, c.id(), "effective", t, beforeStart(t, p), c.conflict(), p));
      });
    }
    for (Mediator m : index.model().mediators()) {
      Optional<FuzzyTime> end = m.period().flatMap(FuzzyPeriod::end);
      if (end.isPresent()) {
        period(index, m.conflict()).ifPresent(p ->
            report(out, m.id(), "period.end", end.get(), beforeStart(end.get(), p), m.conflict(), p));
      }
    }
    for (Conflict c : index.model().conflicts()) {
      if (c.parent().isEmpty() || c.period().isEmpty()) {
        continue;
      }
      FuzzyPeriod own = c.period().get();
      period(index, c.parent().get()).ifPresent(p -> {
        own.start().ifPresent(s -> report(out, c.id(), "period.start", s, beforeStart(s, p), c.parent().get(), p));
        Certainty late;
        if (own.end().isPresent()) {
          late = afterEnd(own.end().get(), p);
        } else {
          late = p.isOngoing() ? Certainty.NOT : Certainty.DEFINITELY;
        }
        report(out, c.id(), "period.end", own.end().map(Object::toString).orElse("ongoing"), late,
            c.parent().get(), p);
      });
    }
    return out;
  }

  private static Optional<FuzzyPeriod> period(ModelIndex index, dev.disputemodel.ConflictId id) {
    return index.model().conflict(id).flatMap(Conflict::period);
  }

  private static Certainty beforeStart(FuzzyTime t, FuzzyPeriod p) {
    return p.start().map(s -> SAME_MOMENT.isBefore(t, s)).orElse(Certainty.NOT);
  }

  private static Certainty afterEnd(FuzzyTime t, FuzzyPeriod p) {
    return p.end().map(e -> SAME_MOMENT.isAfter(t, e)).orElse(Certainty.NOT);
  }

  private static void report(
      List<Finding> out, EntityId id, String path, Object value, Certainty outside,
      dev.disputemodel.ConflictId conflict, FuzzyPeriod period) {
    if (outside.isPossible()) {
      out.add(DESCRIPTOR.finding(id)
          .certainty(outside)
          .path(path)
          .value(value)
          .related(conflict)
          .message(path + " " + value + (outside.isDefinite() ? " lies" : " may lie")
              + " outside the period " + period + " of " + conflict
              + ". Correct the time, the conflict it belongs to, or the conflict's period")
          .build());
    }
  }
}
