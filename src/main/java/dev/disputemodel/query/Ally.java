package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.PartyId;
import dev.disputemodel.RelationId;
import dev.disputemodel.time.Certainty;
import java.util.List;
import java.util.Objects;

/**
 * A party that stands with another, directly or through others: Russia is an ally of Armenia
 * through relation R1 (distance 1); the ally of an ally is at distance 2.
 *
 * @param party the ally or backer; not null
 * @param path the relations from the party asked about out to this one, in that order; not empty
 * @param certainty how certain it is that every relation on the path held at the time asked
 *     about: DEFINITELY or POSSIBLY; not null
 */
public record Ally(PartyId party, List<RelationId> path, Certainty certainty) {
  /** Rejects nulls and an empty path; copies the path. */
  public Ally {
    Objects.requireNonNull(party, "party");
    path = ImmutableList.copyOf(path);
    Objects.requireNonNull(certainty, "certainty");
    if (path.isEmpty()) {
      throw new dev.disputemodel.InvalidValueException("Ally", "path", path, "must not be empty");
    }
  }

  /** Returns the number of relations between the party asked about and this one (1 = direct). */
  public int distance() {
    return path.size();
  }
}
