/**
 * The one index of a {@link dev.disputemodel.DisputeModel} that the query module
 * ({@code dev.disputemodel.query}) and the consistency checker ({@code dev.disputemodel.check})
 * share, so that neither depends on the other: {@link dev.disputemodel.index.ModelIndex} (who
 * speaks for whom, the sides an episode inherits, relations by party, events by conflict, backers
 * by account, claims by question and by type), the questions several claims answer as
 * {@link dev.disputemodel.index.Question}s with their {@link dev.disputemodel.index.Answer}s and
 * {@link dev.disputemodel.index.Version}s. How parallel an index build is, is the
 * {@link dev.disputemodel.Parallelism} it is given.
 *
 * <p>Arrows point down: this package uses the domain ({@code dev.disputemodel}) and uncertain time
 * ({@code dev.disputemodel.time}) only.
 *
 * <p>Every type here is immutable and thread-safe. No method accepts or returns {@code null}: null
 * arguments throw {@link java.lang.NullPointerException}; absent values are
 * {@link java.util.Optional#empty()}. Invalid arguments throw
 * {@link dev.disputemodel.InvalidValueException} naming the field and the value.
 */
@NullMarked
@CheckReturnValue
package dev.disputemodel.index;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
