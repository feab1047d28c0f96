package dev.disputemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.internal.CsvTable.FieldException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
  @TempDir Path dir;

  private CsvTable table(String text, String... required) throws IOException {
    return CsvTable.read(
        Files.writeString(dir.resolve("t.csv"), text), List.of(required), IllegalStateException::new);
  }

  private static CsvTable parse(String text, String... required) {
    return CsvTable.parse(text.getBytes(StandardCharsets.UTF_8), "t.csv", List.of(required),
        IllegalStateException::new);
  }

  @Test
  void fieldsByColumnNameWithListsAndNumbers() throws IOException {
    CsvTable t = table("id ,names,n\n1,\"a, b,, c\",42\n2\n", "id", "names");
    CsvReader.Row first = t.rows().get(0);
    assertEquals("t.csv", t.file());
    assertEquals(2, t.rows().size(), "the header is not a row");
    assertEquals("1", t.get(first, "id"), "a header name is read without its spaces");
    assertEquals(List.of("a", "b", "c"), t.list(first, "names"));
    assertEquals(42, t.integer(first, "n"));
    assertTrue(t.has("n"));
    assertFalse(t.has("m"));
  }

  @Test
  void aHeaderThatCannotBeReadRefusesTheFile() throws IOException {
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> table("a,b\n1,2\n", "a", "c"));
    assertEquals("t.csv: required column \"c\" missing", missing.getMessage());
    assertEquals("t.csv: no header",
        assertThrows(IllegalStateException.class, () -> table("")).getMessage());
    assertEquals("t.csv: column \"a\" appears twice in the header",
        assertThrows(IllegalStateException.class, () -> parse("a,b, a\n")).getMessage());
    byte[] bad = "a,b\n".getBytes(StandardCharsets.UTF_8);
    bad[2] = (byte) 0xFE;
    assertEquals("t.csv line 1 (the header), field 2: " + CsvReader.NOT_UTF8,
        assertThrows(IllegalStateException.class, () -> CsvTable.parse(bad, "t.csv", List.of(),
            IllegalStateException::new)).getMessage());
    CsvTable trailing = parse("a,,\n1,2,3\n"); // empty names may repeat (trailing commas)
    trailing.check(trailing.rows().get(0));
  }

  @Test
  void aRowIsCheckedAgainstTheHeader() {
    CsvTable t = parse("a,b,\n1,2,\n1\n1,2,3,4\n\"1,2,\n");
    t.check(t.rows().get(0));
    FieldException shortRow = assertThrows(FieldException.class, () -> t.check(t.rows().get(1)));
    assertEquals(Optional.of("b"), shortRow.column());
    assertEquals("the row has 1 fields, the header 3", shortRow.getMessage());
    FieldException longRow = assertThrows(FieldException.class, () -> t.check(t.rows().get(2)));
    assertEquals(Optional.empty(), longRow.column());
    assertEquals("the row has 4 fields, the header 3: 1 more than the columns",
        longRow.getMessage());
    FieldException broken = assertThrows(FieldException.class, () -> t.check(t.rows().get(3)));
    assertEquals(Optional.of("a"), broken.column());
    CsvTable unnamed = parse("a,\n1,\"2\n");
    assertEquals(Optional.of("(column 2, unnamed)"),
        assertThrows(FieldException.class, () -> unnamed.check(unnamed.rows().get(0))).column());
    CsvTable beyond = parse("a\n1,\"2\n");
    FieldException far = assertThrows(FieldException.class, () -> beyond.check(beyond.rows().get(0)));
    assertEquals(Optional.empty(), far.column());
    assertEquals("field 2, beyond the header: a quoted field is not closed before the end of"
        + " the file", far.getMessage());
  }

  @Test
  void aBadFieldNamesColumnAndValue() throws IOException {
    CsvTable t = table("a,b\nx\n", "a", "b");
    CsvReader.Row row = t.rows().get(0);
    FieldException missing = assertThrows(FieldException.class, () -> t.get(row, "b"));
    assertEquals("the row has 1 fields; column \"b\" is missing", missing.getMessage());
    assertEquals(Optional.of("b"), missing.column());
    FieldException notNumber = assertThrows(FieldException.class, () -> t.integer(row, "a"));
    assertEquals("a = \"x\": not a whole number", notNumber.getMessage());
    assertEquals(Optional.of("a"), notNumber.column());
    assertEquals(-7, CsvTable.integer("a", " -7 "));
    assertEquals("t.csv has no column \"c\"",
        assertThrows(IllegalStateException.class, () -> t.get(row, "c")).getMessage());
  }
}
