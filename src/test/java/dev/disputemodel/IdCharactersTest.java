package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Ids hold no control character and no lone surrogate, whatever their kind (the rule is in
 * {@link EntityId}, once); other texts hold no lone surrogate and no control character but tab
 * and line breaks.
 */
class IdCharactersTest {
  private static final List<Function<String, ? extends EntityId>> KINDS = List.of(
      PartyId::of, RelationId::of, TerritoryId::of, ConflictId::of, EventId::of, CeasefireId::of,
      AgreementId::of, RulingId::of, MediatorId::of, ClaimId::of, SourceId::of);

  private static Party party(String name) {
    return Party.builder().id(PartyId.of("P")).name(name).kind(PartyKind.STATE).build();
  }

  @Test
  void everyKindOfIdRefusesControlCharactersAndLoneSurrogates() {
    for (Function<String, ? extends EntityId> kind : KINDS) {
      for (String bad : List.of("P\u0000", "P\u001f1", "P\n1", "P\t1", "P\u007f", "P\u0085",
          "P\ud800", "\udc00P", "P\ud800\ud800")) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> kind.apply(bad));
        assertEquals("value", e.field());
      }
      assertEquals("P \ud83c\udf0d", kind.apply("P \ud83c\udf0d").value());
      assertEquals("ucdp-actor-388", kind.apply("ucdp-actor-388").value());
    }
  }

  @Test
  void aNullIdTextIsNamed() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> PartyId.of(null));
    assertEquals("value", e.getMessage());
  }

  @Test
  void namesRefuseLoneSurrogatesAndControlCharactersButKeepLineBreaks() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> party("Beta\ud800"));
    assertTrue(e.getMessage().contains("lone surrogate"), e.getMessage());
    InvalidValueException nul = assertThrows(InvalidValueException.class,
        () -> party("Be\u0000ta"));
    assertTrue(nul.getMessage().contains("U+0000"), nul.getMessage());
    assertEquals("two\nlines", party("two\nlines").name());
  }
}
