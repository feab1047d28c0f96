/**
 * What the importers of real datasets share: the {@link dev.disputemodel.imports.ImportReport}
 * that accounts for every row of a file read (imported, or rejected with a
 * {@link dev.disputemodel.imports.Rejection reason}). The UCDP importer ({@code
 * dev.disputemodel.ucdp}) and the Correlates of War importer ({@code dev.disputemodel.cow}) both
 * report this way.
 *
 * <p>Every public type here is immutable and thread-safe, except the report's builder. No method
 * accepts or returns {@code null}: null arguments throw {@link java.lang.NullPointerException}.
 */
@NullMarked
@CheckReturnValue
package dev.disputemodel.imports;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
