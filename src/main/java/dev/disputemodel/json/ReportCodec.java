package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.disputemodel.EntityId;
import dev.disputemodel.check.Finding;
import dev.disputemodel.check.Report;
import dev.disputemodel.check.Severity;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A consistency {@link Report} in JSON (written only):
 * <pre>{@code
 * {"counts": {"ERROR": n, "WARNING": n, "INFO": n}, "rules": {"<rule id>": n, ...},
 *  "findings": [{"rule", "severity", "certainty", "focus", "path", "value", "related": [...],
 *                "message"}, ...]}
 * }</pre>
 * Findings in report order; ids as {@code Kind:value}; an absent focus, path or value is
 * {@code null}, so every finding has every field.
 */
final class ReportCodec {
  private ReportCodec() {}

  static void write(Report report, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeObjectFieldStart("counts");
    for (Map.Entry<Severity, Integer> e : report.countsBySeverity().entrySet()) {
      out.writeNumberField(e.getKey().name(), e.getValue());
    }
    out.writeEndObject();
    out.writeObjectFieldStart("rules");
    for (Map.Entry<String, Integer> e : report.countsByRule().entrySet()) {
      out.writeNumberField(e.getKey(), e.getValue());
    }
    out.writeEndObject();
    out.writeArrayFieldStart("findings");
    for (Finding f : report.findings()) {
      finding(f, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void finding(Finding f, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("rule", f.rule());
    out.writeStringField("severity", f.severity().name());
    out.writeStringField("certainty", f.certainty().name());
    orNull("focus", f.focus().map(EntityId::toString), out);
    orNull("path", f.path(), out);
    orNull("value", f.value(), out);
    out.writeArrayFieldStart("related");
    for (EntityId id : f.related()) {
      out.writeString(id.toString());
    }
    out.writeEndArray();
    out.writeStringField("message", f.message());
    out.writeEndObject();
  }

  private static void orNull(String name, Optional<String> value, JsonGenerator out)
      throws IOException {
    out.writeFieldName(name);
    if (value.isPresent()) {
      out.writeString(value.get());
    } else {
      out.writeNull();
    }
  }
}
