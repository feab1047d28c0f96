package dev.disputemodel.json;

import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.Optional;

/** A {@link FuzzyPeriod}: {@code {"start": time, "end": time}} with at least one of them. */
final class PeriodCodec {
  private PeriodCodec() {}

  private static final Fields<FuzzyPeriod> FIELDS = Fields.of();
  private static final Slot<Optional<FuzzyTime>> START =
      FIELDS.optional("start", FuzzyPeriod::start, TimeCodec.CODEC);
  private static final Slot<Optional<FuzzyTime>> END =
      FIELDS.optional("end", FuzzyPeriod::end, TimeCodec.CODEC);

  static final ObjectCodec<FuzzyPeriod> CODEC = FIELDS.codec(s -> {
    Optional<FuzzyTime> start = s.get(START);
    Optional<FuzzyTime> end = s.get(END);
    if (start.isEmpty()) {
      return FuzzyPeriod.until(end.orElseThrow(
          () -> new ObjectCodec.Refusal("a period needs a start, an end, or both")));
    }
    return end.map(e -> FuzzyPeriod.of(start.get(), e))
        .orElseGet(() -> FuzzyPeriod.since(start.get()));
  });
}
