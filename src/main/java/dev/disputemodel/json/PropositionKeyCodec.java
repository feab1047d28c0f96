package dev.disputemodel.json;

import dev.disputemodel.EntityId;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import java.util.List;
import java.util.Optional;

/**
 * A {@link PropositionKey} (the question a {@code noStatement} is about) in JSON:
 * {@code {"type", "subjects": [{"kind", "id"}], "qualifier"}}, the qualifier only when not empty.
 */
final class PropositionKeyCodec {
  private PropositionKeyCodec() {}

  private static final Fields<PropositionKey> FIELDS = Fields.of();
  private static final Slot<PropositionType> TYPE =
      FIELDS.required("type", PropositionKey::type, Values.enumOf(PropositionType.class));
  private static final Slot<List<EntityId>> SUBJECTS =
      FIELDS.list("subjects", PropositionKey::subjects, SubjectCodec.CODEC);
  private static final Slot<Optional<String>> QUALIFIER = FIELDS.optional("qualifier",
      k -> k.qualifier().isEmpty() ? Optional.empty() : Optional.of(k.qualifier()), Values.STRING);

  static final ObjectCodec<PropositionKey> CODEC = FIELDS.codec(
      s -> new PropositionKey(s.get(TYPE), s.get(SUBJECTS), s.get(QUALIFIER).orElse("")));
}
