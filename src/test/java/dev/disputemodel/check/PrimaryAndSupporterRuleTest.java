package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code primary-and-supporter}: a party both a primary party and a supporter of one side. */
class PrimaryAndSupporterRuleTest {
  private static final String RULE = "primary-and-supporter";

  @Test
  void aPrimaryPartySupportingItsOwnSideIsReportedPerSupporterEntry() {
    DisputeModel m = states().addConflict(conflict("C")
            .addSides(side("1", "B"), Side.builder().label("2").addPrimary(p("A")).addPrimary(p("R"))
                .addSupporter(Supporter.of(p("X"), SupportType.ARMS))
                .addSupporter(Supporter.of(p("R"), SupportType.TROOPS))
                .addSupporter(Supporter.of(p("A"), SupportType.POLITICAL)).build())
            .build())
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(List.of(
        "WARNING primary-and-supporter Conflict:C.sides[1].supporters[1].party = Party:R: Party:R is"
            + " both a primary party and a supporter (TROOPS) of side 2 of Conflict:C. Keep it as a"
            + " primary party or as a supporter, not both [related: Party:R]",
        "WARNING primary-and-supporter Conflict:C.sides[1].supporters[2].party = Party:A: Party:A is"
            + " both a primary party and a supporter (POLITICAL) of side 2 of Conflict:C. Keep it as a"
            + " primary party or as a supporter, not both [related: Party:A]"),
        lines(f));
    assertEquals(List.of(
        "WARNING DEFINITELY Conflict:C.sides[1].supporters[1].party = Party:R [Party:R]",
        "WARNING DEFINITELY Conflict:C.sides[1].supporters[2].party = Party:A [Party:A]"),
        summaries(f));
  }

  @Test
  void supportingAnotherSideOrActingForAPrimaryIsNotThisRule() {
    // A fights on side 1 and supports side 2 (party-on-both-sides, not this rule); MOD acts for
    // B and supports B's side: ids are compared as recorded
    DisputeModel m = states().addParty(actingFor("MOD", PartyKind.GOVERNMENT_BODY, "B"))
        .addConflict(conflict("C").addSides(side("1", "A"),
            Side.builder().label("2").addPrimary(p("B"))
                .addSupporter(Supporter.of(p("A"), SupportType.ARMS))
                .addSupporter(Supporter.of(p("MOD"), SupportType.TROOPS)).build()).build())
        .build();
    assertEquals(List.of(), run(RULE, m));
  }

  @Test
  void eachConflictIsCheckedOnItsOwn() {
    // R supports side 1 of C and is a primary party of side 1 of D
    DisputeModel m = states()
        .addConflict(conflict("C").addSides(Side.builder().label("1").addPrimary(p("A"))
            .addSupporter(Supporter.of(p("R"), SupportType.ARMS)).build(), side("2", "B")).build())
        .addConflict(conflict("D").addSides(side("1", "R"), side("2", "B")).build())
        .build();
    assertEquals(List.of(), run(RULE, m));
  }
}
