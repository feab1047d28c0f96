package dev.disputemodel.text;


import dev.disputemodel.Agreement;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import dev.disputemodel.Party;
import dev.disputemodel.Ruling;
import dev.disputemodel.Source;
import dev.disputemodel.Territory;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the account names entities: by name with kind and id ({@code Armenia [Party:P1]}), a claim
 * by its speaker. Immutable.
 */
final class Labels {
  private final DisputeModel model;

  Labels(DisputeModel model) {
    this.model = model;
  }

  /** Returns the name of who speaks in {@code k}, or "the article" for a source's own voice. */
  String claimantName(Claim k) {
    return k.claimant().map(this::name).orElse("the article");
  }

  /**
   * Returns an entity by name with its kind and id: {@code Armenia [Party:P1]}; a claim by its
   * speaker ({@code claim by Armenia [Claim:K5]}); the bracketed id alone if it has no name or is
   * not in the model.
   */
  String label(EntityId id) {
    Optional<String> name = model.find(id).flatMap(this::nameOf);
    return name.map(n -> n + " [" + id + "]").orElse("[" + id + "]");
  }

  /** Returns the {@link #label labels} of {@code ids}, in order, separated by commas. */
  String labels(Collection<? extends EntityId> ids) {
    return ids.stream().map(this::label).collect(Collectors.joining(", "));
  }

  private String name(EntityId id) {
    return model.find(id).flatMap(this::nameOf).orElse(id.toString());
  }

  private Optional<String> nameOf(Entity e) {
    if (e instanceof Party p) {
      return Optional.of(p.name());
    } else if (e instanceof Territory t) {
      return Optional.of(t.name());
    } else if (e instanceof Conflict c) {
      return Optional.of(c.name());
    } else if (e instanceof Ceasefire c) {
      return Optional.of(c.name());
    } else if (e instanceof Agreement a) {
      return Optional.of(a.name());
    } else if (e instanceof Ruling r) {
      return Optional.of(r.name());
    } else if (e instanceof Source s) {
      return Optional.of(s.title());
    } else if (e instanceof Claim k) {
      return Optional.of("claim by " + claimantName(k));
    }
    return Optional.empty();
  }
}
