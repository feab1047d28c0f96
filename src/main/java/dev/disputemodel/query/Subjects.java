package dev.disputemodel.query;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.Proposition;
import dev.disputemodel.Reference;
import java.util.function.Consumer;

/**
 * The one definition of what a claim is about ({@link ModelQueries#subjectsOf}), shared by that
 * query and the claim index by subject: every entity a proposition names, and the conflict of a
 * ceasefire whose state it gives.
 */
final class Subjects {
  private Subjects() {}

  /** Passes each subject of {@code p} to {@code out}, in order; a subject may come twice. */
  static void forEach(DisputeModel model, Proposition p, Consumer<EntityId> out) {
    for (Reference r : p.references()) {
      out.accept(r.target());
    }
    if (p instanceof CeasefireStatus s) {
      model.ceasefire(s.ceasefire()).map(Ceasefire::conflict).ifPresent(out);
    }
  }
}
