/**
 * Importers for the real data of the Uppsala Conflict Data Program (UCDP): the UCDP/PRIO Armed
 * Conflict Dataset (version 23.1) and the UCDP Peace Agreement Dataset (version 22.1), read from
 * their CSV releases into a {@link dev.disputemodel.DisputeModel} with an
 * {@link dev.disputemodel.imports.ImportReport} that accounts for every row. UCDP publishes its data
 * under Creative Commons Attribution 4.0; every imported fact names the release as its source,
 * with the citation UCDP asks for. The mapping is documented in {@code docs/ucdp.md}.
 *
 * <p>Every public type here is immutable and thread-safe. No method accepts or returns {@code
 * null}: null arguments throw {@link java.lang.NullPointerException}.
 */
@NullMarked
@CheckReturnValue
package dev.disputemodel.ucdp;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
