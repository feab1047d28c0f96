package dev.disputemodel.testing;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import dev.disputemodel.time.Precision;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The knobs of the whole-model generator ({@link Generators#models(ModelConfig)}): how many
 * parties, territories, conflicts and claims, the share of contested questions, the depth of the
 * territory hierarchy, the date range and the mix of precisions. Counts are ranges; the generator
 * draws within them and shrinks toward their minimums.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}, start from {@link #defaults()}.
 */
public final class ModelConfig {
  private static final ModelConfig DEFAULTS = builder().build();

  private final int minParties;
  private final int maxParties;
  private final int minTerritories;
  private final int maxTerritories;
  private final int minConflicts;
  private final int maxConflicts;
  private final int maxEpisodes;
  private final int minClaims;
  private final int maxClaims;
  private final int maxSources;
  private final int maxEventsPerConflict;
  private final int maxCeasefiresPerConflict;
  private final int maxMediatorsPerConflict;
  private final int maxRelations;
  private final double contestedShare;
  private final int territoryDepth;
  private final LocalDate from;
  private final LocalDate to;
  private final ImmutableMap<Precision, Integer> precisionWeights;
  private final long maxFigure;

  private ModelConfig(Builder b) {
    this.minParties = b.minParties;
    this.maxParties = b.maxParties;
    this.minTerritories = b.minTerritories;
    this.maxTerritories = b.maxTerritories;
    this.minConflicts = b.minConflicts;
    this.maxConflicts = b.maxConflicts;
    this.maxEpisodes = b.maxEpisodes;
    this.minClaims = b.minClaims;
    this.maxClaims = b.maxClaims;
    this.maxSources = b.maxSources;
    this.maxEventsPerConflict = b.maxEventsPerConflict;
    this.maxCeasefiresPerConflict = b.maxCeasefiresPerConflict;
    this.maxMediatorsPerConflict = b.maxMediatorsPerConflict;
    this.maxRelations = b.maxRelations;
    this.contestedShare = b.contestedShare;
    this.territoryDepth = b.territoryDepth;
    this.from = b.from;
    this.to = b.to;
    this.precisionWeights = ImmutableMap.copyOf(b.precisionWeights);
    this.maxFigure = b.maxFigure;
  }

  /** Returns the default configuration: small models, 1950 to 2023, every precision equally. */
  public static ModelConfig defaults() {
    return DEFAULTS;
  }

  /** Returns a builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this configuration, to change some knobs. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns the least number of parties (at least 2, so that a conflict is possible). */
  public int minParties() {
    return minParties;
  }

  /** Returns the greatest number of parties. */
  public int maxParties() {
    return maxParties;
  }

  /** Returns the least number of territories (at least 1). */
  public int minTerritories() {
    return minTerritories;
  }

  /** Returns the greatest number of territories. */
  public int maxTerritories() {
    return maxTerritories;
  }

  /** Returns the least number of top-level conflicts (episodes come in addition). */
  public int minConflicts() {
    return minConflicts;
  }

  /** Returns the greatest number of top-level conflicts. */
  public int maxConflicts() {
    return maxConflicts;
  }

  /** Returns the greatest number of episodes per top-level conflict. */
  public int maxEpisodes() {
    return maxEpisodes;
  }

  /** Returns the least number of claims (the generator may make fewer only if nothing can be claimed). */
  public int minClaims() {
    return minClaims;
  }

  /** Returns the greatest number of claims. */
  public int maxClaims() {
    return maxClaims;
  }

  /** Returns the greatest number of sources (there is always at least one). */
  public int maxSources() {
    return maxSources;
  }

  /** Returns the greatest number of events per conflict or episode. */
  public int maxEventsPerConflict() {
    return maxEventsPerConflict;
  }

  /** Returns the greatest number of ceasefires per conflict or episode. */
  public int maxCeasefiresPerConflict() {
    return maxCeasefiresPerConflict;
  }

  /** Returns the greatest number of mediator roles per conflict or episode. */
  public int maxMediatorsPerConflict() {
    return maxMediatorsPerConflict;
  }

  /** Returns the greatest number of relations between parties. */
  public int maxRelations() {
    return maxRelations;
  }

  /**
   * Returns the share of questions ({@link dev.disputemodel.PropositionKey}s) on which different
   * claimants may give different answers; the rest have one answer everybody gives.
   */
  public double contestedShare() {
    return contestedShare;
  }

  /** Returns the greatest depth of the territory hierarchy (1: no territory has a parent). */
  public int territoryDepth() {
    return territoryDepth;
  }

  /** Returns the first day any generated time may fall on. */
  public LocalDate from() {
    return from;
  }

  /** Returns the day after the last day any generated time may fall on (exclusive). */
  public LocalDate to() {
    return to;
  }

  /**
   * Returns the relative weight of each precision for generated times. A time that does not fit
   * its place at the drawn precision (a decade inside a three-week war) falls back to a finer one.
   */
  public ImmutableMap<Precision, Integer> precisionWeights() {
    return precisionWeights;
  }

  /** Returns the greatest true casualty or troop figure per party and conflict. */
  public long maxFigure() {
    return maxFigure;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelConfig c && toString().equals(c.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  @Override
  public String toString() {
    return "ModelConfig{parties=" + minParties + ".." + maxParties
        + ", territories=" + minTerritories + ".." + maxTerritories
        + ", conflicts=" + minConflicts + ".." + maxConflicts + ", maxEpisodes=" + maxEpisodes
        + ", claims=" + minClaims + ".." + maxClaims + ", maxSources=" + maxSources
        + ", maxEventsPerConflict=" + maxEventsPerConflict
        + ", maxCeasefiresPerConflict=" + maxCeasefiresPerConflict
        + ", maxMediatorsPerConflict=" + maxMediatorsPerConflict
        + ", maxRelations=" + maxRelations + ", contestedShare=" + contestedShare
        + ", territoryDepth=" + territoryDepth + ", dates=" + from + ".." + to
        + ", precisionWeights=" + precisionWeights + ", maxFigure=" + maxFigure + "}";
  }

  /**
   * Builds a {@link ModelConfig}; starts from the defaults. Not thread-safe.
   * {@link #build()} checks that every range is well formed.
   */
  public static final class Builder {
    private int minParties = 2;
    private int maxParties = 10;
    private int minTerritories = 1;
    private int maxTerritories = 6;
    private int minConflicts = 0;
    private int maxConflicts = 3;
    private int maxEpisodes = 3;
    private int minClaims = 0;
    private int maxClaims = 20;
    private int maxSources = 4;
    private int maxEventsPerConflict = 4;
    private int maxCeasefiresPerConflict = 2;
    private int maxMediatorsPerConflict = 2;
    private int maxRelations = 6;
    private double contestedShare = 0.3;
    private int territoryDepth = 3;
    private LocalDate from = LocalDate.of(1950, 1, 1);
    private LocalDate to = LocalDate.of(2024, 1, 1);
    private final Map<Precision, Integer> precisionWeights = new EnumMap<>(Precision.class);
    private long maxFigure = 5000;

    private Builder() {
      for (Precision p : Precision.values()) {
        precisionWeights.put(p, 1);
      }
    }

    private Builder(ModelConfig c) {
      minParties = c.minParties;
      maxParties = c.maxParties;
      minTerritories = c.minTerritories;
      maxTerritories = c.maxTerritories;
      minConflicts = c.minConflicts;
      maxConflicts = c.maxConflicts;
      maxEpisodes = c.maxEpisodes;
      minClaims = c.minClaims;
      maxClaims = c.maxClaims;
      maxSources = c.maxSources;
      maxEventsPerConflict = c.maxEventsPerConflict;
      maxCeasefiresPerConflict = c.maxCeasefiresPerConflict;
      maxMediatorsPerConflict = c.maxMediatorsPerConflict;
      maxRelations = c.maxRelations;
      contestedShare = c.contestedShare;
      territoryDepth = c.territoryDepth;
      from = c.from;
      to = c.to;
      precisionWeights.putAll(c.precisionWeights);
      maxFigure = c.maxFigure;
    }

    /** Sets the range of the number of parties (default 2 to 10). */
    public Builder parties(int min, int max) {
      minParties = min;
      maxParties = max;
      return this;
    }

    /** Sets the range of the number of territories (default 1 to 6). */
    public Builder territories(int min, int max) {
      minTerritories = min;
      maxTerritories = max;
      return this;
    }

    /** Sets the range of the number of top-level conflicts (default 0 to 3). */
    public Builder conflicts(int min, int max) {
      minConflicts = min;
      maxConflicts = max;
      return this;
    }

    /** Sets the greatest number of episodes per top-level conflict (default 3). */
    public Builder maxEpisodes(int max) {
      maxEpisodes = max;
      return this;
    }

    /** Sets the range of the number of claims (default 0 to 20). */
    public Builder claims(int min, int max) {
      minClaims = min;
      maxClaims = max;
      return this;
    }

    /** Sets the greatest number of sources (default 4). */
    public Builder maxSources(int max) {
      maxSources = max;
      return this;
    }

    /** Sets the greatest number of events per conflict or episode (default 4). */
    public Builder maxEventsPerConflict(int max) {
      maxEventsPerConflict = max;
      return this;
    }

    /** Sets the greatest number of ceasefires per conflict or episode (default 2). */
    public Builder maxCeasefiresPerConflict(int max) {
      maxCeasefiresPerConflict = max;
      return this;
    }

    /** Sets the greatest number of mediator roles per conflict or episode (default 2). */
    public Builder maxMediatorsPerConflict(int max) {
      maxMediatorsPerConflict = max;
      return this;
    }

    /** Sets the greatest number of relations between parties (default 6). */
    public Builder maxRelations(int max) {
      maxRelations = max;
      return this;
    }

    /** Sets the share of contested questions, from 0 to 1 (default 0.3). */
    public Builder contestedShare(double share) {
      contestedShare = share;
      return this;
    }

    /** Sets the greatest depth of the territory hierarchy (default 3; 1 means flat). */
    public Builder territoryDepth(int depth) {
      territoryDepth = depth;
      return this;
    }

    /** Sets the date range {@code [from, to)} (default 1950-01-01 to 2024-01-01). */
    public Builder dates(LocalDate from, LocalDate to) {
      this.from = Objects.requireNonNull(from, "from");
      this.to = Objects.requireNonNull(to, "to");
      return this;
    }

    /** Sets the weight of one precision in the mix (default 1 each; 0 excludes it). */
    public Builder precisionWeight(Precision precision, int weight) {
      precisionWeights.put(Objects.requireNonNull(precision, "precision"), weight);
      return this;
    }

    /** Sets the greatest true figure per party and conflict (default 5,000). */
    public Builder maxFigure(long max) {
      maxFigure = max;
      return this;
    }

    /**
     * Returns the configuration.
     *
     * @throws IllegalArgumentException naming the knob, if a range is empty or negative, fewer
     *     than 2 parties or 1 territory are allowed, the share is outside [0, 1], the depth is
     *     below 1, the date range is shorter than a day, or every precision weight is 0
     */
    public ModelConfig build() {
      range("parties", minParties, maxParties);
      Preconditions.checkArgument(minParties >= 2, "parties: at least 2 needed: %s", minParties);
      range("territories", minTerritories, maxTerritories);
      Preconditions.checkArgument(
          minTerritories >= 1, "territories: at least 1 needed: %s", minTerritories);
      range("conflicts", minConflicts, maxConflicts);
      range("claims", minClaims, maxClaims);
      for (int v : new int[] {maxEpisodes, maxEventsPerConflict, maxCeasefiresPerConflict,
          maxMediatorsPerConflict, maxRelations}) {
        Preconditions.checkArgument(v >= 0, "maximum counts must not be negative: %s", v);
      }
      Preconditions.checkArgument(maxSources >= 1, "maxSources: at least 1: %s", maxSources);
      Preconditions.checkArgument(
          contestedShare >= 0 && contestedShare <= 1, "contestedShare not in [0, 1]: %s",
          contestedShare);
      Preconditions.checkArgument(territoryDepth >= 1, "territoryDepth below 1: %s", territoryDepth);
      Preconditions.checkArgument(from.isBefore(to), "dates: from %s must be before to %s", from, to);
      Preconditions.checkArgument(
          precisionWeights.values().stream().allMatch(w -> w >= 0)
              && precisionWeights.values().stream().mapToInt(Integer::intValue).sum() > 0,
          "precisionWeights: none negative, some positive: %s", precisionWeights);
      Preconditions.checkArgument(maxFigure >= 0, "maxFigure negative: %s", maxFigure);
      return new ModelConfig(this);
    }

    private static void range(String knob, int min, int max) {
      Preconditions.checkArgument(
          0 <= min && min <= max, "%s: need 0 <= min <= max, got %s..%s", knob, min, max);
    }
  }
}
