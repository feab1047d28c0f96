package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code mediator-allied}: a third party allied to a belligerent while it mediates. */
class MediatorAlliedRuleTest {
  private static final String RULE = "mediator-allied";

  private static PartyRelation relation(String from, RelationKind kind, String to) {
    return PartyRelation.builder().id(RelationId.of("R1")).from(p(from)).kind(kind).to(p(to))
        .source(SRC).build();
  }

  /** A war between A and B. */
  private static DisputeModel.Builder war() {
    return states().addConflict(conflict("C").addSides(side("1", "A"), side("2", "B")).build());
  }

  @Test
  void mediatorAlliedToABelligerentIsOneWarningPerPartyAndAlly() {
    DisputeModel m = war()
        .addRelation(relation("R", RelationKind.ALLY_OF, "A"))
        .addConflict(conflict("E").parent(c("C")).build())
        .addMediators(broker("M1", "R", "C", null), broker("M2", "R", "E", null))
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(
        List.of("WARNING mediator-allied Party:R.allyOf = Party:A: Party:R acts as BROKER in"
            + " Conflict:C, Conflict:E while allied to Party:A (Relation:R1), a party to the"
            + " fighting: its mediation may be partial. Keep both facts; correct the alliance's or"
            + " the role's period if they did not overlap [related: Party:A, Relation:R1,"
            + " Mediator:M1, Mediator:M2, Conflict:C, Conflict:E]"),
        lines(f));
    assertEquals(List.of("WARNING DEFINITELY Party:R.allyOf = Party:A [Party:A, Relation:R1,"
        + " Mediator:M1, Mediator:M2, Conflict:C, Conflict:E]"), summaries(f));
  }

  @Test
  void allianceInTheOtherDirectionCountsButNotOneThatEndedBeforeTheRole() {
    PartyRelation reverse = relation("A", RelationKind.ALLY_OF, "R")
        .withPeriod(FuzzyPeriod.of(day(2000, 1, 1), day(2001, 1, 1)));
    assertEquals(List.of(), run(RULE, war().addRelation(reverse)
        .addMediator(broker("M", "R", "C", FuzzyPeriod.since(day(2020, 1, 1)))).build()));
    List<Finding> open = run(RULE, war().addRelation(reverse)
        .addMediator(broker("M", "R", "C", FuzzyPeriod.since(year(2000)))).build());
    assertEquals(Certainty.DEFINITELY, open.get(0).certainty());
    assertEquals(List.of("WARNING DEFINITELY Party:R.allyOf = Party:A [Party:A, Relation:R1,"
        + " Mediator:M, Conflict:C]"), summaries(open));
    List<Finding> fuzzy = run(RULE, war().addRelation(reverse)
        .addMediator(broker("M", "R", "C", FuzzyPeriod.since(decade(2000)))).build());
    assertEquals(Certainty.POSSIBLY, fuzzy.get(0).certainty());
    assertEquals(Severity.WARNING, fuzzy.get(0).severity());
    assertEquals(List.of("WARNING POSSIBLY Party:R.allyOf = Party:A [Party:A, Relation:R1,"
        + " Mediator:M, Conflict:C]"), summaries(fuzzy));
  }

  @Test
  void tiesThatAreNoAllianceAndAlliesThatDoNotFightAreNotReported() {
    assertEquals(List.of(), run(RULE, war().addRelation(relation("R", RelationKind.HAS_TIES_TO, "A"))
        .addMediator(broker("M", "R", "C", null)).build()));
    assertEquals(List.of(), run(RULE, war().addRelation(relation("R", RelationKind.ALLY_OF, "X"))
        .addMediator(broker("M", "R", "C", null)).build()));
  }
}
