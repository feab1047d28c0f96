package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.disputemodel.EntityId;
import dev.disputemodel.PartyId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The id table the reader interns ids with: packed short texts, hashed long ones, growth. */
class IdTableTest {
  private final IdTable table = new IdTable();

  private PartyId add(String text) {
    PartyId id = PartyId.of(text);
    char[] chars = ("xx" + text + "yy").toCharArray(); // the text inside a larger buffer
    table.add(id, chars, 2, text.length());
    return id;
  }

  private EntityId find(String text) {
    char[] chars = ("[" + text + "]").toCharArray();
    return table.find(chars, 1, text.length());
  }

  @Test
  void findsTheSameObjectForAShortAsciiText() {
    PartyId p1 = add("P1");
    PartyId k = add("K1000000"); // 8 characters: the longest packed text
    assertSame(p1, find("P1"));
    assertSame(k, find("K1000000"));
    assertNull(find("P2"));
    assertNull(find("P"));
    assertNull(find("P10"));
  }

  @Test
  void tellsApartTextsThatDifferOnlyInLengthOrBeyondAscii() {
    PartyId a = add("A");
    assertNull(find("A\u0000"));
    assertNull(find("\u0001A"));
    PartyId accented = add("Aé"); // not ASCII: hashed, not packed
    assertSame(accented, find("Aé"));
    assertSame(a, find("A"));
    assertNull(find("Ae"));
  }

  @Test
  void comparesTheTextsOfLongIdsWithTheSameHash() {
    String one = "AaAaAaAaAa";
    String two = "BBBBBBBBBB";
    assertEquals(one.hashCode(), two.hashCode()); // same String hash, different text
    PartyId first = add(one);
    assertNull(find(two));
    PartyId second = add(two);
    assertSame(first, find(one));
    assertSame(second, find(two));
    assertNotEquals(first, second);
  }

  @Test
  void keepsEveryIdAsItGrows() {
    List<PartyId> ids = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      ids.add(add((i % 2 == 0 ? "P" : "party-with-a-long-id-") + i));
    }
    for (PartyId id : ids) {
      assertSame(id, find(id.value()));
    }
    assertNull(find("P1"));
  }
}
