package dev.disputemodel.json;

import dev.disputemodel.EntityId;
import dev.disputemodel.FactTime;
import dev.disputemodel.TimeAspect;
import dev.disputemodel.time.FuzzyTime;

/**
 * A {@link FactTime} proposition in JSON: {@code subject} (an id of any kind,
 * {@code {"kind", "id"}}), {@code aspect}, {@code time}.
 */
final class FactTimeCodec {
  private FactTimeCodec() {}

  private static final Fields<FactTime> FIELDS = Fields.variant("factTime");
  private static final Slot<EntityId> SUBJECT =
      FIELDS.required("subject", FactTime::subject, SubjectCodec.CODEC);
  private static final Slot<TimeAspect> ASPECT =
      FIELDS.required("aspect", FactTime::aspect, Values.enumOf(TimeAspect.class));
  private static final Slot<FuzzyTime> TIME = FIELDS.required("time", FactTime::time, TimeCodec.CODEC);

  static final ObjectCodec<FactTime> CODEC =
      FIELDS.codec(s -> new FactTime(s.get(SUBJECT), s.get(ASPECT), s.get(TIME)));
}
