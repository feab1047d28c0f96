package dev.disputemodel;

import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A later accord's statement that it renews, recommits to or succeeds an earlier one, held by the
 * later accord ({@link Accord#links()}): the renewal of a truce is a ceasefire holding
 * {@code ChainLink.renews(truce)}. Links chain ceasefires and agreements in order; a query walks
 * a chain from any member.
 *
 * <p>A link takes effect at its own {@link #date()} when stated (a renewal decided on the day the
 * earlier truce expired), else when the later accord {@linkplain Accord#takesEffect() takes
 * effect}. For a renewal or a succession, that is when the earlier accord ends, unless the earlier
 * one states its own end.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind how the later accord continues the earlier one; not null
 * @param earlier the accord continued; not null
 * @param date when the link took effect, if not when the later accord took effect; not null
 */
public record ChainLink(ChainLinkKind kind, AccordId earlier, Optional<FuzzyTime> date) {
  /** Rejects nulls. */
  public ChainLink {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(date, "date");
  }

  /** Returns a link that renews {@code earlier}, taking effect with the later accord. */
  public static ChainLink renews(AccordId earlier) {
    return new ChainLink(ChainLinkKind.RENEWS, earlier, Optional.empty());
  }

  /** Returns a link that recommits to {@code earlier}, taking effect with the later accord. */
  public static ChainLink recommitsTo(AccordId earlier) {
    return new ChainLink(ChainLinkKind.RECOMMITS_TO, earlier, Optional.empty());
  }

  /** Returns a link that succeeds {@code earlier}, taking effect with the later accord. */
  public static ChainLink succeeds(AccordId earlier) {
    return new ChainLink(ChainLinkKind.SUCCEEDS, earlier, Optional.empty());
  }

  /** Returns a copy that takes effect at {@code date} rather than with the later accord. */
  public ChainLink withDate(FuzzyTime date) {
    return new ChainLink(kind, earlier, Optional.of(Objects.requireNonNull(date, "date")));
  }

  /**
   * Returns when this link takes effect, given that {@code later} holds it: {@link #date()} if
   * present, else when {@code later} {@linkplain Accord#takesEffect() takes effect}; empty when
   * neither is known.
   *
   * @throws NullPointerException if {@code later} is null
   */
  public Optional<FuzzyTime> effectiveIn(Accord later) {
    return date.or(Objects.requireNonNull(later, "later")::takesEffect);
  }

  /** Returns the reference to the earlier accord, under the attribute {@code earlier}. */
  public List<Reference> references() {
    return List.of(new Reference("earlier", earlier));
  }
}
