package dev.disputemodel;

import java.util.List;

/**
 * What a {@link Ruling} decides, as typed data: who is sovereign over a territory
 * ({@link SovereigntyDecision}), who controls it meanwhile ({@link ControlDecision}), where a
 * boundary runs ({@link BoundaryDecision}), what a claim is worth in law ({@link ClaimDecision}),
 * a procedural question such as jurisdiction ({@link ProceduralDecision}), or anything else in the
 * body's words ({@link OtherDecision}). Implementations are immutable records.
 */
public sealed interface Decision
    permits SovereigntyDecision,
        ControlDecision,
        BoundaryDecision,
        ClaimDecision,
        ProceduralDecision,
        OtherDecision {
  /** Returns the territories the decision is about, in a fixed order; empty if none. */
  default List<TerritoryId> territories() {
    return List.of();
  }

  /** Returns the ids this decision refers to, with the component that holds each. */
  List<Reference> references();
}
