package dev.disputemodel.testing;

import dev.disputemodel.time.Precision;

/**
 * The windows of a model's date range, as epoch seconds (see {@link Times}): facts (periods,
 * conflicts, events) lie in {@code [start, factsEnd)}; sources are published in
 * {@code [publicationStart, end)}, and claims are made from {@code claimsStart} on, before their
 * source is published (before {@code claimsEnd} if it is not). By default claims and publications
 * share the last twentieth of the range, after every fact; without
 * {@link ModelConfig#claimsAfterFacts()} they spread over the whole range. Immutable.
 */
final class TimeFrame {
  final long start;
  final long factsEnd;
  final long publicationStart;
  final long claimsStart;
  final long claimsEnd;
  final long end;
  private final int[] precisionWeights = new int[Precision.values().length];

  TimeFrame(ModelConfig config) {
    this.start = Times.seconds(config.firstDay());
    this.end = Times.seconds(config.untilDay());
    long tail = Math.max((end - start) / 20, 1);
    this.factsEnd = end - tail;
    boolean late = config.claimsAfterFacts();
    this.publicationStart = late ? factsEnd + tail / 2 : start;
    this.claimsStart = late ? factsEnd : start;
    this.claimsEnd = late ? publicationStart : end;
    for (Precision p : Precision.values()) {
      precisionWeights[p.ordinal()] = config.precisionWeight(p);
    }
  }

  /** Draws a precision from the configured mix. */
  Precision precision(Choices c) {
    return Times.precision(c, precisionWeights);
  }
}
