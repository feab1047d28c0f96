package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableMap;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.Precision;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;

/** The codecs of scalar values: strings, numbers, booleans, names from a fixed list, and ids. */
final class Values {
  private Values() {}

  /** Tells whether the parser's current token is a value of a scalar's JSON type. */
  private interface Accepts {
    boolean test(JsonParser p) throws IOException;
  }

  /** Reads a scalar of one JSON type, as {@link ValueCodec#read} does. */
  private interface Read<T> {
    T read(ReadContext in, JsonParser p) throws IOException;
  }

  /** Writes a scalar, as {@link ValueCodec#write} does. */
  private interface Write<T> {
    void write(T value, JsonGenerator out) throws IOException;
  }

  /**
   * Returns the codec of a scalar: {@code read} is given the parser at a token {@code accepts};
   * any other is reported as not what was {@code expected}.
   */
  private static <T> ValueCodec<T> scalar(
      Accepts accepts, String expected, Read<T> read, Write<T> write) {
    return new ValueCodec<>() {
      @Override
      public T read(ReadContext in) throws IOException {
        return accepts.test(in.parser()) ? read.read(in, in.parser()) : in.reject(expected);
      }

      @Override
      public void write(T value, JsonGenerator out) throws IOException {
        write.write(value, out);
      }
    };
  }

  /** A string. */
  static final ValueCodec<String> STRING = scalar(p -> p.currentToken() == JsonToken.VALUE_STRING,
      "expected a string", (in, p) -> p.getText(), (v, out) -> out.writeString(v));

  /** {@code true} or {@code false}. */
  static final ValueCodec<Boolean> BOOLEAN = scalar(p -> p.currentToken().isBoolean(),
      "expected true or false", (in, p) -> p.getBooleanValue(), (v, out) -> out.writeBoolean(v));

  /** A whole number from -2^31 to 2^31-1. */
  static final ValueCodec<Integer> INT = scalar(
      p -> p.currentToken() == JsonToken.VALUE_NUMBER_INT
          && p.getNumberType() == JsonParser.NumberType.INT,
      "expected a whole number from -2^31 to 2^31-1", (in, p) -> p.getIntValue(),
      (v, out) -> out.writeNumber(v));

  /** A whole number from -2^63 to 2^63-1. */
  static final ValueCodec<Long> LONG = scalar(
      p -> p.currentToken() == JsonToken.VALUE_NUMBER_INT
          && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER,
      "expected a whole number", (in, p) -> p.getLongValue(), (v, out) -> out.writeNumber(v));

  /** A decimal number, such as a percentage: {@code 75.83}; written in plain notation. */
  static final ValueCodec<java.math.BigDecimal> DECIMAL = scalar(
      p -> p.currentToken() == JsonToken.VALUE_NUMBER_INT
          || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT,
      "expected a number", (in, p) -> p.getDecimalValue(), (v, out) -> out.writeNumber(v));

  /**
   * A local date-time as {@link LocalDateTime#toString()} writes it. The text of a whole minute
   * of a year from 0000 to 9999 ({@code "2022-09-13T06:00"}, as the bounds of most times are
   * written) is read with {@link FuzzyTime#parse}, which is several times faster than
   * {@code DateTimeFormatter}; any other text with {@link LocalDateTime#parse}.
   */
  static final ValueCodec<LocalDateTime> DATE_TIME = new ValueCodec<>() {
    @Override
    public LocalDateTime read(ReadContext in) throws IOException {
      if (in.token() != JsonToken.VALUE_STRING) {
        return in.reject("expected a string");
      }
      LocalDateTime minute = wholeMinute(in.text());
      if (minute != null) {
        return minute;
      }
      String text = in.parser().getText();
      try {
        return LocalDateTime.parse(text);
      } catch (DateTimeParseException e) {
        in.problem(ReadContext.quote(text), "expected a local date-time such as \"2022-09-13T06:00\"");
        return null;
      }
    }

    @Override
    public void write(LocalDateTime value, JsonGenerator out) throws IOException {
      out.writeString(value.toString());
    }
  };

  /** The length of {@code 2022-09-13T06:00}: a whole minute of a year from 0000 to 9999. */
  private static final int MINUTE_LENGTH = 16;

  /**
   * Returns the start of the minute {@code text} writes if it is {@link FuzzyTime#toString()}'s
   * text of a minute of a year from 0000 to 9999, such as {@code 2022-09-13T06:00}: then it is
   * also {@link LocalDateTime#toString()}'s text of that moment. Else returns null, for
   * {@link LocalDateTime#parse} to read: seconds, other years ({@code -0000} is no year to
   * {@code LocalDateTime}), and what is not a real date and time of day.
   */
  static LocalDateTime wholeMinute(CharSequence text) {
    if (text.length() != MINUTE_LENGTH) {
      return null;
    }
    try {
      FuzzyTime time = FuzzyTime.parse(text);
      return time.precision() == Precision.MINUTE ? time.earliest() : null;
    } catch (InvalidValueException e) {
      return null;
    }
  }

  /** Returns the codec of the constants of {@code type}, by name. */
  static <E extends Enum<E>> ValueCodec<E> enumOf(Class<E> type) {
    ImmutableMap.Builder<String, E> byName = ImmutableMap.builder();
    Arrays.stream(type.getEnumConstants()).forEach(e -> byName.put(e.name(), e));
    return named(type.getSimpleName(), byName.buildOrThrow(), Enum::name);
  }

  /**
   * Returns the codec of the values of {@code byName}, written as their names
   * ({@code nameOf}); an unknown name is reported as an unknown {@code what}. A name is matched
   * on the parser's characters, without a new string.
   */
  static <V> ValueCodec<V> named(String what, ImmutableMap<String, V> byName, Function<V, String> nameOf) {
    String unknown = "unknown " + what + "; expected one of " + byName.keySet();
    char[][] names = byName.keySet().stream().map(String::toCharArray).toArray(char[][]::new);
    Object[] values = byName.values().toArray();
    return new ValueCodec<>() {
      @Override
      public V read(ReadContext in) throws IOException {
        if (in.token() != JsonToken.VALUE_STRING) {
          return in.reject("expected a string");
        }
        JsonParser p = in.parser();
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        for (int i = 0; i < names.length; i++) {
          if (Arrays.equals(names[i], 0, names[i].length, chars, offset, offset + length)) {
            @SuppressWarnings("unchecked") // values of byName
            V value = (V) values[i];
            return value;
          }
        }
        return in.reject(unknown);
      }

      @Override
      public void write(V value, JsonGenerator out) throws IOException {
        out.writeString(nameOf.apply(value));
      }
    };
  }
}
