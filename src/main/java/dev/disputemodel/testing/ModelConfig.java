package dev.disputemodel.testing;

import dev.disputemodel.InvalidValueException;
import dev.disputemodel.time.Precision;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The knobs of the whole-model generator ({@link Generators#models(ModelConfig)}): how many
 * parties, territories, conflicts and claims ({@link IntRange ranges} the generator draws within,
 * shrinking toward their minimums), the share of contested questions, the depth of the territory
 * hierarchy, the date range and the mix of precisions.
 *
 * <p>Immutable and thread-safe. Start from {@link #defaults()} and change knobs with
 * {@code with*} ({@code ModelConfig.defaults().withClaims(IntRange.of(5, 40))}), or build one
 * with {@link #builder()}; unset knobs keep their defaults. A knob outside its allowed values
 * throws {@link InvalidValueException} naming the knob and the value
 * ({@code ModelConfig.parties = 1..4: must allow at least 2 ...}), and nothing is built.
 */
@Value.Immutable
public abstract class ModelConfig implements WithModelConfig {
  /** The greatest {@link #maxFigure()}: figures drawn from it stay far from overflowing. */
  public static final long FIGURE_LIMIT = 1_000_000_000_000_000L;

  private static final ModelConfig DEFAULTS = builder().build();

  ModelConfig() {}

  /** Returns the default configuration: small models, 1950 to 2023, every precision equally. */
  public static ModelConfig defaults() {
    return DEFAULTS;
  }

  /** Returns a builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ModelConfig}; every knob starts at its default, and {@code from(config)}
   * starts from another configuration. Besides a setter per knob it offers the shorthands
   * {@code parties(min, max)}, {@code territories(min, max)}, {@code conflicts(min, max)},
   * {@code claims(min, max)}, {@code dates(firstDay, untilDay)} and {@code precisionWeight(p, w)}. Not
   * thread-safe.
   */
  public static final class Builder extends ImmutableModelConfig.Builder {
    /**
     * Sets the range of the number of parties.
     *
     * @throws InvalidValueException naming {@code parties} if {@code max < min}
     */
    public Builder parties(int min, int max) {
      return parties(range("parties", min, max));
    }

    /**
     * Sets the range of the number of territories.
     *
     * @throws InvalidValueException naming {@code territories} if {@code max < min}
     */
    public Builder territories(int min, int max) {
      return territories(range("territories", min, max));
    }

    /**
     * Sets the range of the number of top-level conflicts.
     *
     * @throws InvalidValueException naming {@code conflicts} if {@code max < min}
     */
    public Builder conflicts(int min, int max) {
      return conflicts(range("conflicts", min, max));
    }

    /**
     * Sets the range of the number of claims.
     *
     * @throws InvalidValueException naming {@code claims} if {@code max < min}
     */
    public Builder claims(int min, int max) {
      return claims(range("claims", min, max));
    }

    /** Sets the date range {@code [firstDay, untilDay)}: both ends at once. */
    public Builder dates(LocalDate firstDay, LocalDate untilDay) {
      return firstDay(firstDay).untilDay(untilDay);
    }

    /** Sets the weight of one precision in the mix (0 excludes it): a {@code putPrecisionWeight}. */
    public Builder precisionWeight(Precision precision, int weight) {
      return putPrecisionWeight(precision, weight);
    }

    private static IntRange range(String knob, int min, int max) {
      if (max < min) {
        throw new InvalidValueException(
            "ModelConfig", knob, new Ends(min, max), "max must not be below min");
      }
      return IntRange.of(min, max);
    }

    /** The ends of a range that is not one, shown as {@code min..max} in an error. */
    private record Ends(int min, int max) {
      @Override
      public String toString() {
        return min + ".." + max;
      }
    }
  }

  /** Returns the range of the number of parties (default 2..10; at least 2, for a conflict). */
  @Value.Default
  public IntRange parties() {
    return IntRange.of(2, 10);
  }

  /** Returns the range of the number of territories (default 1..6; at least 1). */
  @Value.Default
  public IntRange territories() {
    return IntRange.of(1, 6);
  }

  /** Returns the range of the number of top-level conflicts (default 0..3; episodes come on top). */
  @Value.Default
  public IntRange conflicts() {
    return IntRange.of(0, 3);
  }

  /** Returns the greatest number of episodes per top-level conflict (default 3). */
  @Value.Default
  public int maxEpisodes() {
    return 3;
  }

  /**
   * Returns the range of the number of claims (default 0..20). The generator makes fewer only
   * where nothing can be claimed consistently.
   */
  @Value.Default
  public IntRange claims() {
    return IntRange.of(0, 20);
  }

  /** Returns the greatest number of sources (default 4; there is always at least one). */
  @Value.Default
  public int maxSources() {
    return 4;
  }

  /** Returns the greatest number of events per conflict or episode (default 4). */
  @Value.Default
  public int maxEventsPerConflict() {
    return 4;
  }

  /** Returns the greatest number of ceasefires per conflict or episode (default 2). */
  @Value.Default
  public int maxCeasefiresPerConflict() {
    return 2;
  }

  /** Returns the greatest number of mediator roles per conflict or episode (default 2). */
  @Value.Default
  public int maxMediatorsPerConflict() {
    return 2;
  }

  /** Returns the greatest number of relations between parties (default 6). */
  @Value.Default
  public int maxRelations() {
    return 6;
  }

  /**
   * Returns the share of questions ({@link dev.disputemodel.PropositionKey}s) on which different
   * claimants may give different answers, from 0 to 1 (default 0.3); the rest have one answer
   * everybody gives.
   */
  @Value.Default
  public double contestedShare() {
    return 0.3;
  }

  /** Returns the greatest depth of the territory hierarchy (default 3; 1: no parents). */
  @Value.Default
  public int territoryDepth() {
    return 3;
  }

  /** Returns the first day any generated time may fall on (default 1950-01-01). */
  @Value.Default
  public LocalDate firstDay() {
    return LocalDate.of(1950, 1, 1);
  }

  /**
   * Returns the day every generated time lies before, excluded (default 2024-01-01): the day
   * after the last day a time may fall on.
   */
  @Value.Default
  public LocalDate untilDay() {
    return LocalDate.of(2024, 1, 1);
  }

  /**
   * Returns a copy with the date range {@code [firstDay, untilDay)}: both ends at once.
   *
   * @throws InvalidValueException naming {@code untilDay} if it is not after {@code firstDay}
   */
  public final ModelConfig withDates(LocalDate firstDay, LocalDate untilDay) {
    return builder().from(this).dates(firstDay, untilDay).build();
  }

  /**
   * Returns the precisions given a weight of their own; every other precision has weight 1 (see
   * {@link #precisionWeight(Precision)}).
   */
  public abstract Map<Precision, Integer> precisionWeights();

  /**
   * Returns the relative weight of {@code precision} for generated times: its entry in
   * {@link #precisionWeights()}, else 1. A time that does not fit its place at the drawn
   * precision (a decade inside a three-week war) falls back to a finer one.
   */
  public final int precisionWeight(Precision precision) {
    return precisionWeights().getOrDefault(precision, 1);
  }

  /**
   * Returns the greatest true casualty or troop figure per party and conflict (default 5,000; at
   * most {@link #FIGURE_LIMIT}).
   */
  @Value.Default
  public long maxFigure() {
    return 5000;
  }

  /**
   * Returns how deep episodes nest (default 1: episodes of top-level conflicts only; 2: episodes
   * of episodes too). Each level has up to {@link #maxEpisodes()} per conflict.
   */
  @Value.Default
  public int episodeDepth() {
    return 1;
  }

  /**
   * Returns the share of episodes recorded without sides of their own, from 0 to 1 (default 0):
   * their conflict's sides stand for them, as in data that records sides once per conflict.
   */
  @Value.Default
  public double sidelessEpisodeShare() {
    return 0;
  }

  /**
   * Returns whether claims are made only after every fact they could speak of, in the last
   * twentieth of the date range where sources are published too (default true). If false, claims
   * and publications spread over the whole range, so a claim may precede what it speaks of; the
   * model stays free of ERROR and WARNING findings.
   */
  @Value.Default
  public boolean claimsAfterFacts() {
    return true;
  }

  /**
   * Returns the share of the periods of territory statuses, relations and mediator roles drawn
   * rough, from 0 to 1 (default 0): "in 2020" ({@link dev.disputemodel.time.FuzzyPeriod#at}) or
   * "from 2020 to 3 March 2020", whose start and end may be in either order. Such a period is
   * only possibly well ordered, so the checker may report it ({@code time-order}, a WARNING).
   */
  @Value.Default
  public double roughPeriodShare() {
    return 0;
  }

  /**
   * Returns the range of the number of faults ({@link FaultInjector}, kinds drawn) put into each
   * model after it is planned (default {@code 0..0}: consistent models). With faults, models are
   * still built by {@link dev.disputemodel.DisputeModel#builder()}, but the checker reports them:
   * models for code that must handle any model the builders accept.
   */
  @Value.Default
  public IntRange faults() {
    return IntRange.exactly(0);
  }

  @Value.Check
  void check() {
    atLeast("parties", parties(), 2);
    atLeast("territories", territories(), 1);
    atLeast("conflicts", conflicts(), 0);
    atLeast("claims", claims(), 0);
    atLeast("maxEpisodes", maxEpisodes(), 0);
    atLeast("maxSources", maxSources(), 1);
    atLeast("maxEventsPerConflict", maxEventsPerConflict(), 0);
    atLeast("maxCeasefiresPerConflict", maxCeasefiresPerConflict(), 0);
    atLeast("maxMediatorsPerConflict", maxMediatorsPerConflict(), 0);
    atLeast("maxRelations", maxRelations(), 0);
    share("contestedShare", contestedShare());
    atLeast("territoryDepth", territoryDepth(), 1);
    atLeast("episodeDepth", episodeDepth(), 1);
    share("sidelessEpisodeShare", sidelessEpisodeShare());
    share("roughPeriodShare", roughPeriodShare());
    atLeast("faults", faults(), 0);
    if (!firstDay().isBefore(untilDay())) {
      throw new InvalidValueException(
          "ModelConfig", "untilDay", untilDay(), "must be after firstDay " + firstDay());
    }
    int total = 0;
    for (Precision p : Precision.values()) {
      atLeast("precisionWeights[" + p + "]", precisionWeight(p), 0);
      total += precisionWeight(p);
    }
    if (total == 0) {
      throw new InvalidValueException(
          "ModelConfig", "precisionWeights", precisionWeights(), "some precision needs a weight");
    }
    if (maxFigure() < 0 || maxFigure() > FIGURE_LIMIT) {
      throw new InvalidValueException(
          "ModelConfig", "maxFigure", maxFigure(), "must be in 0.." + FIGURE_LIMIT);
    }
  }

  private static void atLeast(String knob, IntRange value, int least) {
    if (value.min() < least) {
      throw new InvalidValueException("ModelConfig", knob, value, "must not go below " + least);
    }
  }

  private static void atLeast(String knob, int value, int least) {
    if (value < least) {
      throw new InvalidValueException("ModelConfig", knob, value, "must be at least " + least);
    }
  }

  private static void share(String knob, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new InvalidValueException("ModelConfig", knob, value, "must be a share in [0, 1]");
    }
  }
}
