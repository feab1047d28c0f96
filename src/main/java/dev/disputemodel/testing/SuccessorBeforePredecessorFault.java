package dev.disputemodel.testing;

import dev.disputemodel.Accord;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ChainLink;
import dev.disputemodel.Conflict;
import dev.disputemodel.Party;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Succession;
import dev.disputemodel.SuccessionKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link FaultKind#SUCCESSOR_BEFORE_PREDECESSOR}, one of two variants drawn evenly: a new,
 * undated ceasefire recommits to a dated accord of the model from a link date a day before that
 * accord took effect (a new dated ceasefire in a new conflict with no period when the model has
 * none; a recommitment ends nothing, so the earlier accord keeps its period; the finding's focus is
 * the new ceasefire); or a new state succeeds a proclaimed party from a day before its
 * proclamation.
 */
final class SuccessorBeforePredecessorFault implements Fault {
  private static final long DAY = 24 * 3600;

  @Override
  public FaultKind kind() {
    return FaultKind.SUCCESSOR_BEFORE_PREDECESSOR;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    return e.c.nextBoolean(0.5) ? succession(e) : link(e);
  }

  /**
   * A new state succeeds a party of the model with a proclaimed time (a new state proclaimed in
   * {@link ModelEdit#FALLBACK_TIME} when none has one), dated a day before that party was
   * proclaimed; the finding's focus is the successor.
   */
  private static InjectedFault succession(ModelEdit e) {
    List<Party> proclaimed = new ArrayList<>();
    e.parties.stream().filter(p -> p.proclaimed().isPresent()).forEach(proclaimed::add);
    Party predecessor;
    if (proclaimed.isEmpty()) {
      Party added = ModelEdit.find(e.parties, e.newParty(PartyKind.STATE), Party::id).orElseThrow();
      predecessor = added.withProclaimed(ModelEdit.FALLBACK_TIME);
      ModelEdit.replace(e.parties, added, predecessor);
    } else {
      predecessor = e.c.pick(proclaimed);
    }
    FuzzyTime began = predecessor.proclaimed().orElseThrow();
    FuzzyTime dayBefore = dayBefore(began);
    Party successor = ModelEdit.find(e.parties, e.newParty(PartyKind.STATE), Party::id).orElseThrow();
    ModelEdit.replace(e.parties, successor, successor.withSucceeds(
        Succession.of(predecessor.id(), SuccessionKind.OTHER).withDate(dayBefore)));
    return e.fault(FaultKind.SUCCESSOR_BEFORE_PREDECESSOR, successor.id(), List.of(predecessor.id()),
        Certainty.DEFINITELY, successor.id() + " succeeds " + predecessor.id() + " from " + dayBefore
            + ", before it was proclaimed (" + began + ")");
  }

  private static FuzzyTime dayBefore(FuzzyTime t) {
    return FuzzyTime.atMinute(LocalDateTime.ofEpochSecond(t.earliestEpochSecond() - DAY, 0, ZoneOffset.UTC));
  }

  private InjectedFault link(ModelEdit e) {
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
    FuzzyTime dayBefore = dayBefore(began);
    Ceasefire later = ModelEdit.add(e.ceasefires, Ceasefire.builder()
        .id(CeasefireId.of(e.freshId("S"))).name("Injected recommitment")
        .conflict(earlier.conflict()).source(e.source())
        .addLinks(ChainLink.recommitsTo(earlier.id()).withDate(dayBefore)).build());
    return e.fault(kind(), later.id(), List.of(earlier.id()), Certainty.DEFINITELY,
        later.id() + " recommits to " + earlier.id() + " from " + dayBefore
            + ", before it took effect (" + began + ")");
  }
}
