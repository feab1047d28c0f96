package dev.disputemodel.ucdp;

import com.google.common.collect.ImmutableMultiset;
import dev.disputemodel.ConflictType;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Intensity;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.ucdp.PartyMentions.Mention;
import java.util.List;
import java.util.Optional;

/**
 * One sound row of the ACD, read but not yet imported: its values checked against the codebook,
 * its parties and territory only named, so that nothing of it enters the model unless its
 * conflict is imported.
 *
 * @param line the line of the file on which the row begins
 * @param conflictId the conflict's number ({@code conflict_id}), as digits
 * @param year the calendar year ({@code year})
 * @param sideA the primary parties of side A ({@code side_a})
 * @param sideB the primary parties of side B ({@code side_b})
 * @param supportA the states supporting side A with troops ({@code side_a_2nd})
 * @param supportB the states supporting side B with troops ({@code side_b_2nd})
 * @param incompatibility what is contested ({@code incompatibility})
 * @param territory the name of the territory at stake, for a territorial incompatibility with one
 * @param intensity the year's intensity ({@code intensity_level})
 * @param type the year's type ({@code type_of_conflict})
 * @param episodeStart the start of the year's episode ({@code start_date2})
 * @param episodeEnds whether the episode ends in this year ({@code ep_end} = 1)
 * @param episodeEnd when it ends, if it does ({@code ep_end_date})
 * @param location the country or countries of the conflict ({@code location})
 * @param notes what the report counts for this row if it is imported
 */
record AcdRow(int line, String conflictId, int year, List<Mention> sideA, List<Mention> sideB,
    List<Mention> supportA, List<Mention> supportB, Incompatibility incompatibility,
    Optional<String> territory, Intensity intensity, ConflictType type, FuzzyTime episodeStart,
    boolean episodeEnds, Optional<FuzzyTime> episodeEnd, String location,
    ImmutableMultiset<String> notes) {}
