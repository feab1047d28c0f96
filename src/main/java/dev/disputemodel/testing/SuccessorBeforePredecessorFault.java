package dev.disputemodel.testing;

import dev.disputemodel.Accord;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ChainLink;
import dev.disputemodel.Conflict;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link FaultKind#SUCCESSOR_BEFORE_PREDECESSOR}: a new, undated ceasefire recommits to a dated
 * accord of the model from a link date a day before that accord took effect (a new dated
 * ceasefire in a new conflict with no period when the model has none). A recommitment ends
 * nothing, so the earlier accord keeps its period; the finding's focus is the new ceasefire.
 */
final class SuccessorBeforePredecessorFault implements Fault {
  private static final long DAY = 24 * 3600;

  @Override
  public FaultKind kind() {
    return FaultKind.SUCCESSOR_BEFORE_PREDECESSOR;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    List<Accord> dated = new ArrayList<>();
    e.ceasefires.stream().filter(a -> a.takesEffect().isPresent()).forEach(dated::add);
    e.agreements.stream().filter(a -> a.takesEffect().isPresent()).forEach(dated::add);
    Accord earlier;
    if (dated.isEmpty()) {
      Conflict conflict = e.newConflictWithSides();
      earlier = ModelEdit.add(e.ceasefires, Ceasefire.builder()
          .id(CeasefireId.of(e.freshId("S"))).name("Injected ceasefire").conflict(conflict.id())
          .effective(ModelEdit.FALLBACK_TIME).source(e.source()).build());
    } else {
      earlier = e.c.pick(dated);
    }
    FuzzyTime began = earlier.takesEffect().orElseThrow();
    FuzzyTime dayBefore = FuzzyTime.atMinute(
        LocalDateTime.ofEpochSecond(began.earliestEpochSecond() - DAY, 0, ZoneOffset.UTC));
    Ceasefire later = ModelEdit.add(e.ceasefires, Ceasefire.builder()
        .id(CeasefireId.of(e.freshId("S"))).name("Injected recommitment")
        .conflict(earlier.conflict()).source(e.source())
        .addLinks(ChainLink.recommitsTo(earlier.id()).withDate(dayBefore)).build());
    return e.fault(kind(), later.id(), List.of(earlier.id()), Certainty.DEFINITELY,
        later.id() + " recommits to " + earlier.id() + " from " + dayBefore
            + ", before it took effect (" + began + ")");
  }
}
