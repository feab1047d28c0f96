package dev.disputemodel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Times lie within {@link FuzzyTime#MIN_YEAR}..{@link FuzzyTime#MAX_YEAR}: every factory and
 * {@code parse} refuse a year beyond with {@link InvalidValueException}, never a raw
 * {@link java.time.DateTimeException}, and every time in range writes and parses back.
 */
class YearRangeTest {
  private static final int HUGE = 999_999_999;

  private static void refused(String field, Supplier<?> make) {
    InvalidValueException e = assertThrows(InvalidValueException.class, make::get);
    assertEquals("FuzzyTime", e.type());
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().contains("year out of range"), e.getMessage());
  }

  @Test
  void everyFactoryRefusesAYearBeyondTheRange() {
    refused("year", () -> FuzzyTime.inYear(Year.of(HUGE)));
    refused("year", () -> FuzzyTime.inYear(Year.of(-HUGE)));
    refused("firstYear", () -> FuzzyTime.inDecade(Year.of(999_999_990)));
    refused("month", () -> FuzzyTime.inMonth(YearMonth.of(HUGE, 12)));
    refused("month", () -> FuzzyTime.in(YearMonth.of(HUGE, 12), PartOfMonth.LATE));
    refused("day", () -> FuzzyTime.onDay(LocalDate.MAX));
    refused("day", () -> FuzzyTime.about(LocalDate.MIN));
    refused("day", () -> FuzzyTime.on(LocalDate.MAX, PartOfDay.NIGHT));
    refused("moment", () -> FuzzyTime.atMinute(LocalDateTime.MAX));
    refused("moment", () -> FuzzyTime.atHour(LocalDateTime.MAX));
    refused("earliest", () -> FuzzyTime.of(LocalDateTime.MAX.minusYears(1), LocalDateTime.MAX,
        Precision.YEAR));
    refused("latest", () -> FuzzyTime.of(LocalDate.of(FuzzyTime.MAX_YEAR, 1, 1).atStartOfDay(),
        LocalDate.of(FuzzyTime.MAX_YEAR + 1, 1, 2).atStartOfDay(), Precision.YEAR));
    refused("earliest", () -> FuzzyTime.of(LocalDate.of(FuzzyTime.MIN_YEAR - 1, 12, 31)
        .atStartOfDay(), LocalDate.of(FuzzyTime.MIN_YEAR, 1, 2).atStartOfDay(), Precision.DAY));
    refused("latest", () -> FuzzyTime.about(LocalDate.of(FuzzyTime.MAX_YEAR, 12, 30)));
  }

  @Test
  void parseRefusesAYearBeyondTheRangeNamingTheText() {
    for (String text : List.of("+999999999", "+999999999-12", "+999999999-12-31",
        "+999999999-12 LATE", "+999999990s", "-999999999", "+1000000",
        "[+999999999-01-01T00:00, +999999999-12-31T00:00) YEAR", "about +999999999-12-31")) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> FuzzyTime.parse(text), text);
      assertEquals("text", e.field(), text);
    }
    assertThrows(InvalidValueException.class, () -> FuzzyPeriod.parse("2022..+999999999"));
  }

  @Test
  void theFirstAndLastYearsWriteAndParseBack() {
    List<FuzzyTime> edges = List.of(
        FuzzyTime.inYear(Year.of(FuzzyTime.MAX_YEAR)),
        FuzzyTime.inYear(Year.of(FuzzyTime.MIN_YEAR)),
        FuzzyTime.inDecade(Year.of(999_990)),
        FuzzyTime.inDecade(Year.of(-999_990)),
        FuzzyTime.inMonth(YearMonth.of(FuzzyTime.MAX_YEAR, 12)),
        FuzzyTime.in(YearMonth.of(FuzzyTime.MAX_YEAR, 12), PartOfMonth.LATE),
        FuzzyTime.about(LocalDate.of(FuzzyTime.MAX_YEAR, 12, 28)),
        FuzzyTime.atMinute(LocalDateTime.of(FuzzyTime.MAX_YEAR, 12, 31, 23, 59)),
        FuzzyTime.atHour(LocalDateTime.of(FuzzyTime.MAX_YEAR, 12, 31, 23, 0)),
        FuzzyTime.on(LocalDate.of(FuzzyTime.MAX_YEAR, 12, 31), PartOfDay.EVENING));
    for (FuzzyTime t : edges) {
      assertEquals(t, FuzzyTime.parse(t.toString()), t.toString());
      assertEquals(FuzzyPeriod.at(t), FuzzyPeriod.parse(FuzzyPeriod.at(t).toString()));
    }
    assertTrue(FuzzyTime.isSupportedYear(FuzzyTime.MAX_YEAR));
    assertTrue(!FuzzyTime.isSupportedYear(FuzzyTime.MAX_YEAR + 1L));
    assertTrue(!FuzzyTime.isSupportedYear(FuzzyTime.MIN_YEAR - 1L));
  }
}
