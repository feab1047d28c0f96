package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Ending;
import dev.disputemodel.Estimate;
import dev.disputemodel.Initiated;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code self-contradiction}: a claimant contradicting its own earlier claim unrevised. */
class SelfContradictionRuleTest {
  private static final String RULE = "self-contradiction";

  private static Claim killed(String id, String claimant, int day, Estimate count) {
    return claim(id, claimant, day(2022, 9, day),
        Casualties.of(c("C"), p("A"), CasualtyKind.KILLED, count));
  }

  @Test
  void selfContradictionUnlessRevised() {
    Claim first = killed("K1", "PM", 13, Estimate.exact(49));
    Claim second = killed("K2", "A", 14, Estimate.exact(105));
    List<Finding> f = run(RULE, claimants().addClaims(first, second).build());
    assertEquals(1, f.size());
    assertEquals(Optional.of(k("K2")), f.get(0).focus());
    assertEquals(List.of(k("K1")), f.get(0).related());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertEquals(List.of("WARNING DEFINITELY Claim:K2.propositions = KILLED 105 (before: KILLED 49)"
        + " [Claim:K1]"), summaries(f));
    DisputeModel revised = claimants().addClaims(first, second.withEnds(List.of(Ending.replaces(k("K1"))))).build();
    assertEquals(List.of(), run(RULE, revised));
    Claim compatible = killed("K2", "A", 14, Estimate.atLeast(40));
    assertEquals(List.of(), run(RULE, claimants().addClaims(first, compatible).build()));
  }

  /**
   * The shape of the UN on the 1974 Golan ceasefire: its Secretary-General says the ceasefire is
   * violated, its Security Council that both parties must comply with it (in force): no
   * self-contradiction. Saying it ended is one.
   */
  @Test
  void violatedAndLaterInForceIsNoSelfContradictionButEndedIs() {
    dev.disputemodel.Ceasefire s = ceasefire("S", "C").effective(day(1974, 5, 31)).build();
    Claim violated = claim("K1", "A", day(2024, 12, 9),
        new dev.disputemodel.CeasefireStatus(s.id(), dev.disputemodel.CeasefireState.VIOLATED));
    Claim inForce = claim("K2", "PM", day(2024, 12, 20),
        new dev.disputemodel.CeasefireStatus(s.id(), dev.disputemodel.CeasefireState.IN_FORCE));
    Claim ended = claim("K2", "PM", day(2024, 12, 20),
        new dev.disputemodel.CeasefireStatus(s.id(), dev.disputemodel.CeasefireState.ENDED));
    assertEquals(List.of(), run(RULE, claimants().addCeasefire(s).addClaims(violated, inForce).build()));
    assertEquals(List.of("WARNING DEFINITELY Claim:K2.propositions = ENDED (before: VIOLATED) [Claim:K1]"),
        summaries(run(RULE, claimants().addCeasefire(s).addClaims(violated, ended).build())));
  }

  @Test
  void aPersonsClaimCountsForThePartyItActsFor() {
    DisputeModel self = claimants().addClaims(
        claim("K1", "A", day(2022, 9, 13), new Initiated(c("C"), p("B"))),
        claim("K2", "PM", day(2022, 9, 14), new Initiated(c("C"), p("A")))).build();
    assertEquals(1, run(RULE, self).size());
    assertEquals(List.of("WARNING DEFINITELY Claim:K2.propositions = initiator Party:A (before:"
        + " initiator Party:B) [Claim:K1]"), summaries(run(RULE, self)));
  }

  @Test
  void aRevisionThroughAChainOfRevisionsIsNoContradiction() {
    // K3 revises K2, an A claim on another question, which revises K1
    Claim k1 = killed("K1", "A", 13, Estimate.exact(49));
    Claim k2 = claim("K2", "A", day(2022, 9, 14), new Initiated(c("C"), p("B")))
        .withEnds(List.of(Ending.replaces(k("K1"))));
    Claim k3 = killed("K3", "A", 15, Estimate.exact(105)).withEnds(List.of(Ending.replaces(k("K2"))));
    assertEquals(List.of(), run(RULE, claimants().addClaims(k1, k2, k3).build()));
    Claim unrelated = killed("K3", "A", 15, Estimate.exact(105)).withEnds(List.of(Ending.replaces(k("K2"))));
    Claim k2Alone = claim("K2", "A", day(2022, 9, 14), new Initiated(c("C"), p("B")));
    assertEquals(List.of("WARNING DEFINITELY Claim:K3.propositions = KILLED 105 (before: KILLED 49)"
            + " [Claim:K1]"),
        summaries(run(RULE, claimants().addClaims(k1, k2Alone, unrelated).build())));
  }

  @Test
  void twoClaimantsContradictingEachOtherAreNotThisRule() {
    DisputeModel m = claimants().addClaims(killed("K1", "A", 13, Estimate.exact(49)),
        killed("K2", "B", 14, Estimate.exact(105))).build();
    assertEquals(List.of(), run(RULE, m));
  }

  /** Saying the same thing again, alone or between two claims that clash, is no contradiction. */
  @Test
  void repeatingTheSameClaimIsNoContradiction() {
    DisputeModel twice = claimants().addClaims(killed("K1", "A", 13, Estimate.exact(49)),
        killed("K2", "PM", 14, Estimate.exact(49)), killed("K3", "A", 15, Estimate.exact(49))).build();
    assertEquals(List.of(), run(RULE, twice));
    DisputeModel thenOther = claimants().addClaims(killed("K1", "A", 13, Estimate.exact(49)),
        killed("K2", "A", 14, Estimate.exact(49)), killed("K3", "A", 15, Estimate.exact(105))).build();
    assertEquals(List.of("WARNING DEFINITELY Claim:K3.propositions = KILLED 105 (before: KILLED 49)"
        + " [Claim:K2]"), summaries(run(RULE, thenOther)));
  }

  /** The message names the speaker, both claims with their times, the clash and the remedy. */
  @Test
  void theMessageNamesSpeakerClaimsTimesAndRemedy() {
    Claim first = killed("K1", "PM", 13, Estimate.exact(49));
    Claim second = killed("K2", "A", 14, Estimate.exact(105));
    List<Finding> f = run(RULE, claimants().addClaims(first, second).build());
    assertEquals(List.of("Party:A says KILLED 105 (before: KILLED 49) on CASUALTIES[Conflict:C, Party:A] in Claim:K2 (2022-09-14) against its earlier"
        + " Claim:K1 (2022-09-13). If the later claim corrects the earlier, let it replace it (ends);"
        + " otherwise correct the claimant or the content of one"),
        f.stream().map(Finding::message).toList());
  }
}
