package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A key's equality and hash, written out in {@link PropositionKey}, are the record's. */
class PropositionKeyTest {
  private static final PropositionKey KEY = new PropositionKey(PropositionType.STANCE,
      List.of(PartyId.of("P9"), TerritoryId.of("T1")), "NO_MILITARY_SOLUTION");

  @Test
  void equalWhenTypeSubjectsAndQualifierAre() {
    PropositionKey same = new PropositionKey(PropositionType.STANCE,
        List.of(PartyId.of("P9"), TerritoryId.of("T1")), "NO_MILITARY_SOLUTION");
    assertEquals(KEY, same);
    assertEquals(KEY.hashCode(), same.hashCode());
    assertEquals(PropositionKey.of(PropositionType.INITIATOR, ConflictId.of("C4")),
        PropositionKey.of(PropositionType.INITIATOR, ConflictId.of("C4")));
  }

  @Test
  void differsInAnyPart() {
    assertNotEquals(KEY, new PropositionKey(PropositionType.CONTROL, KEY.subjects(), KEY.qualifier()));
    assertNotEquals(KEY, new PropositionKey(KEY.type(),
        List.of(PartyId.of("P9"), TerritoryId.of("T2")), KEY.qualifier()));
    assertNotEquals(KEY, new PropositionKey(KEY.type(), List.of(PartyId.of("P9")), KEY.qualifier()));
    assertNotEquals(KEY, new PropositionKey(KEY.type(),
        List.of(PartyId.of("P9"), TerritoryId.of("T1"), TerritoryId.of("T1")), KEY.qualifier()));
    assertNotEquals(KEY, new PropositionKey(KEY.type(), KEY.subjects(), "CONDEMNATION"));
    assertNotEquals(KEY, new PropositionKey(KEY.type(),
        List.of(TerritoryId.of("P9"), TerritoryId.of("T1")), KEY.qualifier())); // kind of id
    assertNotEquals(KEY, (Object) "STANCE[Party:P9, Territory:T1]/NO_MILITARY_SOLUTION");
  }

  @Test
  void hashIsTheRecordsHashOfItsParts() {
    int expected = (KEY.type().hashCode() * 31 + KEY.subjects().hashCode()) * 31
        + KEY.qualifier().hashCode();
    assertEquals(expected, KEY.hashCode());
  }
}
