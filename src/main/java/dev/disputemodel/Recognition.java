package dev.disputemodel;

import dev.disputemodel.time.Certainty;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer to "who is sovereign over this territory on this date according to this observer"
 * ({@link Territory#sovereigntyAccordingTo}): a status the observer recognizes then, with how
 * certain that is.
 *
 * @param status the sovereignty status recognized; its sovereign may be empty (the observer
 *     recognizes no sovereign); not null
 * @param certainty {@code DEFINITELY} when the status names the observer and its period surely
 *     covers the date; {@code POSSIBLY} when its period may cover it (or states none), or when the
 *     observer is only possibly among its unnamed recognizers; never {@code NOT}
 * @param named true if the status names the observer ({@link SovereigntyStatus#isRecognizedBy}),
 *     false if the observer is presumed among its unnamed recognizers
 */
public record Recognition(SovereigntyStatus status, Certainty certainty, boolean named) {
  /** Rejects nulls and {@code NOT}. */
  public Recognition {
    Objects.requireNonNull(status, "status");
    if (!Objects.requireNonNull(certainty, "certainty").isPossible()) {
      throw new InvalidValueException("Recognition", "certainty", certainty, "must not be NOT");
    }
  }

  /** Returns the sovereign recognized, or empty when the observer recognizes none. */
  public Optional<PartyId> sovereign() {
    return status.sovereign();
  }
}
