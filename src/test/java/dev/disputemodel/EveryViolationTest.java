package dev.disputemodel;

import static dev.disputemodel.CoreFixtures.ARMENIA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disputemodel.InvalidValueException.Violation;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A builder reports every invariant its object breaks in one {@link InvalidValueException}, not
 * only the first: a caller fixes them all in one round.
 */
class EveryViolationTest {
  private static List<String> violations(Executable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals(e.violations().get(0).field(), e.field(), "the first violation's field");
    return e.violations().stream().map(Violation::toString).toList();
  }

  @Test
  void aPartyReportsItsBlankNameItsOfficeAndItsIsoCodeTogether() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Party.builder()
        .id(ARMENIA).name(" ").kind(PartyKind.STATE).office("President").iso3166("arm").build());
    assertEquals(List.of(
        "Party.name = \" \": must not be blank",
        "Party.office = \"President\": only a PERSON holds an office, not STATE",
        "Party.externalIds[iso-3166] = \"arm\": must be 2 or 3 capital letters"),
        e.violations().stream().map(Violation::toString).toList());
    assertEquals("3 problems:\n  Party.name = \" \": must not be blank\n"
        + "  Party.office = \"President\": only a PERSON holds an office, not STATE\n"
        + "  Party.externalIds[iso-3166] = \"arm\": must be 2 or 3 capital letters",
        e.getMessage());
    assertEquals("Party", e.type());
    assertEquals("name", e.field());
    assertEquals("\" \"", e.value());
  }

  @Test
  void aTerritoryReportsEveryBrokenInvariant() {
    TerritoryId t = TerritoryId.of("T1");
    assertEquals(List.of(
        "Territory.name = \"\": must not be blank",
        "Territory.aliases = \" x\": must not begin or end with white space",
        "Territory.parent = Territory:T1: cannot be itself",
        "Territory.adjacentTo = Territory:T1: cannot contain itself"),
        violations(() -> Territory.builder().id(t).name("").kind(TerritoryKind.REGION)
            .addAliases(" x").parent(t).addAdjacentTo(t).build()));
  }

  @Test
  void anEstimateReportsANegativeCountAndAnInvertedRange() {
    assertEquals(List.of(
        "Estimate.low = -1: must not be negative",
        "Estimate.best = 60: must not exceed high (50)"),
        violations(() -> Estimate.of(OptionalLong.of(-1), OptionalLong.of(60), OptionalLong.of(50))));
    assertEquals(List.of(
        "Estimate.low = 60: must not exceed best (55)",
        "Estimate.best = 55: must not exceed high (50)"),
        violations(() -> Estimate.of(OptionalLong.of(60), OptionalLong.of(55), OptionalLong.of(50))));
  }

  @Test
  void aMediatorReportsItsForceSizeAndItsTwoAccords() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CoreFixtures.broker().forceSize(Estimate.exact(2000)).agreement(AgreementId.of("A1"))
            .build());
    assertEquals(List.of("forceSize", "agreement"),
        e.violations().stream().map(Violation::field).toList());
    assertEquals(List.of("only a PEACEKEEPER or OBSERVER has a force size, not BROKER",
        "a role concerns a ceasefire or an agreement, not both (ceasefire Ceasefire:S1)"),
        e.violations().stream().map(Violation::reason).toList());
    assertEquals("Agreement:A1", e.violations().get(1).value());
  }

  @Test
  void oneViolationKeepsTheOneLineMessage() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Party.builder().id(ARMENIA).name(" ").kind(PartyKind.STATE).build());
    assertEquals("Party.name = \" \": must not be blank", e.getMessage());
    assertEquals(1, e.violations().size());
  }

  @Test
  void anExceptionNeedsAViolation() {
    assertThrows(IllegalArgumentException.class, () -> new InvalidValueException(List.of()));
    assertThrows(NullPointerException.class, () -> new Violation("T", null, "v", "r"));
  }

  @Test
  void aControlCharacterInANameIsReportedWithTheOtherViolations() {
    assertEquals(List.of(
        "Party.name = \"A\u0001\": must not contain the control character U+0001 (at index 1)",
        "Party.office = \"President\": only a PERSON holds an office, not STATE"),
        violations(() -> Party.builder().id(ARMENIA).name("A\u0001").kind(PartyKind.STATE)
            .office("President").build()));
  }
}
