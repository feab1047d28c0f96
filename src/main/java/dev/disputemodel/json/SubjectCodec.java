package dev.disputemodel.json;

import dev.disputemodel.EntityId;

/** A subject of a proposition key: an id of any kind, {@code {"kind": "party", "id": "P1"}}. */
final class SubjectCodec {
  private SubjectCodec() {}

  private static final Fields<EntityId> FIELDS = Fields.of();
  private static final Slot<IdCodec<?>> KIND =
      FIELDS.required("kind", id -> Ids.KINDS.get(Ids.kindOf(id)), Ids.KIND);
  private static final Slot<String> ID = FIELDS.required("id", EntityId::value, Values.STRING);

  static final ObjectCodec<EntityId> CODEC = FIELDS.codec(s -> s.id(s.get(KIND), s.get(ID)));
}
