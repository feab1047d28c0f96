/**
 * Uncertain time as sources state it: {@link dev.disputemodel.time.FuzzyTime} (a moment known
 * within bounds, with the {@link dev.disputemodel.time.Precision} the source used),
 * {@link dev.disputemodel.time.FuzzyPeriod} (a span with uncertain or open ends), and the
 * three-valued {@link dev.disputemodel.time.Certainty} every comparison answers with.
 *
 * <p>Where sources leave time open, a reader chooses a reading, named here so that each choice is
 * stated once: {@link dev.disputemodel.time.UnstatedPeriod} for a period no source states (it
 * holds throughout, for the consistency checker; or it may hold, for queries) and
 * {@link dev.disputemodel.time.EqualBounds} for two times stated with the same bounds (the same
 * moment, for the checker; or possibly two).
 *
 * <p>Every type here is immutable and thread-safe. No method accepts or returns {@code null}:
 * null arguments throw {@link java.lang.NullPointerException}, absent values are
 * {@link java.util.Optional#empty()}.
 */
@NullMarked
@CheckReturnValue
package dev.disputemodel.time;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
