package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.disputemodel.IdScheme;
import dev.disputemodel.InvalidValueException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entity's external ids: an object from scheme name to id, {@code {"ucdp-actor": "64",
 * "wikidata": "Q227"}}, written in the order of the scheme names. A scheme name that breaks
 * {@link IdScheme#of} is reported; the ids' own form is checked when the entity is built.
 */
final class ExternalIdsCodec implements ValueCodec<Map<IdScheme, String>> {
  static final ExternalIdsCodec CODEC = new ExternalIdsCodec();

  private ExternalIdsCodec() {}

  @Override
  public Map<IdScheme, String> read(ReadContext in) throws IOException {
    if (in.token() != JsonToken.START_OBJECT) {
      return in.reject("expected an object from id scheme to id");
    }
    JsonParser p = in.parser();
    Map<IdScheme, String> ids = new LinkedHashMap<>();
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      String value = Values.STRING.read(in);
      IdScheme scheme;
      try {
        scheme = IdScheme.of(key);
      } catch (InvalidValueException e) {
        in.problem(ReadContext.quote(key), e.getMessage());
        continue;
      }
      if (value != null && ids.put(scheme, value) != null) {
        in.problem(ReadContext.quote(key), "duplicate id scheme");
      }
    }
    return ids;
  }

  @Override
  public void write(Map<IdScheme, String> ids, JsonGenerator out) throws IOException {
    out.writeStartObject();
    for (IdScheme scheme : ids.keySet().stream().sorted().toList()) {
      out.writeStringField(scheme.name(), ids.get(scheme));
    }
    out.writeEndObject();
  }

  /** Returns {@code ids} if not empty: what an optional {@code externalIds} field writes. */
  static java.util.Optional<Map<IdScheme, String>> unlessEmpty(Map<IdScheme, String> ids) {
    return ids.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ids);
  }
}
