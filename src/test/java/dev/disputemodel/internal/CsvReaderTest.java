package dev.disputemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  @Test
  void quotedFieldsHoldCommasQuotesAndNewlinesAndKeepTheirLine() {
    List<CsvReader.Row> rows = CsvReader.read(
        "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,,3\n", "t.csv",
        IllegalStateException::new);
    assertEquals(3, rows.size());
    assertEquals(List.of("x, y", "say \"hi\"", "two\nlines"), rows.get(1).fields());
    assertEquals(2, rows.get(1).line());
    assertEquals(List.of("1", "", "3"), rows.get(2).fields());
    assertEquals(4, rows.get(2).line(), "the embedded newline moves the next row to line 4");
  }

  @Test
  void brokenQuotingIsRefusedWithTheLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CsvReader.read("a\n\"open\n", "t.csv", IllegalStateException::new));
    assertTrue(e.getMessage().contains("t.csv line 2"), e.getMessage());
    assertThrows(IllegalStateException.class,
        () -> CsvReader.read("\"a\"b\n", "t.csv", IllegalStateException::new));
  }
}
