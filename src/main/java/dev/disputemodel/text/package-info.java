/**
 * Text for people: {@link dev.disputemodel.text.ModelAccount}, a readable account of a model and
 * of query results and checker findings, with names beside kind-qualified ids. Built over
 * {@code query}, {@code check} and {@code index}; nothing below uses it. Null is rejected
 * everywhere.
 */
@NullMarked
@CheckReturnValue
package dev.disputemodel.text;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
