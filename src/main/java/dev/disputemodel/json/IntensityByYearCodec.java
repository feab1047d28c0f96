package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.disputemodel.Intensity;
import java.io.IOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A conflict's intensity per year: an object from year to intensity, {@code {"1992": "WAR"}}. */
final class IntensityByYearCodec implements ValueCodec<SortedMap<Integer, Intensity>> {
  static final IntensityByYearCodec CODEC = new IntensityByYearCodec();
  private static final ValueCodec<Intensity> INTENSITY = Values.enumOf(Intensity.class);

  private IntensityByYearCodec() {}

  @Override
  public SortedMap<Integer, Intensity> read(ReadContext in) throws IOException {
    if (in.token() != JsonToken.START_OBJECT) {
      return in.reject("expected an object from year to intensity");
    }
    JsonParser p = in.parser();
    SortedMap<Integer, Intensity> byYear = new TreeMap<>();
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      Intensity intensity = INTENSITY.read(in);
      Integer year = year(key);
      if (year == null) {
        in.problem(ReadContext.quote(key), "a key must be a year");
      } else if (intensity != null && byYear.put(year, intensity) != null) {
        in.problem(ReadContext.quote(key), "duplicate year");
      }
    }
    return byYear;
  }

  /** Returns the year {@code key} names ({@code -?[0-9]{1,9}}), or null. */
  private static Integer year(String key) {
    int digits = key.startsWith("-") ? 1 : 0;
    if (key.length() == digits || key.length() - digits > 9) {
      return null;
    }
    for (int i = digits; i < key.length(); i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return null;
      }
    }
    return Integer.parseInt(key);
  }

  @Override
  public void write(SortedMap<Integer, Intensity> byYear, JsonGenerator out) throws IOException {
    out.writeStartObject();
    for (Map.Entry<Integer, Intensity> e : byYear.entrySet()) {
      out.writeStringField(Integer.toString(e.getKey()), e.getValue().name());
    }
    out.writeEndObject();
  }
}
