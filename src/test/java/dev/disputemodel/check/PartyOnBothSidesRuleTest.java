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

/** {@code party-on-both-sides}: a party fighting on two sides, or against the side it supports. */
class PartyOnBothSidesRuleTest {
  private static final String RULE = "party-on-both-sides";

  @Test
  void partyOnBothSidesAndSupporterAgainstItsOwnSide() {
    DisputeModel m = states().addConflict(conflict("C")
            .addSides(side("1", "A", "R"), Side.builder().label("2").addPrimary(p("B")).addPrimary(p("R"))
                .addSupporter(Supporter.of(p("A"), SupportType.ARMS)).build())
            .build())
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(
        List.of("Conflict:C sides[1].primaries = Party:R", "Conflict:C sides[1].supporters[0].party = Party:A"),
        f.stream().map(x -> x.focus().get() + " " + x.path().get() + " = " + x.value().get()).toList());
    assertEquals(
        List.of("ERROR DEFINITELY Conflict:C.sides[1].primaries = Party:R [Party:R]",
            "ERROR DEFINITELY Conflict:C.sides[1].supporters[0].party = Party:A [Party:A]"),
        summaries(f));
  }

  @Test
  void supporterOfBothSidesOrOfItsOwnSideIsFine() {
    DisputeModel m = states().addConflict(conflict("C")
            .addSides(Side.builder().label("1").addPrimary(p("A")).addSupporter(Supporter.of(p("X"), SupportType.ARMS)).build(),
                Side.builder().label("2").addPrimary(p("B")).addSupporter(Supporter.of(p("X"), SupportType.ARMS)).build())
            .build())
        .build();
    assertEquals(List.of(), run(RULE, m));
  }

  @Test
  void idsAreComparedAsRecordedAndPerConflict() {
    // PM acts for A, on the other side: not the same id, so not reported. A fights on side 1 of
    // C and side 2 of D: two conflicts, not two sides of one.
    DisputeModel m = states().addParty(actingFor("PM", PartyKind.PERSON, "A"))
        .addConflict(conflict("C").addSides(side("1", "A"), side("2", "B", "PM")).build())
        .addConflict(conflict("D").addSides(side("1", "B"), side("2", "A")).build())
        .addConflict(conflict("E").addSides(Side.builder().label("1").addPrimary(p("A"))
            .addSupporter(Supporter.of(p("A"), SupportType.TROOPS)).build(), side("2", "B")).build())
        .build();
    assertEquals(List.of(), run(RULE, m));
  }
}
