package dev.disputemodel.json;

import dev.disputemodel.Share;
import java.math.BigDecimal;
import java.util.Optional;

/** A {@link Share} in percent: {@code {"low": 36, "high": 40, "wording"}}, wording optional (format 1.2). */
final class ShareCodec {
  private ShareCodec() {}

  private static final Fields<Share> FIELDS = Fields.of();
  private static final Slot<BigDecimal> LOW = FIELDS.required("low", Share::low, Values.DECIMAL);
  private static final Slot<BigDecimal> HIGH = FIELDS.required("high", Share::high, Values.DECIMAL);
  private static final Slot<Optional<String>> WORDING =
      FIELDS.optional("wording", Share::wording, Values.STRING);

  static final ObjectCodec<Share> CODEC =
      FIELDS.codec(s -> new Share(s.get(LOW), s.get(HIGH), s.get(WORDING)));
}
