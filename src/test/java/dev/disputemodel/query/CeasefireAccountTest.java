package dev.disputemodel.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Attack;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A ceasefire's account: only BROKER roles count as brokers, and the evidence of violation is the
 * hostilities that may fall while it is in effect (not before, not after it ended, not other
 * events) and the asserting claims that it was violated or of an attack made after it took effect.
 * Test data, not a real ceasefire.
 */
class CeasefireAccountTest {
  private static final SourceId SRC = SourceId.of("D");
  private static final PartyId A = PartyId.of("A");
  private static final PartyId B = PartyId.of("B");
  private static final PartyId R = PartyId.of("R");
  private static final ConflictId C = ConflictId.of("C");
  private static final CeasefireId S = CeasefireId.of("S");

  private static FuzzyTime day(int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(2022, m, d));
  }

  private static Event event(String id, EventKind kind, FuzzyTime at) {
    return Event.builder().id(EventId.of(id)).conflict(C).kind(kind).time(at).source(SRC).build();
  }

  private static Claim claim(String id, Polarity polarity, FuzzyTime at, Proposition p) {
    return Claim.builder().id(ClaimId.of(id)).claimant(A).source(SRC).polarity(polarity)
        .madeAt(at).addPropositions(p).build();
  }

  private static final Attack SHELLED =
      new Attack(C, B, EventKind.SHELLING, Optional.of(A), Optional.empty());

  private static final DisputeModel MODEL = DisputeModel.builder()
      .addSource(Source.builder().id(SRC).kind(SourceKind.OTHER).title("Test data").build())
      .addParties(Party.builder().id(A).name("A").kind(PartyKind.STATE).build(),
          Party.builder().id(B).name("B").kind(PartyKind.STATE).build(),
          Party.builder().id(R).name("R").kind(PartyKind.STATE).build())
      .addConflict(Conflict.builder().id(C).name("C")
          .addSides(Side.builder().label("1").addPrimary(A).build(),
              Side.builder().label("2").addPrimary(B).build())
          .build())
      .addCeasefire(Ceasefire.builder().id(S).name("S").conflict(C).source(SRC)
          .effective(day(9, 14)).ended(day(9, 30)).build())
      .addMediators(
          Mediator.builder().id(MediatorId.of("M1")).party(R).role(MediatorRole.BROKER)
              .conflict(C).ceasefire(S).source(SRC).build(),
          Mediator.builder().id(MediatorId.of("M2")).party(R).role(MediatorRole.OBSERVER)
              .conflict(C).ceasefire(S).source(SRC).build())
      .addEvents(event("E1", EventKind.CLASH, day(9, 20)),
          event("E2", EventKind.CLASH, day(9, 10)),
          event("E3", EventKind.OTHER, day(9, 20)),
          event("E4", EventKind.SHELLING, day(10, 5)),
          event("E5", EventKind.CLASH, FuzzyTime.inMonth(YearMonth.of(2022, 9))))
      .addClaims(claim("K1", Polarity.ASSERTS, day(9, 20), new CeasefireStatus(S, CeasefireState.VIOLATED)),
          claim("K2", Polarity.DENIES, day(9, 20), new CeasefireStatus(S, CeasefireState.VIOLATED)),
          claim("K3", Polarity.ASSERTS, day(9, 21), SHELLED),
          claim("K4", Polarity.ASSERTS, day(9, 13), SHELLED),
          claim("K5", Polarity.ASSERTS, day(9, 20), new CeasefireStatus(S, CeasefireState.HOLDING)),
          claim("K6", Polarity.ASSERTS, day(9, 14), SHELLED))
      .build();

  @Test
  void onlyBrokerRolesAreBrokers() {
    assertEquals(List.of(MediatorId.of("M1")),
        ModelQueries.over(MODEL).ceasefire(S).brokers().stream().map(Mediator::id).toList());
  }

  @Test
  void violationsAreHostilitiesWhileInEffectAndAssertedViolationsOrLaterAttacks() {
    Set<String> evidence = ModelQueries.over(MODEL).ceasefire(S).violations().stream()
        .map(e -> e.entity().value() + " " + e.certainty()).collect(Collectors.toSet());
    assertEquals(Set.of("E1 DEFINITELY", "E5 POSSIBLY", "K1 POSSIBLY", "K3 POSSIBLY"), evidence);
  }

  @Test
  void anAttackWithItsOwnTimeIsEvidenceOnlyForItsDay() {
    // Reported on 1 October, after the ceasefire ended: the attack of 20 September fell while it
    // was in effect, the attack of 10 September before it took effect (events in time order).
    DisputeModel m = DisputeModel.builder().from(MODEL)
        .claims(List.of(claim("K7", Polarity.ASSERTS, day(10, 1), SHELLED.at(day(9, 20))),
            claim("K8", Polarity.ASSERTS, day(10, 1), SHELLED.at(day(9, 10)))))
        .build();
    assertEquals(List.of("E5", "E1", "K7"), ModelQueries.over(m).ceasefire(S).violations().stream()
        .map(e -> e.entity().value()).toList());
  }

  @Test
  void aCeasefireWithoutAStartHasNoEvidence() {
    DisputeModel m = DisputeModel.builder().from(MODEL)
        .ceasefires(List.of(Ceasefire.builder().id(S).name("S").conflict(C).source(SRC).build()))
        .build();
    assertEquals(List.<EntityId>of(), ModelQueries.over(m).ceasefire(S).violations().stream()
        .map(dev.disputemodel.query.Evidence::entity).toList());
  }

  @Test
  void reportsKeepEachClaimsStateAndPolarity() {
    assertEquals(List.of("K1 ASSERTS VIOLATED", "K2 DENIES VIOLATED", "K5 ASSERTS HOLDING"),
        ModelQueries.over(MODEL).ceasefire(S).reports().stream()
            .map(r -> r.claim().id().value() + " " + r.polarity() + " " + r.state()).toList());
  }
}
