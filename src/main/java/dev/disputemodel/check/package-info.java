/**
 * The consistency checker: {@link dev.disputemodel.check.Rule rules} that look across a whole
 * {@link dev.disputemodel.DisputeModel} and report {@link dev.disputemodel.check.Finding findings},
 * gathered in a {@link dev.disputemodel.check.Report}, run by an immutable
 * {@link dev.disputemodel.check.Checker}.
 *
 * <p>Construction invariants (an estimate whose low exceeds its high, a ceasefire that definitely
 * ended before it took effect, a dangling id) are thrown when a value or model is built; the
 * checker reports what only shows across entities or under uncertain dates: contradictions,
 * possible disorder, partiality, and disagreements in the world. Severity says which:
 * {@link dev.disputemodel.check.Severity#ERROR} the model contradicts itself,
 * {@link dev.disputemodel.check.Severity#WARNING} likely a data problem or a partiality,
 * {@link dev.disputemodel.check.Severity#INFO} a documented disagreement in the world. Every rule
 * is described in {@code docs/rules.md}.
 *
 * <p>Rules read the model through {@link dev.disputemodel.index.ModelIndex}, the index the query
 * module shares, and read uncertain time as the checker does:
 * {@link dev.disputemodel.time.EqualBounds#SAME_MOMENT} (two times with the same bounds are the
 * same stated moment) and {@link dev.disputemodel.time.UnstatedPeriod#HOLDS_THROUGHOUT} (a period
 * no source states holds at every time).
 *
 * <p>Every public type here is immutable and thread-safe, except builders. No method accepts or
 * returns {@code null}: null arguments throw {@link java.lang.NullPointerException}; absent values
 * are {@link java.util.Optional#empty()}. Invalid arguments throw
 * {@link dev.disputemodel.InvalidValueException} naming the field and the value.
 */
@NullMarked
@CheckReturnValue
package dev.disputemodel.check;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
