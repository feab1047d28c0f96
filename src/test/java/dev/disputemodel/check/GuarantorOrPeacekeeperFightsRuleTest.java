package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code guarantor-or-peacekeeper-fights}: a guarantor or peacekeeper that fights, reported as INFO
 * (a fact of the world, not a modelling error).
 */
class GuarantorOrPeacekeeperFightsRuleTest {
  private static final String RULE = "guarantor-or-peacekeeper-fights";

  /**
   * The shape of Cyprus: G guarantor of dispute C since 1960 (the Treaty of Guarantee); G a
   * primary party of C's 1974 war W (20 July to 16 August 1974).
   */
  @Test
  void aGuarantorThatFightsInAWarOfTheDisputeIsInfo() {
    DisputeModel m = states().addParty(state("G"))
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "B")).build())
        .addConflict(conflict("W").parent(c("C"))
            .period(FuzzyPeriod.of(day(1974, 7, 20), day(1974, 8, 16)))
            .addSides(side("1", "A"), side("2", "G")).build())
        .addMediator(Mediator.builder().id(MediatorId.of("M")).party(p("G"))
            .role(MediatorRole.GUARANTOR).conflict(c("C"))
            .period(FuzzyPeriod.since(day(1960, 8, 16))).source(SRC).build())
        .build();
    assertEquals(List.of("INFO DEFINITELY Mediator:M.party = Party:G [Party:G, Conflict:W]"),
        summaries(run(RULE, m)));
    assertEquals(List.of(), run("mediator-belligerent", m));
  }

  /**
   * The shape of Kosovo: PK (KFOR) acts for alliance N (NATO) and keeps the peace in dispute C
   * from {@code from}; N fights in the air campaign A, an episode of C's war W, until 20 June 1999.
   */
  private static DisputeModel kosovo(FuzzyTime from) {
    return states().addParty(state("N"))
        .addParty(actingFor("PK", PartyKind.PEACEKEEPING_MISSION, "N"))
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "B")).build())
        .addConflict(conflict("W").parent(c("C")).build())
        .addConflict(conflict("AIR").parent(c("W"))
            .period(FuzzyPeriod.of(day(1999, 3, 24), day(1999, 6, 20)))
            .addSides(side("1", "N"), side("2", "A")).build())
        .addMediator(Mediator.builder().id(MediatorId.of("M")).party(p("PK"))
            .role(MediatorRole.PEACEKEEPER).conflict(c("C")).period(FuzzyPeriod.since(from))
            .source(SRC).build())
        .build();
  }

  @Test
  void aPeacekeeperActingForAnAllianceThatStillFightsInAnEpisodeIsInfo() {
    assertEquals(List.of("INFO DEFINITELY Mediator:M.party = Party:PK [Party:N, Conflict:AIR]"),
        summaries(run(RULE, kosovo(day(1999, 6, 12)))));
    // from the day after the campaign ended: nothing
    assertEquals(List.of(), run(RULE, kosovo(day(1999, 6, 21))));
  }

  @Test
  void aBrokerThatFightsIsNotThisRule() {
    DisputeModel m = states()
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "R")).build())
        .addMediator(broker("M", "R", "C", null)).build();
    assertEquals(List.of(), run(RULE, m));
    assertEquals(1, run("mediator-belligerent", m).size());
  }

  private static List<String> guarantorOf(FuzzyTime signed) {
    Supporter troops = Supporter.builder().party(p("G")).type(SupportType.TROOPS)
        .period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(1974)))).build();
    DisputeModel m = model().addParty(state("A")).addParty(state("B")).addParty(state("G"))
        .addConflict(conflict("C").addSides(Side.builder().label("1").addPrimary(p("A"))
                .addSupporter(troops).build(), side("2", "B")).build())
        .addAgreement(Agreement.builder().id(AgreementId.of("T")).name("Treaty of guarantee")
            .kind(AgreementKind.OTHER).conflict(c("C")).agreed(signed).source(SRC).build())
        .addMediator(Mediator.builder().id(MediatorId.of("M")).party(p("G"))
            .role(MediatorRole.GUARANTOR).conflict(c("C")).agreement(AgreementId.of("T"))
            .source(SRC).build())
        .build();
    return summaries(run(RULE, m));
  }

  @Test
  void aTroopSupporterCountsOnlyWhileItsTroopsMayOverlapTheAgreement() {
    assertEquals(List.of(), guarantorOf(FuzzyTime.inYear(Year.of(1960))));
    assertEquals(List.of("INFO DEFINITELY Mediator:M.party = Party:G [Party:G, Conflict:C]"),
        guarantorOf(FuzzyTime.onDay(LocalDate.of(1975, 1, 1))));
  }
}
