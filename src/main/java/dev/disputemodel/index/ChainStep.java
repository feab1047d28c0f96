package dev.disputemodel.index;

import dev.disputemodel.Accord;
import dev.disputemodel.ChainLink;
import java.util.Objects;

/**
 * One link of a chain of accords, with both ends resolved: {@code later} renews, recommits to or
 * succeeds {@code earlier} as {@code link} says.
 *
 * @param earlier the accord linked to; not null
 * @param later the accord that holds the link; not null
 * @param link the link, one of {@code later.links()}, naming {@code earlier}; not null
 */
public record ChainStep(Accord earlier, Accord later, ChainLink link) {
  /** Rejects nulls. */
  public ChainStep {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(later, "later");
    Objects.requireNonNull(link, "link");
  }
}
