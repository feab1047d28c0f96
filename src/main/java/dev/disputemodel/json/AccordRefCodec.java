package dev.disputemodel.json;

import com.google.common.collect.ImmutableMap;
import dev.disputemodel.AccordId;

/**
 * A reference to a ceasefire or an agreement, whose id alone does not say which:
 * {@code {"kind": "ceasefire", "id": "S1"}} or {@code {"kind": "agreement", "id": "A1"}}.
 */
final class AccordRefCodec {
  private AccordRefCodec() {}

  private static final ImmutableMap<String, IdCodec<? extends AccordId>> KINDS =
      ImmutableMap.of(Ids.CEASEFIRE.kind, Ids.CEASEFIRE, Ids.AGREEMENT.kind, Ids.AGREEMENT);

  private static final Fields<AccordId> FIELDS = Fields.of();
  private static final Slot<IdCodec<? extends AccordId>> KIND = FIELDS.required(
      "kind", id -> KINDS.get(Ids.kindOf(id)), Values.named("accord kind", KINDS, k -> k.kind));
  private static final Slot<String> ID = FIELDS.required("id", AccordId::value, Values.STRING);

  static final ObjectCodec<AccordId> CODEC = FIELDS.codec(s -> s.id(s.get(KIND), s.get(ID)));
}
