package dev.disputemodel.render;

import dev.disputemodel.InvalidValueException;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a picture is drawn: its width, the limits beyond which it aggregates or pages, an optional
 * date range, and an optional "as known on" date (only what was known then is drawn).
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.builder()
 *     .asKnownOn(FuzzyTime.onDay(LocalDate.of(2022, 9, 14)))
 *     .knownCertainty(Certainty.POSSIBLY)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}, copy with {@code with*}, start from
 * {@link #defaults()}. Invariants (else {@link InvalidValueException} naming the field and the
 * value): width from 480 to 4000 pixels; at least 8 rows, 4 nodes and page 1; the known
 * certainty is DEFINITELY or POSSIBLY; the start date is not after the end date.
 */
@Value.Immutable
public abstract class RenderOptions implements WithRenderOptions {
  RenderOptions() {}

  /** Returns a new builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RenderOptions}. */
  public static final class Builder extends ImmutableRenderOptions.Builder {}

  /** Returns the defaults: 1200 pixels wide, 60 rows, 40 nodes, page 1, everything known. */
  public static RenderOptions defaults() {
    return builder().build();
  }

  /** Returns the width of an SVG picture in pixels; 1200 by default. */
  @Value.Default
  public int width() {
    return 1200;
  }

  /**
   * Returns the most rows a timeline or territory picture draws; 60 by default. Beyond it a
   * timeline aggregates (events by kind, claims by claimant, drawn as density strips) and a
   * territory picture pages; both say so in the picture.
   */
  @Value.Default
  public int maxRows() {
    return 60;
  }

  /**
   * Returns the most parties an alignment picture draws; 40 by default. Beyond it the parties with
   * the fewest links in each group are counted in one "more parties" node, and the picture says so.
   */
  @Value.Default
  public int maxNodes() {
    return 40;
  }

  /** Returns the page of a paged territory picture to draw, from 1; 1 by default. */
  @Value.Default
  public int page() {
    return 1;
  }

  /**
   * Returns the date as known on which to draw, if any: only claims made and reported by its end,
   * and facts from sources published by then, with periods that had not yet ended then drawn as
   * ongoing. Empty (the default): everything the model holds.
   */
  public abstract Optional<FuzzyTime> asKnownOn();

  /**
   * Returns how sure it must be that something was known on {@link #asKnownOn()} for it to be
   * drawn: DEFINITELY (the default) or POSSIBLY (a claim reported in a source whose publication
   * is known only to the month is possibly known on each day of that month).
   */
  @Value.Default
  public Certainty knownCertainty() {
    return Certainty.DEFINITELY;
  }

  /** Returns the first day shown on a time axis, if the range is limited. */
  public abstract Optional<LocalDate> startDate();

  /** Returns the last day shown on a time axis (included), if the range is limited. */
  public abstract Optional<LocalDate> endDate();

  @Value.Check
  void check() {
    at(width() >= 480 && width() <= 4000, "width", width(), "must be from 480 to 4000 pixels");
    at(maxRows() >= 8, "maxRows", maxRows(), "must be at least 8");
    at(maxNodes() >= 4, "maxNodes", maxNodes(), "must be at least 4");
    at(page() >= 1, "page", page(), "must be at least 1");
    at(knownCertainty() != Certainty.NOT, "knownCertainty", knownCertainty(),
        "ask for DEFINITELY or POSSIBLY");
    if (startDate().isPresent() && endDate().isPresent()) {
      at(!endDate().get().isBefore(startDate().get()), "endDate", endDate().get(),
          "must not be before startDate (" + startDate().get() + ")");
    }
  }

  private static void at(boolean ok, String field, Object value, String reason) {
    if (!ok) {
      throw new InvalidValueException("RenderOptions", field, value, reason);
    }
  }
}
