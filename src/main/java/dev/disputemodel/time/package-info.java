/**
 * Uncertain time as sources state it: {@link dev.disputemodel.time.FuzzyTime} (a moment known
 * within bounds, with the {@link dev.disputemodel.time.Precision} the source used),
 * {@link dev.disputemodel.time.FuzzyPeriod} (a span with uncertain or open ends), and the
 * three-valued {@link dev.disputemodel.time.Certainty} every comparison answers with.
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
