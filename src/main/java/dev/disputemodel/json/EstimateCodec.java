package dev.disputemodel.json;

import dev.disputemodel.Estimate;
import java.util.Optional;
import java.util.OptionalLong;

/** An {@link Estimate}: {@code {"low", "best", "high", "wording"}}, each optional. */
final class EstimateCodec {
  private EstimateCodec() {}

  private static final Fields<Estimate> FIELDS = Fields.of();
  private static final Slot<OptionalLong> LOW = FIELDS.optionalLong("low", Estimate::low);
  private static final Slot<OptionalLong> BEST = FIELDS.optionalLong("best", Estimate::best);
  private static final Slot<OptionalLong> HIGH = FIELDS.optionalLong("high", Estimate::high);
  private static final Slot<Optional<String>> WORDING =
      FIELDS.optional("wording", Estimate::wording, Values.STRING);

  static final ObjectCodec<Estimate> CODEC = FIELDS.codec(s -> {
    Estimate e = Estimate.of(s.get(LOW), s.get(BEST), s.get(HIGH));
    return s.get(WORDING).map(e::withWording).orElse(e);
  });
}
