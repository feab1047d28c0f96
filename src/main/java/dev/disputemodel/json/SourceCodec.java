package dev.disputemodel.json;

import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.time.FuzzyTime;
import java.util.Optional;

/** A {@link Source} in JSON. */
final class SourceCodec {
  private SourceCodec() {}

  private static final Fields<Source> FIELDS = Fields.of();
  static final Slot<SourceId> ID = FIELDS.required("id", Source::id, Ids.SOURCE);
  private static final Slot<SourceKind> KIND =
      FIELDS.required("kind", Source::kind, Values.enumOf(SourceKind.class));
  private static final Slot<String> TITLE = FIELDS.required("title", Source::title, Values.STRING);
  private static final Slot<Optional<String>> PUBLISHER =
      FIELDS.optional("publisher", Source::publisher, Values.STRING);
  private static final Slot<Optional<FuzzyTime>> PUBLISHED =
      FIELDS.optional("published", Source::published, TimeCodec.CODEC);
  private static final Slot<Optional<String>> CITATION =
      FIELDS.optional("citation", Source::citation, Values.STRING);

  static final ObjectCodec<Source> CODEC = FIELDS.codec(s -> Source.builder()
      .id(s.get(ID)).kind(s.get(KIND)).title(s.get(TITLE)).publisher(s.get(PUBLISHER))
      .published(s.get(PUBLISHED)).citation(s.get(CITATION)).build());
}
