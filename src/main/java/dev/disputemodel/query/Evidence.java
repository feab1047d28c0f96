package dev.disputemodel.query;

import dev.disputemodel.EntityId;
import dev.disputemodel.time.Certainty;
import java.util.Objects;

/**
 * An event or claim that says a ceasefire was violated after it took effect, with how certain
 * that is: a hostile event definitely after the ceasefire took effect is DEFINITELY a violation;
 * a claimant's word is only POSSIBLY one.
 *
 * @param entity the event or claim; not null
 * @param certainty DEFINITELY or POSSIBLY; not null
 */
public record Evidence(EntityId entity, Certainty certainty) {
  /** Rejects nulls. */
  public Evidence {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(certainty, "certainty");
  }
}
