package dev.disputemodel.json;

import dev.disputemodel.EntityId;
import dev.disputemodel.Estimate;
import dev.disputemodel.FactFigure;
import dev.disputemodel.FigureKind;

/**
 * A {@link FactFigure} proposition in JSON: {@code subject} (an id of any kind,
 * {@code {"kind", "id"}}), {@code kind}, {@code value} (an estimate).
 */
final class FactFigureCodec {
  private FactFigureCodec() {}

  private static final Fields<FactFigure> FIELDS = Fields.variant("factFigure");
  private static final Slot<EntityId> SUBJECT =
      FIELDS.required("subject", FactFigure::subject, SubjectCodec.CODEC);
  private static final Slot<FigureKind> KIND =
      FIELDS.required("kind", FactFigure::kind, Values.enumOf(FigureKind.class));
  private static final Slot<Estimate> VALUE =
      FIELDS.required("value", FactFigure::value, EstimateCodec.CODEC);

  static final ObjectCodec<FactFigure> CODEC =
      FIELDS.codec(s -> new FactFigure(s.get(SUBJECT), s.get(KIND), s.get(VALUE)));
}
