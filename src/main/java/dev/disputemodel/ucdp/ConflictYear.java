package dev.disputemodel.ucdp;

import dev.disputemodel.ConflictType;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Intensity;
import dev.disputemodel.PartyId;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;

/**
 * One row of the ACD, parsed: a conflict in one year.
 *
 * @param line the line of the file on which the row begins
 * @param year the calendar year ({@code year})
 * @param sideA the primary parties of side A ({@code side_a})
 * @param sideB the primary parties of side B ({@code side_b})
 * @param supportA the states supporting side A with troops ({@code side_a_2nd})
 * @param supportB the states supporting side B with troops ({@code side_b_2nd})
 * @param incompatibility what is contested ({@code incompatibility})
 * @param territory the territory at stake, for a territorial incompatibility with a name
 * @param intensity the year's intensity ({@code intensity_level})
 * @param type the year's type ({@code type_of_conflict})
 * @param episodeStart the start of the year's episode ({@code start_date2})
 * @param episodeEnds whether the episode ends in this year ({@code ep_end} = 1)
 * @param episodeEnd when it ends, if it does ({@code ep_end_date})
 * @param location the country or countries of the conflict ({@code location})
 */
record ConflictYear(int line, int year, List<PartyId> sideA, List<PartyId> sideB,
    List<PartyId> supportA, List<PartyId> supportB, Incompatibility incompatibility,
    Optional<TerritoryId> territory, Intensity intensity, ConflictType type,
    FuzzyTime episodeStart, boolean episodeEnds, Optional<FuzzyTime> episodeEnd,
    String location) {}
