package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code mediator-belligerent}: a third party that fights in the conflict it mediates. */
class MediatorBelligerentRuleTest {
  private static final String RULE = "mediator-belligerent";

  /** R sends troops to side 1 of C from 2004 to 2018 (the shape of UCDP conflict 333). */
  private static DisputeModel.Builder troopsFrom2004() {
    Supporter later = Supporter.builder().party(p("R")).type(SupportType.TROOPS)
        .period(FuzzyPeriod.of(year(2004), year(2018))).build();
    return states().addConflict(conflict("C")
        .addSides(Side.builder().label("1").addPrimary(p("A")).addSupporter(later).build(),
            side("2", "B"))
        .build());
  }

  @Test
  void mediatorWhoFightsThroughTheStateItActsForIsABelligerent() {
    DisputeModel m = states().addParty(actingFor("PK", PartyKind.PEACEKEEPING_MISSION, "A"))
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "B")).build())
        .addConflict(conflict("E").parent(c("C")).build())
        .addMediators(broker("M1", "PK", "E", null), broker("M2", "R", "E", null))
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(1, f.size());
    assertEquals("Mediator:M1", f.get(0).focus().get().toString());
    assertEquals(List.of(p("A"), c("E")), f.get(0).related());
    assertEquals(List.of("ERROR DEFINITELY Mediator:M1.party = Party:PK [Party:A, Conflict:E]"),
        summaries(f));
    assertEquals("Party:PK, acting for Party:A, is BROKER in Conflict:E but fights on side 1."
        + " A belligerent cannot be an impartial third party: correct the role or the sides",
        f.get(0).message());
  }

  @Test
  void troopSupporterIsABelligerentOnlyWhileItsSupportMayOverlapTheRole() {
    // The shape of UCDP conflict 333: a broker in 1993 that sent troops only from 2004.
    FuzzyPeriod in1993 = FuzzyPeriod.at(year(1993));
    FuzzyPeriod in2010 = FuzzyPeriod.at(year(2010));
    assertEquals(List.of(), run(RULE,
        troopsFrom2004().addMediators(broker("M1", "R", "C", in1993)).build()));
    assertEquals(List.of("Mediator:M2"), run(RULE,
            troopsFrom2004().addMediators(broker("M2", "R", "C", in2010)).build())
        .stream().map(f -> f.focus().get().toString()).toList());
    // A role with no stated time may overlap any support: reported.
    assertEquals(1, run(RULE, troopsFrom2004().addMediators(broker("M3", "R", "C", null)).build())
        .size());
    assertEquals(List.of("ERROR DEFINITELY Mediator:M2.party = Party:R [Party:R, Conflict:C]"),
        summaries(run(RULE, troopsFrom2004().addMediators(broker("M2", "R", "C", in2010)).build())));
  }

  @Test
  void withoutAPeriodTheRoleIsPlayedWhenItsCeasefireTookEffect() {
    DisputeModel.Builder m = troopsFrom2004().addMediator(Mediator.builder()
        .id(MediatorId.of("M")).party(p("R")).role(MediatorRole.BROKER).conflict(c("C"))
        .ceasefire(cf("S")).source(SRC).build());
    assertEquals(List.of(), run(RULE,
        m.addCeasefire(ceasefire("S", "C").agreed(day(1993, 3, 7)).build()).build()));
    assertEquals(List.of("ERROR DEFINITELY Mediator:M.party = Party:R [Party:R, Conflict:C]"),
        summaries(run(RULE, troopsFrom2004().addMediator(Mediator.builder()
            .id(MediatorId.of("M")).party(p("R")).role(MediatorRole.BROKER).conflict(c("C"))
            .ceasefire(cf("S")).source(SRC).build())
            .addCeasefire(ceasefire("S", "C").agreed(day(1993, 3, 7)).effective(day(2010, 1, 1)).build())
            .build())));
  }

  @Test
  void aSupporterWithArmsOnlyIsNotABelligerent() {
    DisputeModel m = states()
        .addConflict(conflict("C").addSides(Side.builder().label("1").addPrimary(p("A"))
            .addSupporter(Supporter.of(p("R"), SupportType.ARMS)).build(), side("2", "B")).build())
        .addMediator(broker("M", "R", "C", null))
        .build();
    assertEquals(List.of(), run(RULE, m));
  }

  // ---- episodes, and the roles this rule leaves to guarantor-or-peacekeeper-fights

  /** R brokers C over {@code role}; R is a primary party of C's episode E over 2010. */
  private static DisputeModel withEpisode(MediatorRole role, FuzzyPeriod rolePeriod) {
    return states()
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "B")).build())
        .addConflict(conflict("E").parent(c("C")).period(FuzzyPeriod.at(year(2010)))
            .addSides(side("1", "A"), side("2", "R")).build())
        .addMediator(Mediator.builder().id(MediatorId.of("M")).party(p("R")).role(role)
            .conflict(c("C")).period(rolePeriod).source(SRC).build())
        .build();
  }

  @Test
  void aMediatorThatFightsInAnEpisodeOfItsConflictWhileMediatingIsABelligerent() {
    assertEquals(List.of("ERROR DEFINITELY Mediator:M.party = Party:R [Party:R, Conflict:E]"),
        summaries(run(RULE, withEpisode(MediatorRole.BROKER, FuzzyPeriod.since(year(2009))))));
    assertEquals(List.of("Party:R is BROKER in Conflict:C but fights on side 2 of Conflict:E."
        + " A belligerent cannot be an impartial third party: correct the role or the sides"),
        run(RULE, withEpisode(MediatorRole.BROKER, FuzzyPeriod.since(year(2009)))).stream()
            .map(Finding::message).toList());
    // the role ended before the episode: no overlap, no finding
    assertEquals(List.of(), run(RULE,
        withEpisode(MediatorRole.BROKER, FuzzyPeriod.of(year(2001), year(2003)))));
  }

  /** UCDP's episodes repeat their conflict's sides: one finding per fighting party, not two. */
  @Test
  void anEpisodeRepeatingTheConflictsSidesAddsNoSecondFinding() {
    DisputeModel m = states()
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "R")).build())
        .addConflict(conflict("E").parent(c("C")).addSides(side("1", "A"), side("2", "R")).build())
        .addMediator(broker("M", "R", "C", null)).build();
    assertEquals(List.of("ERROR DEFINITELY Mediator:M.party = Party:R [Party:R, Conflict:C]"),
        summaries(run(RULE, m)));
  }

  @Test
  void guarantorsAndPeacekeepersAreLeftToTheirOwnRule() {
    FuzzyPeriod since2009 = FuzzyPeriod.since(year(2009));
    assertEquals(List.of(), run(RULE, withEpisode(MediatorRole.GUARANTOR, since2009)));
    assertEquals(List.of(), run(RULE, withEpisode(MediatorRole.PEACEKEEPER, since2009)));
    for (MediatorRole role : List.of(MediatorRole.MEDIATOR, MediatorRole.FACILITATOR,
        MediatorRole.WITNESS, MediatorRole.OBSERVER, MediatorRole.ARBITRATOR)) {
      assertEquals(1, run(RULE, withEpisode(role, since2009)).size(), role::name);
    }
  }
}
