package dev.disputemodel.cow;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.SourceId;
import dev.disputemodel.imports.ImportReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports the Correlates of War (COW) State System Membership List (v2016, {@code
 * states2016.csv}) and Territorial Change data ({@code tc2018.csv}, with entity names from {@code
 * tc-entities.csv}). The mapping (docs/cow.md):
 *
 * <ul>
 *   <li>Each state code becomes a {@link dev.disputemodel.PartyKind#STATE} party {@code cow-N}
 *       with its code and abbreviation as external ids; its spells of membership give its
 *       proclamation (the first start), dissolution (the last end) and interruptions (between
 *       spells). A start on 1816-01-01 (the list's first day) and an end on 2016-12-31 (the day
 *       v2016 extends every living state to) are not stated.
 *   <li>Each entity exchanged becomes a territory {@code cow-entity-N}; a partial transfer
 *       ({@code portion} 0) a territory of its own, {@code cow-tc-N-part}, within it; an entity
 *       coded missing a territory {@code cow-tc-N-unnamed}.
 *   <li>Each row becomes a {@link dev.disputemodel.TerritorialChange} {@code cow-tc-N} with its
 *       procedure, portion, area and population (estimates where given), military conflict and
 *       independence flags; a month coded missing leaves the year. Gainers and losers that are not
 *       states of the list become parties of their own (the League of Nations and the United
 *       Nations, codes 0 and 1, by the manual's Appendix A; others by the entities list); loser
 *       -9 is no political entity.
 *   <li>Each change ends the sovereignty status of the territory's previous holder and starts the
 *       gainer's.
 * </ul>
 *
 * <p>Every fact names its release as its source. Stateless; thread-safe.
 */
public final class CowImporter {
  private CowImporter() {}

  /** The state list's source id. */
  public static final SourceId STATES_SOURCE = SourceId.of("cow-states-2016");
  /** The territorial change data's source id. */
  public static final SourceId CHANGES_SOURCE = SourceId.of("cow-territorial-change-2018");

  /**
   * Imports the state list {@code states}.
   *
   * @throws CowImportException if a required column is missing or the CSV is broken
   * @throws IOException if the file cannot be read
   */
  public static CowImport importStates(Path states) throws IOException {
    StateImporter s = new StateImporter();
    ImportReport report = s.read(states);
    return new CowImport(DisputeModel.builder().addAllParties(s.parties())
        .addSources(StateImporter.SOURCE).build(), List.of(report));
  }

  /**
   * Imports the state list {@code states}, the entity names {@code entities} and the territorial
   * changes {@code changes}, whose gainers and losers are resolved against the first two.
   *
   * @throws CowImportException if a required column is missing or the CSV is broken
   * @throws IOException if a file cannot be read
   */
  public static CowImport importAll(Path states, Path entities, Path changes) throws IOException {
    StateImporter s = new StateImporter();
    ImportReport sr = s.read(states);
    EntityNames names = new EntityNames();
    ImportReport er = names.read(entities);
    ChangeImporter c = new ChangeImporter(s, names);
    ImportReport cr = c.read(changes);
    DisputeModel model = DisputeModel.builder().addAllParties(s.parties())
        .addAllParties(c.otherParties()).addAllTerritories(c.territories())
        .addAllTerritorialChanges(c.changes())
        .addSources(StateImporter.SOURCE, ChangeImporter.SOURCE).build();
    return new CowImport(model, List.of(sr, er, cr));
  }
}
