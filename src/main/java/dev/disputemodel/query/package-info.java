/**
 * Typed, indexed questions over an immutable {@link dev.disputemodel.DisputeModel}: who is
 * involved in a conflict and in which role, who stands with whom, what lies within a territory and
 * who holds it, what was active at a time, what each claimant says and who backs it, which
 * questions are contested, what was known on a date, which ceasefires were in effect and who
 * disputes that they hold, and what the casualty figures add up to without counting the dead
 * twice.
 *
 * <p>Start from {@link dev.disputemodel.query.ModelQueries#over(dev.disputemodel.DisputeModel)}.
 * Its indexes are built once per model, each on first use, and shared by every query; a query
 * object ({@link dev.disputemodel.query.ClaimQuery}, {@link dev.disputemodel.query.InvolvementQuery},
 * {@link dev.disputemodel.query.AllyQuery}) is an immutable description of a question, refined by
 * methods that return a new object, and answered by a terminal method such as {@code list()}.
 *
 * <p>Uncertain dates are never collapsed: every question about time takes a
 * {@link dev.disputemodel.query.When}, which says both the time asked about and whether an answer
 * must hold {@link dev.disputemodel.time.Certainty#DEFINITELY definitely} or may hold
 * {@link dev.disputemodel.time.Certainty#POSSIBLY possibly}. A period no source states is only
 * possibly active at any time ({@link dev.disputemodel.time.UnstatedPeriod#UNKNOWN}).
 *
 * <p>Every type here is immutable and thread-safe. Results are Guava immutable collections in the
 * order each method documents (model order unless said otherwise). No method accepts or returns
 * {@code null}: null arguments throw {@link java.lang.NullPointerException}; an id that names no
 * entity of the model throws {@link dev.disputemodel.InvalidValueException} naming the argument
 * and the id. See {@code docs/queries.md} for the full guide and the cost of each query.
 */
@NullMarked
@CheckReturnValue
package dev.disputemodel.query;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
