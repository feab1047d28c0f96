package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.add;
import static dev.disputemodel.testing.ModelEdit.filter;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.ChainLink;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Polarity;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.Precision;
import java.util.List;
import java.util.Optional;

/**
 * {@link FaultKind#CEASEFIRE_VIOLATED}: a clash in a ceasefire's conflict, definitely after it
 * took effect and before it (and its conflict) ended; where no time is left, a claim that the
 * ceasefire is violated, a possible violation.
 */
final class CeasefireViolatedFault implements Fault {
  private static final long YEAR = 365L * 86_400;

  @Override
  public FaultKind kind() {
    return FaultKind.CEASEFIRE_VIOLATED;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    List<Ceasefire> started = filter(e.ceasefires, k -> k.effective().or(k::agreed).isPresent());
    Ceasefire ceasefire;
    if (started.isEmpty()) {
      Conflict conflict = e.newConflictWithSides();
      ceasefire = add(e.ceasefires, Ceasefire.builder().id(CeasefireId.of(e.freshId("S")))
          .name("Injected ceasefire").conflict(conflict.id()).effective(ModelEdit.FALLBACK_TIME)
          .source(e.source()).build());
    } else {
      ceasefire = c.pick(started);
    }
    FuzzyTime from = ceasefire.effective().or(ceasefire::agreed).orElseThrow();
    long lo = from.latestEpochSecond();
    long hi = lo + YEAR;
    if (ceasefire.ended().isPresent()) {
      hi = Math.min(hi, ceasefire.ended().get().earliestEpochSecond());
    }
    List<dev.disputemodel.Accord> accords = new java.util.ArrayList<>(e.ceasefires);
    accords.addAll(e.agreements);
    for (dev.disputemodel.Accord later : accords) { // a renewal or successor ends it too
      for (ChainLink link : later.links()) {
        if (link.earlier().equals(ceasefire.id()) && link.kind().endsEarlier()) {
          Optional<FuzzyTime> end = link.effectiveIn(later);
          if (end.isPresent()) {
            hi = Math.min(hi, end.get().earliestEpochSecond());
          }
        }
      }
    }
    Optional<FuzzyTime> conflictEnd = e.conflicts.stream()
        .filter(k -> k.id().equals(ceasefire.conflict())).findFirst()
        .flatMap(Conflict::period).flatMap(FuzzyPeriod::end);
    if (conflictEnd.isPresent()) {
      hi = Math.min(hi, conflictEnd.get().earliestEpochSecond());
    }
    Optional<FuzzyTime> time =
        Times.within(c, lo, hi, c.pick(List.of(Precision.DAY, Precision.HOUR)));
    if (time.isEmpty()) {
      Claim report = e.addClaim(Optional.empty(), e.newSource(), Polarity.ASSERTS,
          new CeasefireStatus(ceasefire.id(), CeasefireState.VIOLATED), ModelEdit.after(from));
      return e.fault(kind(), ceasefire.id(), List.of(report.id()), Certainty.POSSIBLY,
          report.id() + " says " + ceasefire.id() + " is violated (no time is left between its"
              + " taking effect and its end for a recorded clash)");
    }
    Event clash = add(e.events, Event.builder().id(EventId.of(e.freshId("E")))
        .conflict(ceasefire.conflict()).kind(EventKind.CLASH).time(time.get()).source(e.source())
        .build());
    return e.fault(kind(), ceasefire.id(), List.of(clash.id()), Certainty.DEFINITELY,
        "clash " + clash.id() + " (" + time.get() + ") in " + ceasefire.conflict() + " after "
            + ceasefire.id() + " took effect (" + from + ")");
  }
}
