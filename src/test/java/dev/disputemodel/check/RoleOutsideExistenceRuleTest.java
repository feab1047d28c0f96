package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Initiated;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Party;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
import dev.disputemodel.OtherDecision;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code role-outside-existence}: a party in a role before it was proclaimed or after it was
 * dissolved. The shape follows Cyprus (examples/facts/cyprus-facts.md: an administration dissolved
 * on 15 November 1983 and the state proclaimed that day); roles and their dates are test data.
 */
class RoleOutsideExistenceRuleTest {
  static final FuzzyTime PROCLAIMED = day(1983, 11, 15);

  static Party successor() {
    return Party.builder().id(p("N")).name("Successor state").kind(PartyKind.DE_FACTO_STATE)
        .proclaimed(PROCLAIMED).build();
  }

  static Party predecessor() {
    return Party.builder().id(p("O")).name("Predecessor administration").kind(PartyKind.DE_FACTO_STATE)
        .proclaimed(month(1975, 2)).dissolved(PROCLAIMED).build();
  }

  static DisputeModel.Builder base() {
    return model().addParty(successor()).addParty(predecessor()).addParty(state("G"))
        .addConflict(conflict("C").addSides(side("A", "G"), side("B", "O")).build());
  }

  private static List<String> found(DisputeModel m) {
    return run(new RoleOutsideExistenceRule(), m).stream()
        .map(f -> f.severity() + " " + f.focus().get() + "." + f.path().get() + " " + f.value().get())
        .toList();
  }

  @Test
  void aSignatoryBeforeItWasProclaimedAndAClaimantAfterItWasDissolved() {
    DisputeModel m = base()
        .addAgreement(Agreement.builder().id(AgreementId.of("A")).name("Agreement").kind(AgreementKind.OTHER)
            .conflict(c("C")).addSignatories(p("N"), p("G")).agreed(day(1980, 1, 1)).source(SRC).build())
        .addClaim(claim("K1", "O", FuzzyTime.inYear(Year.of(1984)), new Initiated(c("C"), p("G"))))
        .addClaim(claim("K2", "N", FuzzyTime.inYear(Year.of(1983)), new Initiated(c("C"), p("G"))))
        .build();
    List<Finding> f = run(new RoleOutsideExistenceRule(), m);
    assertEquals(List.of(
        "ERROR role-outside-existence Agreement:A.signatories = Party:N: Party:N signs Agreement:A at 1980-01-01,"
            + " which lies outside its existence 1983-11-15.. (proclaimed .. dissolved). Correct the time of the"
            + " role, the party in it, or the party's proclaimed or dissolved time [related: Party:N]",
        "ERROR role-outside-existence Claim:K1.claimant = Party:O: Party:O makes Claim:K1 at 1984, which lies"
            + " outside its existence 1975-02..1983-11-15 (proclaimed .. dissolved). Correct the time of the role,"
            + " the party in it, or the party's proclaimed or dissolved time [related: Party:O]",
        "WARNING role-outside-existence Claim:K2.claimant = Party:N (possible): Party:N makes Claim:K2 at 1983,"
            + " which may lie outside its existence 1983-11-15.. (proclaimed .. dissolved). Correct the time of"
            + " the role, the party in it, or the party's proclaimed or dissolved time [related: Party:N]"),
        lines(f));
    assertEquals(List.of(p("N")), f.get(0).related());
  }

