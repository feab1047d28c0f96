package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Attack;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Polarity;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfDay;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code ceasefire-violated}: hostilities recorded or claimed after a ceasefire took effect. */
class CeasefireViolatedRuleTest {
  private static final String RULE = "ceasefire-violated";

  /** S2 took effect on the morning of 13 September 2022. */
  private static DisputeModel.Builder withCeasefire() {
    return claimants().addCeasefire(ceasefire("S2", "C")
        .effective(FuzzyTime.on(LocalDate.of(2022, 9, 13), PartOfDay.MORNING)).build());
  }

  private static Event event(String id, EventKind kind, FuzzyTime at) {
    return Event.builder().id(EventId.of(id)).conflict(c("C")).kind(kind).time(at).source(SRC).build();
  }

  private static CeasefireStatus violated(String ceasefire) {
    return new CeasefireStatus(cf(ceasefire), CeasefireState.VIOLATED);
  }

  @Test
  void hostilitiesAfterACeasefireTookEffectWithTheirEvidence() {
    DisputeModel m = withCeasefire()
        .addEvents(
            event("E1", EventKind.CLASH, FuzzyTime.on(LocalDate.of(2022, 9, 12), PartOfDay.NIGHT)),
            event("E2", EventKind.SHELLING, day(2022, 9, 14)),
            event("E3", EventKind.AGREEMENT, day(2022, 9, 14)))
        .addClaims(
            claim("K3", "R", day(2022, 9, 13), new CeasefireStatus(cf("S2"), CeasefireState.HOLDING)),
            claim("K7", "PM", day(2022, 9, 13), violated("S2")),
            claim("K5", "A", day(2022, 9, 13), new Attack(c("C"), p("B"), EventKind.BOMBING, Optional.of(p("A")), Optional.empty())),
            claim("K9", "A", day(2022, 9, 15), new Attack(c("C"), p("B"), EventKind.SHELLING, Optional.empty(), Optional.empty())))
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(1, f.size());
    assertEquals(List.of(EventId.of("E2"), k("K7"), k("K9")), f.get(0).related());
    assertEquals(Certainty.DEFINITELY, f.get(0).certainty());
    assertEquals(Severity.INFO, f.get(0).severity());
    assertEquals(List.of("INFO DEFINITELY Ceasefire:S2.effective = 2022-09-13 MORNING"
        + " [Event:E2, Claim:K7, Claim:K9]"), summaries(f));
  }

  @Test
  void noViolationBeforeTheCeasefireOrAfterItEnded() {
    DisputeModel m = claimants()
        .addCeasefire(ceasefire("S", "C").effective(day(2022, 9, 13)).ended(day(2022, 9, 20)).build())
        .addEvents(event("E1", EventKind.CLASH, day(2022, 9, 12)), event("E2", EventKind.CLASH, day(2022, 9, 13)),
            event("E3", EventKind.CLASH, day(2022, 9, 21)))
        .build();
    assertEquals(List.of(), run(RULE, m));
  }

  @Test
  void aClaimantsWordAloneIsAPossibleViolation() {
    DisputeModel claimOnly = claimants()
        .addCeasefire(ceasefire("S", "C").effective(day(2022, 9, 13)).build())
        .addClaim(claim("K", "A", day(2022, 9, 14), violated("S"))).build();
    List<Finding> f = run(RULE, claimOnly);
    assertEquals(Certainty.POSSIBLY, f.get(0).certainty());
    assertEquals(List.of("INFO POSSIBLY Ceasefire:S.effective = 2022-09-13 [Claim:K]"), summaries(f));
  }

  @Test
  void withoutAnEffectiveTimeTheAgreementCounts() {
    DisputeModel m = claimants()
        .addCeasefire(ceasefire("S", "C").agreed(day(2022, 9, 13)).build())
        .addEvent(event("E", EventKind.ATTACK, day(2022, 9, 14))).build();
    assertEquals(List.of("INFO DEFINITELY Ceasefire:S.agreed = 2022-09-13 [Event:E]"),
        summaries(run(RULE, m)));
  }

