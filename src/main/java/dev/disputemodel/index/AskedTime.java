package dev.disputemodel.index;

import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.UnstatedPeriod;
import java.util.Objects;
import java.util.Optional;

/**
 * The time a question is asked about, as the answer to "is something active over this period
 * active then?". The query module's {@code When} is one ("at some moment of a span");
 * {@link #on(FuzzyTime)} is another ("at the uncertain moment {@code date}", as
 * {@link FuzzyPeriod#covers(FuzzyTime)} reads it). Definitions that combine several periods
 * ({@link CeasefireStanding}) take the time as this interface, so every caller asks them the same
 * way.
 */
@FunctionalInterface
public interface AskedTime {
  /**
   * Returns how certain it is that something active over {@code period} is active at the time
   * asked; an empty period is one no source states.
   */
  Certainty certaintyOf(Optional<FuzzyPeriod> period);

  /**
   * Returns the uncertain moment {@code date}: a stated period is active then as
   * {@link FuzzyPeriod#covers(FuzzyTime)} answers (for every reading of both), an unstated one
   * {@linkplain UnstatedPeriod#UNKNOWN possibly}.
   *
   * @throws NullPointerException if {@code date} is null
   */
  static AskedTime on(FuzzyTime date) {
    Objects.requireNonNull(date, "date");
    return period -> UnstatedPeriod.UNKNOWN.covers(period, date);
  }
}
