package dev.disputemodel.check;

import static dev.disputemodel.check.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.ConflictType;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code conflict-type}: a UCDP type that does not fit the conflict's sides. */
class ConflictTypeRuleTest {
  private static final String RULE = "conflict-type";

  /** States A, B, X; armed group G; MOD, a ministry acting for B; militia M acting for G. */
  private static DisputeModel.Builder parties() {
    return model().addParties(state("A"), state("B"), state("X"))
        .addParty(party("G", PartyKind.ARMED_GROUP))
        .addParty(actingFor("MOD", PartyKind.GOVERNMENT_BODY, "B"))
        .addParty(actingFor("M", PartyKind.ARMED_GROUP, "G"));
  }

  private static Side supported(String label, String primary, String supporter, SupportType type) {
    return Side.builder().label(label).addPrimary(p(primary))
        .addSupporter(Supporter.of(p(supporter), type)).build();
  }

  @Test
  void conflictTypeRulesFromTheUcdpCodebook() {
    DisputeModel m = parties()
        .addConflicts(
            conflict("I").type(ConflictType.INTRASTATE).addSides(side("A", "A"),
                supported("B", "G", "X", SupportType.TROOPS)).build(),
            conflict("N").type(ConflictType.INTERNATIONALIZED_INTRASTATE).addSides(side("A", "A"),
                supported("B", "G", "X", SupportType.ARMS)).build(),
            conflict("S").type(ConflictType.INTERSTATE).addSides(side("A", "A"), side("B", "G")).build())
        .build();
    List<Finding> f = run(RULE, m);
    assertEquals(List.of("Conflict:I", "Conflict:N", "Conflict:S"),
        f.stream().map(x -> x.focus().get().toString()).toList());
    assertEquals(
        List.of("WARNING DEFINITELY Conflict:I.type = INTRASTATE [Party:X]",
            "WARNING DEFINITELY Conflict:N.type = INTERNATIONALIZED_INTRASTATE []",
            "WARNING DEFINITELY Conflict:S.type = INTERSTATE []"),
        summaries(f));
  }

  @Test
  void typesThatFitTheirSidesOrConflictsWithoutSidesAreFine() {
    DisputeModel m = parties()
        .addConflicts(
            conflict("OK1").type(ConflictType.INTERSTATE).addSides(side("A", "A"), side("B", "B")).build(),
            conflict("OK2").type(ConflictType.INTRASTATE).addSides(side("A", "A"),
                supported("B", "G", "X", SupportType.ARMS)).build(),
            conflict("OK3").type(ConflictType.INTERSTATE).build(),
            conflict("OK4").type(ConflictType.INTERNATIONALIZED_INTRASTATE).addSides(side("A", "A"),
                supported("B", "G", "X", SupportType.TROOPS)).build(),
            conflict("OK5").addSides(side("A", "A"), supported("B", "G", "X", SupportType.TROOPS)).build())
        .build();
    assertEquals(List.of(), run(RULE, m));
  }

  @Test
  void aPartyActingForAStateCountsAsTheState() {
    DisputeModel m = parties()
        .addConflicts(
            conflict("OK").type(ConflictType.INTERSTATE).addSides(side("A", "A"), side("B", "MOD")).build(),
            conflict("S").type(ConflictType.INTERSTATE).addSides(side("A", "A"), side("B", "M")).build())
        .build();
    assertEquals(List.of("WARNING DEFINITELY Conflict:S.type = INTERSTATE []"), summaries(run(RULE, m)));
  }
}
