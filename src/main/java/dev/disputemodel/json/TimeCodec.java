package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.Precision;
import java.io.IOException;
import java.time.LocalDateTime;

/**
 * A {@link FuzzyTime}: a string where {@link FuzzyTime#toString()} gives one of the compact
 * forms of the format ({@code "2022-09-13T08:00"}, {@code "2022-09-13 MORNING"},
 * {@code "2022-09-13"}, {@code "2022-09"}, {@code "2022"}, {@code "1980s"}, which begin with a
 * digit, and since format 1.1 {@code "1974-08 MID"} and {@code "about 1974-07-20"}), else an
 * object {@code {"earliest", "latest", "precision"}}. Strings are read with
 * {@link FuzzyTime#parse}.
 */
final class TimeCodec implements ValueCodec<FuzzyTime> {
  static final TimeCodec CODEC = new TimeCodec();

  private static final String NOT_A_TIME = "not a time; expected \"2022-09-13T08:00\", "
      + "\"2022-09-13 MORNING\", \"2022-09-13\", \"about 2022-09-13\", \"2022-09 MID\", "
      + "\"2022-09\", \"2022\", \"1980s\" or an object with earliest, latest and precision";
  private static final String ABOUT = "about ";

  private static final Fields<FuzzyTime> FIELDS = Fields.of();
  private static final Slot<LocalDateTime> EARLIEST =
      FIELDS.required("earliest", FuzzyTime::earliest, Values.DATE_TIME);
  private static final Slot<LocalDateTime> LATEST =
      FIELDS.required("latest", FuzzyTime::latest, Values.DATE_TIME);
  private static final Slot<Precision> PRECISION =
      FIELDS.required("precision", FuzzyTime::precision, Values.enumOf(Precision.class));
  private static final ObjectCodec<FuzzyTime> BOUNDS =
      FIELDS.codec(s -> FuzzyTime.of(s.get(EARLIEST), s.get(LATEST), s.get(PRECISION)));

  private TimeCodec() {}

  @Override
  public FuzzyTime read(ReadContext in) throws IOException {
    JsonToken token = in.token();
    if (token == JsonToken.START_OBJECT) {
      return BOUNDS.read(in);
    }
    if (token != JsonToken.VALUE_STRING) {
      return in.reject(NOT_A_TIME);
    }
    CharSequence text = in.text();
    if (!isCompact(text)) {
      return in.reject(NOT_A_TIME);
    }
    try {
      return FuzzyTime.parse(text);
    } catch (InvalidValueException e) {
      return in.reject(e.getMessage());
    }
  }

  @Override
  public void write(FuzzyTime value, JsonGenerator out) throws IOException {
    String text = value.toString();
    if (isCompact(text)) {
      out.writeString(text);
    } else {
      BOUNDS.write(value, out);
    }
  }

  /**
   * Returns true if {@code text} is one of the format's compact forms: they begin with a digit or
   * with {@code about }, while the bounds form begins with {@code [} and a year beyond 0000-9999
   * with a sign.
   */
  private static boolean isCompact(CharSequence text) {
    if (text.length() > 0 && text.charAt(0) >= '0' && text.charAt(0) <= '9') {
      return true;
    }
    int n = ABOUT.length();
    return text.length() > n && text.subSequence(0, n).toString().equals(ABOUT)
        && text.charAt(n) >= '0' && text.charAt(n) <= '9';
  }
}
