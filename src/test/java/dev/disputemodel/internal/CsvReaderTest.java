package dev.disputemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSortedMap;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  @Test
  void quotedFieldsHoldCommasQuotesAndNewlinesAndKeepTheirLine() {
    List<CsvReader.Row> rows = CsvReader.read(
        "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,,3\n");
    assertEquals(3, rows.size());
    assertEquals(List.of("x, y", "say \"hi\"", "two\nlines"), rows.get(1).fields());
    assertEquals(2, rows.get(1).line());
    assertEquals(List.of("1", "", "3"), rows.get(2).fields());
    assertEquals(4, rows.get(2).line(), "the embedded newline moves the next row to line 4");
    rows.forEach(r -> assertEquals(Map.of(), r.faults()));
  }

  @Test
  void brokenQuotingIsAFaultOfItsFieldNotAnException() {
    List<CsvReader.Row> rows = CsvReader.read("a,b\n1,\"open\n");
    assertEquals(2, rows.get(1).line());
    assertEquals(ImmutableSortedMap.of(1, "a quoted field is not closed before the end of the file"),
        rows.get(1).faults());
    CsvReader.Row after = CsvReader.read("\"a\"b,c\n").get(0);
    assertEquals(Map.of(0, "text after the closing quote of a field"), after.faults());
    assertEquals(List.of("\"a\"b", "c"), after.fields(), "kept as written");
  }

  @Test
  void lineEndingsCrLfAndCrAloneEndARecordOnce() {
    List<CsvReader.Row> rows = CsvReader.read("a\rb\r\nc\n\nd");
    assertEquals(List.of(1, 2, 3, 5), rows.stream().map(CsvReader.Row::line).toList());
    assertEquals(List.of("a", "b", "c", "d"),
        rows.stream().map(r -> r.fields().get(0)).toList());
    List<CsvReader.Row> quoted = CsvReader.read("\"x\ry\r\nz\",1\rnext");
    assertEquals(List.of("x\ry\r\nz", "1"), quoted.get(0).fields());
    assertEquals(4, quoted.get(1).line(), "a CR alone and a CR LF inside quotes are two lines");
  }

  @Test
  void aByteOrderMarkIsSkippedOnlyAtTheStart() {
    assertEquals(List.of("a", "b"), CsvReader.read("\uFEFFa,b").get(0).fields());
    assertEquals(List.of("a", "\uFEFFb"), CsvReader.read("a,\uFEFFb").get(0).fields());
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'};
    assertEquals(List.of("x"), CsvReader.read(bom).get(0).fields());
  }

  @Test
  void bytesThatAreNotUtf8AreAFaultOfTheirFieldAndTheRestIsRead() {
    byte[] text = "a,b\n1,x?y\n2,z\n".getBytes(StandardCharsets.UTF_8);
    text[7] = (byte) 0xFF;
    List<CsvReader.Row> rows = CsvReader.read(text);
    assertEquals(Map.of(1, CsvReader.NOT_UTF8), rows.get(1).faults());
    assertEquals(List.of("1", "x\uFFFDy"), rows.get(1).fields());
    assertEquals(Map.of(), rows.get(2).faults());
    assertEquals(List.of("2", "z"), rows.get(2).fields());
    byte[] quoted = "\"\u00e9?\",1".getBytes(StandardCharsets.UTF_8);
    quoted[3] = (byte) 0xC3; // a lead byte followed by a quote
    assertEquals(Map.of(0, CsvReader.NOT_UTF8), CsvReader.read(quoted).get(0).faults());
  }

  @Test
  void emptyFieldsAndARecordOfOneCommaAreKept() {
    assertEquals(List.of("", ""), CsvReader.read(",\n").get(0).fields());
    assertEquals(List.of(""), CsvReader.read("\"\"\n").get(0).fields());
    assertEquals(List.of(), CsvReader.read("\n\r\n"));
  }
}
