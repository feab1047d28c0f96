package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdSchemeTest {
  @Test
  void ofReturnsTheWellKnownConstantForItsName() {
    for (IdScheme s : IdScheme.wellKnown()) {
      assertSame(s, IdScheme.of(s.name()));
    }
    assertEquals(List.of("cow-state-abbreviation", "cow-state-code", "gleditsch-ward", "iso-3166", "ucdp-actor",
        "wikidata"), IdScheme.wellKnown().stream().map(IdScheme::name).toList());
  }

  @Test
  void otherSchemesAreEqualByNameAndAcceptAnyText() {
    assertEquals(IdScheme.of("acled-actor"), IdScheme.of("acled-actor"));
    assertEquals(IdScheme.of("acled-actor").hashCode(), IdScheme.of("acled-actor").hashCode());
    assertNotEquals(IdScheme.of("acled-actor"), IdScheme.of("acled-event"));
    assertEquals("any text 12", IdScheme.of("acled-actor").check("Party", "any text 12"));
    assertEquals("acled-actor", IdScheme.of("acled-actor").toString());
  }

  @Test
  void aSchemeNameIsLowerCaseWordsJoinedByHyphens() {
    for (String bad : List.of("Wikidata", "ucdp actor", "ucdp--actor", "-x", "x-", "", "ucdp_actor")) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> IdScheme.of(bad));
      assertEquals("IdScheme.name = \"" + bad + "\": must be lower-case letters and digits, words joined by '-'",
          e.getMessage());
    }
  }

  @Test
  void wellKnownSchemesCheckTheFormOfTheirValues() {
    assertEquals("20", IdScheme.COW_STATE_CODE.check("Party", "20"));       // Canada in COW's states2016.csv
    assertEquals("CAN", IdScheme.COW_STATE_ABBREVIATION.check("Party", "CAN"));
    assertEquals("999999999", IdScheme.UCDP_ACTOR.check("Party", "999999999"));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> IdScheme.WIKIDATA.check("Territory", "Q-1"));
    assertEquals("Territory.externalIds[wikidata] = \"Q-1\": must be Q followed by digits", e.getMessage());
  }
}
