package dev.disputemodel.testing;

import dev.disputemodel.time.Precision;

/**
 * The windows of a model's date range, as epoch seconds (see {@link Times}): facts (periods,
 * conflicts, events) lie in {@code [start, factsEnd)}; claims are made from {@code factsEnd}
 * on, after everything they speak of; sources are published in {@code [publicationStart, end)},
 * after the claims they report. Immutable.
 */
final class TimeFrame {
  final long start;
  final long factsEnd;
  final long publicationStart;
  final long end;
  private final int[] precisionWeights = new int[Precision.values().length];

  TimeFrame(ModelConfig config) {
    this.start = Times.seconds(config.firstDay());
    this.end = Times.seconds(config.untilDay());
    long tail = Math.max((end - start) / 20, 1);
    this.factsEnd = end - tail;
    this.publicationStart = factsEnd + tail / 2;
    for (Precision p : Precision.values()) {
      precisionWeights[p.ordinal()] = config.precisionWeight(p);
    }
  }

  /** Draws a precision from the configured mix. */
  Precision precision(Choices c) {
    return Times.precision(c, precisionWeights);
  }
}
