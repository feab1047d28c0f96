package dev.disputemodel;

import java.util.List;
import java.util.Objects;

/**
 * "On {@code procedure}, the body finds {@code affirmed}": that it has jurisdiction over the
 * dispute, or that an application is admissible (an objection to it rejected), before it decides
 * the merits.
 *
 * @param procedure the procedural question; not null
 * @param affirmed true if the body has jurisdiction or the application is admissible
 */
public record ProceduralDecision(Procedure procedure, boolean affirmed) implements Decision {
  /** Rejects nulls. */
  public ProceduralDecision {
    Objects.requireNonNull(procedure, "procedure");
  }

  @Override
  public List<Reference> references() {
    return List.of();
  }
}