  @Test
  void rolesOverPeriodsRulingsEventsAndSides() {
    DisputeModel m = base()
        .addConflict(conflict("D").period(FuzzyPeriod.of(day(1963, 12, 21), day(1964, 8, 10)))
            .addSides(side("A", "G"), Side.builder().label("B").addPrimaries(p("N"))
                .addSupporters(Supporter.builder().party(p("O")).type(SupportType.SANCTUARY)
                    .period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(1990)))).build()).build())
            .build())
        .addMediator(Mediator.builder().id(MediatorId.of("M1")).party(p("O")).role(MediatorRole.GUARANTOR)
            .conflict(c("C")).period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(1976)))).source(SRC).build())
        // the supporter's own period counts: the conflict's overlaps O's existence, the support does not
        .addConflict(conflict("F").period(FuzzyPeriod.of(day(1970, 1, 1), day(1990, 1, 1)))
            .addSides(side("A", "G"), Side.builder().label("B").addPrimaries(p("O"))
                .addSupporters(Supporter.builder().party(p("O")).type(SupportType.HOSTING)
                    .period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(1985)))).build()).build())
            .build())
        // a role from an unstated start that ended before the party was proclaimed
        .addMediator(Mediator.builder().id(MediatorId.of("M3")).party(p("N")).role(MediatorRole.WITNESS)
            .conflict(c("C")).period(FuzzyPeriod.until(day(1980, 1, 1))).source(SRC).build())
        .addMediator(Mediator.builder().id(MediatorId.of("M2")).party(p("N")).role(MediatorRole.OBSERVER)
            .conflict(c("C")).period(FuzzyPeriod.of(FuzzyTime.inYear(Year.of(1980)), FuzzyTime.inYear(Year.of(1990))))
            .source(SRC).build())
        .addRuling(Ruling.builder().id(RulingId.of("J")).name("Ruling").body(p("N")).binding(true)
            .issued(day(1983, 11, 14)).addDecisions(new OtherDecision("a decision")).source(SRC).build())
        .addEvent(Event.builder().id(EventId.of("E")).conflict(c("C")).kind(EventKind.CLASH)
            .time(day(1974, 8, 14)).addParticipants(p("O"), p("G")).source(SRC).build())
        .build();
    assertEquals(List.of(
        "ERROR Conflict:D.sides[1].primaries Party:N",
        "ERROR Conflict:D.sides[1].supporters[0].party Party:O",
        "ERROR Conflict:F.sides[1].supporters[0].party Party:O",
        "ERROR Event:E.participants Party:O",
        "ERROR Mediator:M1.party Party:O",
        "ERROR Mediator:M2.party Party:N",
        "ERROR Mediator:M3.party Party:N",
        "ERROR Ruling:J.body Party:N"), found(m));
  }

  @Test
  void rolesWithinTheExistenceOnItsBoundaryDaysOrWithoutTimesAreNotReported() {
    DisputeModel m = base()
        .addAgreement(Agreement.builder().id(AgreementId.of("A")).name("Agreement").kind(AgreementKind.OTHER)
            .conflict(c("C")).addSignatories(p("N"), p("O")).agreed(PROCLAIMED).source(SRC).build())
        .addAgreement(Agreement.builder().id(AgreementId.of("B")).name("Undated").kind(AgreementKind.OTHER)
            .conflict(c("C")).addSignatories(p("N")).source(SRC).build())
        .addMediator(Mediator.builder().id(MediatorId.of("M")).party(p("O")).role(MediatorRole.WITNESS)
            .conflict(c("C")).period(FuzzyPeriod.until(day(1980, 1, 1))).source(SRC).build())
        .addMediator(Mediator.builder().id(MediatorId.of("U")).party(p("N")).role(MediatorRole.WITNESS)
            .conflict(c("C")).source(SRC).build())
        .addClaim(claim("K", "G", day(1950, 1, 1), new Initiated(c("C"), p("G"))))
        .build();
    assertEquals(List.of(), found(m), "a role on the day of proclamation or dissolution is inside");
  }

  @Test
  void aRoleWhileTheExistenceWasInterruptedIsReportedAndOneOutsideTheInterruptionIsNot() {
    // shape of Cuba's two spells in the COW state list (1902-1906, 1909-): dates are test data
    Party restored = Party.builder().id(p("R")).name("Restored state").kind(PartyKind.STATE)
        .proclaimed(day(1902, 5, 20))
        .addInterruptions(FuzzyPeriod.of(day(1906, 9, 26), day(1909, 1, 22))).build();
    DisputeModel m = base().addParty(restored)
        .addClaim(claim("K1", "R", day(1907, 6, 1), new Initiated(c("C"), p("G"))))
        .addClaim(claim("K2", "R", day(1905, 6, 1), new Initiated(c("C"), p("G"))))
        .addClaim(claim("K3", "R", day(1910, 6, 1), new Initiated(c("C"), p("G"))))
        .addClaim(claim("K4", "R", FuzzyTime.inYear(Year.of(1909)), new Initiated(c("C"), p("G"))))
        .addMediator(Mediator.builder().id(MediatorId.of("M")).party(p("R")).role(MediatorRole.WITNESS)
            .conflict(c("C")).period(FuzzyPeriod.of(day(1907, 1, 1), day(1908, 1, 1))).source(SRC)
            .build())
        .build();
    assertEquals(List.of(
        "ERROR Claim:K1.claimant Party:R",
        "ERROR Mediator:M.party Party:R",
        "WARNING Claim:K4.claimant Party:R"), found(m));
    Finding k1 = run(new RoleOutsideExistenceRule(), m).get(0);
    assertEquals(true, k1.message().contains("interrupted [1906-09-26..1909-01-22]"), k1.message());
  }

  @Test
  void aPartyWithInterruptionsButNoStatedExistenceIsCheckedToo() {
    // shape of the Netherlands in the COW state list: from its first day to its last, with a gap
    // (Party#interruptions); dates are test data
    Party gapped = Party.builder().id(p("NL")).name("Gapped state").kind(PartyKind.STATE)
        .addInterruptions(FuzzyPeriod.of(day(1940, 5, 15), day(1945, 5, 5))).build();
    DisputeModel m = base().addParty(gapped)
        .addClaim(claim("K1", "NL", day(1942, 6, 1), new Initiated(c("C"), p("G"))))
        .addClaim(claim("K2", "NL", day(1950, 6, 1), new Initiated(c("C"), p("G"))))
        .build();
    assertEquals(List.of("ERROR Claim:K1.claimant Party:NL"), found(m));
  }
}
