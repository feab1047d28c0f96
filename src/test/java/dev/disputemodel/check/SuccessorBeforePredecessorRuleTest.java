package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.ChainLink;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.time.Certainty;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code successor-before-predecessor}: a link that takes effect before the accord it links to.
 * Dates are test data in the shape of a truce renewed twice.
 */
class SuccessorBeforePredecessorRuleTest {
  private static DisputeModel chain(Ceasefire.Builder... accords) {
    DisputeModel.Builder b = model().addConflict(conflict("C").build());
    for (Ceasefire.Builder a : accords) {
      b.addCeasefire(a.build());
    }
    return b.build();
  }

  @Test
  void aChainOfThreeWithUncertainDatesInOrderIsNotReported() {
    DisputeModel m = chain(
        ceasefire("S1", "C").agreed(month(2022, 3)).effective(day(2022, 4, 2)),
        ceasefire("S2", "C").effective(day(2022, 6, 2)).addLinks(ChainLink.renews(cf("S1"))),
        ceasefire("S3", "C").agreed(month(2022, 8)).addLinks(ChainLink.renews(cf("S2"))));
    assertEquals(List.of(), run(new SuccessorBeforePredecessorRule(), m));
  }

  @Test
  void aRenewalDefinitelyBeforeItsTruceIsAnErrorPossiblyBeforeAWarning() {
    DisputeModel m = chain(
        ceasefire("S1", "C").effective(day(2022, 6, 2)),
        ceasefire("S2", "C").effective(day(2022, 6, 1)).addLinks(ChainLink.renews(cf("S1"))),
        ceasefire("S3", "C").agreed(month(2022, 6)).addLinks(ChainLink.recommitsTo(cf("S1"))));
    List<Finding> f = run(new SuccessorBeforePredecessorRule(), m);
    assertEquals(List.of(
        "ERROR successor-before-predecessor Ceasefire:S2.links[0] = Ceasefire:S1: Ceasefire:S2 renews"
            + " Ceasefire:S1 from 2022-06-01, which is before Ceasefire:S1 took effect (2022-06-02). Correct a"
            + " date or the direction of the link [related: Ceasefire:S1]",
        "WARNING successor-before-predecessor Ceasefire:S3.links[0] = Ceasefire:S1 (possible): Ceasefire:S3"
            + " recommits to Ceasefire:S1 from 2022-06, which may be before Ceasefire:S1 took effect"
            + " (2022-06-02). Correct a date or the direction of the link [related: Ceasefire:S1]"),
        lines(f));
    assertEquals(Certainty.DEFINITELY, f.get(0).certainty());
    assertEquals(List.of(cf("S1")), f.get(0).related());
  }

  @Test
  void theLinksOwnDateCountsOverTheLaterAccordsTimes() {
    DisputeModel late = chain(
        ceasefire("S1", "C").effective(day(2022, 6, 2)),
        ceasefire("S2", "C").effective(day(2022, 8, 2))
            .addLinks(ChainLink.succeeds(cf("S1")).withDate(day(2022, 5, 30))));
    assertEquals(List.of("Ceasefire:S2 links[0]"), run(new SuccessorBeforePredecessorRule(), late).stream()
        .map(x -> x.focus().get() + " " + x.path().get()).toList());
    assertEquals(List.of("Ceasefire:S2 succeeds Ceasefire:S1 from 2022-05-30, which is before"
        + " Ceasefire:S1 took effect (2022-06-02). Correct a date or the direction of the link"),
        run(new SuccessorBeforePredecessorRule(), late).stream().map(Finding::message).toList());
    DisputeModel fine = chain(
        ceasefire("S1", "C").effective(day(2022, 6, 2)),
        ceasefire("S2", "C").effective(day(2022, 5, 1))
            .addLinks(ChainLink.succeeds(cf("S1")).withDate(day(2022, 6, 3))));
    assertEquals(List.of(), run(new SuccessorBeforePredecessorRule(), fine));
  }

