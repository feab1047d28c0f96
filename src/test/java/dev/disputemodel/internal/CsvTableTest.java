package dev.disputemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
  @TempDir Path dir;

  private CsvTable table(String text, String... required) throws IOException {
    return CsvTable.read(
        Files.writeString(dir.resolve("t.csv"), text), List.of(required), IllegalStateException::new);
  }

  @Test
  void fieldsByColumnNameWithListsAndNumbers() throws IOException {
    CsvTable t = table("id ,names,n\n1,\"a, b,, c\",42\n2\n", "id", "names");
    CsvReader.Row first = t.rows().get(0);
    assertEquals(2, t.rows().size(), "the header is not a row");
    assertEquals("1", t.get(first, "id"), "a header name is read without its spaces");
    assertEquals(List.of("a", "b", "c"), t.list(first, "names"));
    assertEquals(42, t.integer(first, "n"));
  }

  @Test
  void aMissingColumnRefusesTheFileAndABadFieldNamesColumnAndValue() throws IOException {
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> table("a,b\n1,2\n", "a", "c"));
    assertEquals("t.csv: required column \"c\" missing", missing.getMessage());
    assertEquals("t.csv: no header",
        assertThrows(IllegalStateException.class, () -> table("")).getMessage());
    CsvTable t = table("a,b\nx\n", "a", "b");
    CsvReader.Row row = t.rows().get(0);
    assertEquals("the row has 1 fields; column \"b\" is missing",
        assertThrows(IllegalArgumentException.class, () -> t.get(row, "b")).getMessage());
    assertEquals("a = \"x\": not a whole number",
        assertThrows(IllegalArgumentException.class, () -> t.integer(row, "a")).getMessage());
  }
}
