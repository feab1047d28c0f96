package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.add;
import static dev.disputemodel.testing.ModelEdit.filter;
import static dev.disputemodel.testing.ModelEdit.replace;

import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.FactTime;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;

/**
 * {@link FaultKind#OUTSIDE_CONFLICT_PERIOD}: an event of a dated conflict (one of its own of a kind
 * that may not precede the fighting, or a new OTHER event) dated 1 to 30 days before the
 * conflict's start. An event whose time a claim gives ({@link FactTime}) is never moved.
 */
final class OutsideConflictPeriodFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.OUTSIDE_CONFLICT_PERIOD;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    List<Conflict> dated =
        filter(e.conflicts, k -> k.period().flatMap(FuzzyPeriod::start).isPresent());
    Conflict conflict = dated.isEmpty()
        ? add(e.conflicts, Conflict.builder().id(ConflictId.of(e.freshId("C")))
            .name("Injected conflict").period(FuzzyPeriod.since(ModelEdit.FALLBACK_TIME)).build())
        : c.pick(dated);
    FuzzyTime start = conflict.period().flatMap(FuzzyPeriod::start).orElseThrow();
    FuzzyTime before =
        FuzzyTime.onDay(start.earliest().toLocalDate().minusDays(1 + c.nextInt(30)));
    // an event a claim gives the time of keeps it: moving it would contradict that claim too
    List<Event> own = filter(e.events, x -> x.conflict().equals(conflict.id())
        && !x.kind().mayPrecedeFighting() && !dated(e, x));
    Event event;
    if (!own.isEmpty() && c.nextBoolean(0.7)) {
      Event old = c.pick(own);
      event = old.withTime(before);
      replace(e.events, old, event);
    } else {
      event = add(e.events, Event.builder().id(EventId.of(e.freshId("E")))
          .conflict(conflict.id()).kind(EventKind.OTHER).time(before).source(e.source())
          .build());
    }
    return e.fault(kind(), event.id(), List.of(conflict.id()), Certainty.DEFINITELY,
        event.id() + " of " + conflict.id() + " is dated " + before
            + ", before the conflict's start " + start);
  }

  /** Whether a claim gives the time of {@code event}. */
  private static boolean dated(ModelEdit e, Event event) {
    for (dev.disputemodel.Claim k : e.claims) {
      for (dev.disputemodel.Proposition p : k.propositions()) {
        if (p instanceof FactTime f && f.subject().equals(event.id())) {
          return true;
        }
      }
    }
    return false;
  }
}