  @Test
  void theSameStatedDayAndUnknownTimesAreNotReported() {
    assertEquals(List.of(), run(new SuccessorBeforePredecessorRule(), chain(
        ceasefire("S1", "C").effective(day(2022, 6, 2)),
        ceasefire("S2", "C").effective(day(2022, 6, 2)).addLinks(ChainLink.renews(cf("S1"))))));
    assertEquals(List.of(), run(new SuccessorBeforePredecessorRule(), chain(
        ceasefire("S1", "C"),
        ceasefire("S2", "C").effective(day(2022, 6, 2)).addLinks(ChainLink.renews(cf("S1"))))));
    assertEquals(List.of(), run(new SuccessorBeforePredecessorRule(), chain(
        ceasefire("S1", "C").effective(day(2022, 6, 2)),
        ceasefire("S2", "C").addLinks(ChainLink.renews(cf("S1"))))));
  }

  @Test
  void anAgreementSucceedingALaterCeasefireIsReported() {
    DisputeModel m = model().addConflict(conflict("C").build())
        .addCeasefire(ceasefire("S1", "C").agreed(day(2001, 1, 1)).build())
        .addAgreement(Agreement.builder().id(AgreementId.of("A")).name("Peace").kind(AgreementKind.FULL)
            .conflict(c("C")).agreed(day(2000, 12, 1)).addLinks(ChainLink.succeeds(cf("S1"))).source(SRC).build())
        .build();
    assertEquals(List.of("Agreement:A"), run(new SuccessorBeforePredecessorRule(), m).stream()
        .map(x -> x.focus().get().toString()).toList());
  }

  // ---- party successions

  /** Guyana succeeding British Guiana, proclaimed (for the test) at {@code proclaimed}. */
  private static List<String> guyana(dev.disputemodel.time.FuzzyTime proclaimed, boolean dated) {
    dev.disputemodel.Succession s = dev.disputemodel.Succession.of(p("BG"), dev.disputemodel.SuccessionKind.INDEPENDENCE);
    DisputeModel m = model()
        .addParty(dev.disputemodel.Party.builder().from(state("BG")).proclaimed(proclaimed).build())
        .addParty(dev.disputemodel.Party.builder().from(state("GUY"))
            .addSucceeds(dated ? s.withDate(day(1966, 5, 26)) : s).build())
        .build();
    return summaries(run("successor-before-predecessor", m));
  }

  @Test
  void aSuccessionBeforeItsPredecessorWasProclaimedIsReported() {
    assertEquals(List.of(), guyana(year(1831), true));
    assertEquals(List.of(), guyana(day(1966, 5, 26), true), "the same day is in order");
    assertEquals(List.of("ERROR DEFINITELY Party:GUY.succeeds[0] = Party:BG [Party:BG]"),
        guyana(year(1970), true));
    assertEquals(List.of("WARNING POSSIBLY Party:GUY.succeeds[0] = Party:BG [Party:BG]"),
        guyana(year(1966), true));
    assertEquals(List.of(), guyana(year(1970), false), "an undated succession is not checked");
  }

  @Test
  void theMessageSaysWhetherTheSuccessionIsOrMayBeBeforeTheProclamation() {
    assertEquals(List.of("Party:GUY succeeds Party:BG from 1966-05-26, which is before Party:BG was"
        + " proclaimed (1970). Correct a date or the direction of the succession"),
        messages(year(1970)));
    assertEquals(List.of("Party:GUY succeeds Party:BG from 1966-05-26, which may be before Party:BG"
        + " was proclaimed (1966). Correct a date or the direction of the succession"),
        messages(year(1966)));
  }

  private static List<String> messages(dev.disputemodel.time.FuzzyTime proclaimed) {
    DisputeModel m = model()
        .addParty(dev.disputemodel.Party.builder().from(state("BG")).proclaimed(proclaimed).build())
        .addParty(dev.disputemodel.Party.builder().from(state("GUY")).addSucceeds(
            dev.disputemodel.Succession.of(p("BG"), dev.disputemodel.SuccessionKind.INDEPENDENCE)
                .withDate(day(1966, 5, 26))).build())
        .build();
    return run("successor-before-predecessor", m).stream().map(Finding::message).toList();
  }
}
