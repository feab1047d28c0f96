package dev.disputemodel.json;

import dev.disputemodel.CharacterKind;
import dev.disputemodel.Characterization;
import dev.disputemodel.EntityId;

/**
 * A {@link Characterization} proposition in JSON: {@code subject} (an id of any kind,
 * {@code {"kind", "id"}}) and {@code character}, a {@link CharacterKind} name.
 */
final class CharacterizationCodec {
  private CharacterizationCodec() {}

  private static final Fields<Characterization> FIELDS = Fields.variant("characterization");
  private static final Slot<EntityId> SUBJECT =
      FIELDS.required("subject", Characterization::subject, SubjectCodec.CODEC);
  private static final Slot<CharacterKind> CHARACTER =
      FIELDS.required("character", Characterization::kind, Values.enumOf(CharacterKind.class));

  static final ObjectCodec<Characterization> CODEC =
      FIELDS.codec(s -> new Characterization(s.get(SUBJECT), s.get(CHARACTER)));
}
