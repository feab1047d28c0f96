/**
 * The JSON interchange format for a whole {@link dev.disputemodel.DisputeModel}: {@link
 * dev.disputemodel.json.JsonFormat} writes and reads it, and a read that fails throws one {@link
 * dev.disputemodel.json.JsonFormatException} listing every {@link
 * dev.disputemodel.json.JsonProblem problem} with its JSON path. It also writes a consistency
 * {@link dev.disputemodel.check.Report} as JSON. The format is documented in
 * {@code docs/json-format.md} and {@code docs/dispute-model.schema.json}.
 *
 * <p>This package needs Jackson ({@code com.fasterxml.jackson.core:jackson-databind}, 2.23 or a
 * compatible 2.x) on the class path, or on the module path with {@code requires
 * com.fasterxml.jackson.databind;}; the library declares it optional, so a user who reads or writes
 * JSON adds it. Without it, {@link dev.disputemodel.json.JsonFormat#standard()} throws a {@link
 * dev.disputemodel.MissingDependencyException} that names it. No other package of the library
 * touches Jackson. Reading streams tokens through explicit codecs, one per type (each declares its
 * fields once, for reading and writing): no tree, no data binding, no polymorphic typing, and no
 * class name is ever taken from the input.
 *
 * <p>Every public type here is immutable and thread-safe. No method accepts or returns {@code
 * null}: null arguments throw {@link java.lang.NullPointerException}.
 */
@NullMarked
@CheckReturnValue
package dev.disputemodel.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
