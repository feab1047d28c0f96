package dev.disputemodel.time;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.disputemodel.InvalidValueException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link FuzzyTime#parse} and {@link FuzzyPeriod#parse}: any text (the input's bytes read as UTF-8) gives a value that
 * {@code toString} writes back to text parsing to the same value, or an
 * {@link InvalidValueException}; never anything else. Under {@code mvn verify} it replays its
 * corpus ({@code src/test/resources/dev/disputemodel/time/TimeParseFuzzTestInputs}); to fuzz, see
 * docs/testing.md.
 */
class TimeParseFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void fuzzyTimeParseGivesATimeOrInvalidValue(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    FuzzyTime time;
    try {
      time = FuzzyTime.parse(text);
    } catch (InvalidValueException expected) {
      return;
    }
    FuzzyTime again = FuzzyTime.parse(time.toString());
    if (!again.equals(time)) {
      throw new AssertionError(text + " parsed to " + time + ", which parses to " + again);
    }
  }

  @FuzzTest(maxDuration = "10s")
  void fuzzyPeriodParseGivesAPeriodOrInvalidValue(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    FuzzyPeriod period;
    try {
      period = FuzzyPeriod.parse(text);
    } catch (InvalidValueException expected) {
      return;
    }
    FuzzyPeriod again = FuzzyPeriod.parse(period.toString());
    if (!again.equals(period)) {
      throw new AssertionError(text + " parsed to " + period + ", which parses to " + again);
    }
  }
}
