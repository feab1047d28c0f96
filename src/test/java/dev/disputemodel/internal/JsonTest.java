package dev.disputemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertEquals("\"a\\\"b\\\\c\"", Json.quoted("a\"b\\c"));
    assertEquals("\"\\n\\r\\t\\b\\f\"", Json.quoted("\n\r\t\b\f"));
    assertEquals("\"\\u0000\\u001f\\u0001\"", Json.quoted("\u0000\u001f\u0001"));
    assertEquals("\"\\u2028\\u2029\"", Json.quoted("\u2028\u2029"));
  }

  @Test
  void keepsOtherCharactersAsTheyAre() {
    assertEquals("\"Çavuşoğlu / Пашинян 😀 ' <>\"", Json.quoted("Çavuşoğlu / Пашинян 😀 ' <>"));
    assertEquals("\"\u007f\"", Json.quoted("\u007f"));
    assertEquals("\"\"", Json.quoted(""));
  }

  @Test
  void insertsCommasBetweenMembersAndElements() {
    String json = new Json().beginObject()
        .name("a").value(1)
        .name("b").beginArray().value("x").value(2).nullValue().beginObject().endObject().endArray()
        .name("c").nullValue()
        .endObject().toString();
    assertEquals("{\"a\":1,\"b\":[\"x\",2,null,{}],\"c\":null}", json);
  }
}