  @Test
  void noTimeNoDenialAndNoOtherConflictsHostilities() {
    DisputeModel undated = claimants().addCeasefire(ceasefire("S", "C").build())
        .addEvent(event("E", EventKind.CLASH, day(2022, 9, 14)))
        .addClaim(claim("K", "A", day(2022, 9, 14), violated("S"))).build();
    assertEquals(List.of(), run(RULE, undated));
    DisputeModel denied = claimants()
        .addConflict(conflict("D").build())
        .addCeasefire(ceasefire("S", "C").effective(day(2022, 9, 13)).build())
        .addEvent(Event.builder().id(EventId.of("E")).conflict(c("D")).kind(EventKind.CLASH)
            .time(day(2022, 9, 14)).source(SRC).build())
        .addClaims(claim("K1", "A", day(2022, 9, 14), violated("S")).withPolarity(Polarity.DENIES),
            claim("K2", "A", day(2022, 9, 14),
                new Attack(c("D"), p("B"), EventKind.SHELLING, Optional.empty(), Optional.empty())))
        .build();
    assertEquals(List.of(), run(RULE, denied));
  }

  @Test
  void anAttackWithItsOwnTimeCountsOnlyIfItMayFallWhileTheCeasefireIsInEffect() {
    // Reported after the ceasefire, about attacks of their own days: the day before it took effect
    // (not a violation, however late the report), a day in effect, and a day after it ended.
    Attack shelling = new Attack(c("C"), p("B"), EventKind.SHELLING, Optional.empty(), Optional.empty());
    DisputeModel m = claimants()
        .addCeasefire(ceasefire("S", "C").effective(day(2022, 9, 13)).ended(day(2022, 9, 20)).build())
        .addClaims(
            claim("K1", "A", day(2023, 1, 1), shelling.at(day(2022, 9, 12))),
            claim("K2", "A", day(2023, 1, 1), shelling.at(day(2022, 9, 15))),
            claim("K3", "A", day(2023, 1, 1), shelling.at(day(2022, 9, 21))),
            claim("K4", "A", day(2022, 9, 10), shelling.at(FuzzyTime.inMonth(java.time.YearMonth.of(2022, 9)))))
        .build();
    assertEquals(List.of("INFO POSSIBLY Ceasefire:S.effective = 2022-09-13 [Claim:K2, Claim:K4]"),
        summaries(run(RULE, m)), "K4, made before the ceasefire, is about an attack some time in September");
  }

  /** The message names the events, the claims, or both joined by "and", as there are. */
  @Test
  void theMessageNamesEventsAndClaimsAsThereAre() {
    DisputeModel.Builder b = claimants()
        .addCeasefire(ceasefire("S", "C").effective(day(2022, 9, 13)).build());
    Event e = event("E", EventKind.CLASH, day(2022, 9, 14));
    dev.disputemodel.Claim k = claim("K", "A", day(2022, 9, 14), violated("S"));
    String took = "INFO ceasefire-violated Ceasefire:S.effective = 2022-09-13: violation: Ceasefire:S"
        + " took effect 2022-09-13, but ";
    String keep = ". Keep the evidence; if the ceasefire ended, record when";
    assertEquals(List.of(took + "hostile events [Event:E] are recorded after it" + keep
            + " [related: Event:E]"),
        lines(run(RULE, claimants().addCeasefire(ceasefire("S", "C").effective(day(2022, 9, 13)).build())
            .addEvent(e).build())));
    assertEquals(List.of(took.replace(": violation", " (possible): violation")
            + "claims [Claim:K] report hostilities" + keep + " [related: Claim:K]"),
        lines(run(RULE, claimants().addCeasefire(ceasefire("S", "C").effective(day(2022, 9, 13)).build())
            .addClaim(k).build())));
    assertEquals(List.of(took + "hostile events [Event:E] are recorded after it and claims [Claim:K]"
            + " report hostilities" + keep + " [related: Event:E, Claim:K]"),
        lines(run(RULE, b.addEvent(e).addClaim(k).build())));
  }
}
