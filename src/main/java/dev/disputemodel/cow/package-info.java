/**
 * Importers for the real data of the Correlates of War (COW) project: the State System
 * Membership List (v2016) as parties with their existence, and the Territorial Change data
 * (1816–2018, version 5/6 rows) as territories, {@link dev.disputemodel.TerritorialChange
 * territorial changes} and sovereignty statuses, each file with an
 * {@link dev.disputemodel.imports.ImportReport} that accounts for every row; and the
 * {@linkplain dev.disputemodel.cow.PartyMatching matching} of COW states with the parties of
 * another import (UCDP's, by Gleditsch–Ward number and name). Every fact names the release it
 * comes from as its source, with the citation COW asks for. The mapping is documented in
 * {@code docs/cow.md}.
 *
 * <p>Every public type here is immutable and thread-safe. No method accepts or returns {@code
 * null}: null arguments throw {@link java.lang.NullPointerException}.
 */
@NullMarked
@CheckReturnValue
package dev.disputemodel.cow;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
