package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  private static long key(String text) {
    char[] chars = ("<<" + text + ">").toCharArray(); // the text inside a larger buffer
    return IdTable.key(chars, 2, text.length());
  }

  /** The documented layout: 7 bits per character, first character highest, length above. */
  @Test
  void packsTextsOfOneToEightAsciiCharactersWithTheirLength() {
    assertEquals((long) 'A' | 1L << 56, key("A"));
    assertEquals(((long) 'P' << 7 | '1') | 2L << 56, key("P1"));
    assertEquals((long) '\u007f' | 1L << 56, key("\u007f")); // the highest character packed
    assertEquals((long) '\u0001' | 1L << 56, key("\u0001")); // the lowest
    long k8 = 0;
    for (char c : "K1000000".toCharArray()) {
      k8 = k8 << 7 | c;
    }
    assertEquals(k8 | 8L << 56, key("K1000000"));
    assertTrue(key("K1000000") > 0);
  }

  /** Anything else is keyed by its {@link String#hashCode()} with the sign bit set. */
  @Test
  void keysOtherTextsByTheirStringHashWithTheSignBit() {
    for (String text : List.of("", "K10000000", "party-with-a-long-id-1", "A\u0080", "\u0080",
        "Aé", "A\u0000", "\u0000", "\u00ff", "\u4e2d\u56fd")) {
      assertEquals(Long.MIN_VALUE | (text.hashCode() & 0xFFFF_FFFFL), key(text), text);
    }
  }

  @Test
  void tellsApartLongTextsOfTheSameHashAndAnotherLength() {
    String text = "abcdefghijk";
    String longer = "\u0000" + text; // a leading U+0000 leaves the string hash as it is
    assertEquals(text.hashCode(), longer.hashCode());
    PartyId id = add(text);
    assertNull(find(longer));
    assertNull(find("\u0000\u0000" + text));
    assertSame(id, find(text));
  }

  /**
   * The claim ids of a 300,000-claim document: the table grows nine times and still finds each.
   * (A table whose slots crowd together would take quadratic time here.)
   */
  @Test
  void holdsTheIdsOfALargeDocument() {
    int n = 300_000;
    PartyId[] ids = new PartyId[n + 1];
    for (int i = 1; i <= n; i++) {
      ids[i] = add("K" + i);
    }
    for (int i = 1; i <= n; i++) {
      assertSame(ids[i], find("K" + i));
    }
    assertNull(find("K0"));
    assertNull(find("K300001"));
  }

  /**
   * Ids that differ only in their last digit have their home slots side by side in one aligned
   * block, at any size of the table; ids that end otherwise, or are hashed, are spread.
   */
  @Test
  void placesIdsThatDifferOnlyInTheirLastDigitInOneBlock() {
    for (int size = 0; size < 3_000; size++) {
      if (size % 1_000 == 0) {
        int first = table.slot(key("K1234" + 0));
        assertEquals(0, first % 16, "block start");
        for (int d = 1; d <= 9; d++) {
          assertEquals(first + d, table.slot(key("K1234" + d)), "K1234" + d);
        }
        int other = table.slot(key("K1235" + 0));
        assertEquals(0, other % 16);
        assertNotEquals(first, other);
      }
      add("Q" + size); // grows the table
    }
    long distinct = java.util.stream.IntStream.range(0, 64)
        .map(i -> table.slot(key("K" + i + (char) ('a' + i % 26)))).distinct().count();
    assertTrue(distinct > 32, "ids ending in a letter spread: " + distinct);
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
