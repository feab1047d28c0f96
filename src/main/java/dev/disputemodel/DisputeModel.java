package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A whole dispute, or many: every party, relation, territory, conflict, event, ceasefire,
 * agreement, ruling, mediator, claim and source, with lookups by id. The unit that queries and the
 * consistency checker work on.
 *
 * <p>Built with {@link #builder()}, which enforces referential integrity: ids are unique within
 * their kind and every id an entity refers to resolves to an entity in the model. When they do
 * not, {@code build()} throws {@link InvalidModelException} listing every problem, each naming
 * both ends ({@code Claim:K1.claimant = Party:P4: no Party with this id}); no model is returned.
 * Entity invariants are enforced earlier, when each entity is built.
 *
 * <p>Immutable and thread-safe. Lookups by id take constant time; the index behind them is built
 * once, when the model is built. Entity lists keep the order in which they were added.
 */
@Value.Immutable
public abstract class DisputeModel implements WithDisputeModel {
  DisputeModel() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisputeModel}; {@code build()} validates the whole model. */
  public static final class Builder extends ImmutableDisputeModel.Builder {
    /** Creates an empty builder, as {@link DisputeModel#builder()} does. */
    public Builder() {}
  }

  /** Returns the model with no entities. */
  public static DisputeModel empty() {
    return builder().build();
  }

  /** Returns the parties, in the order added. */
  public abstract List<Party> parties();

  /** Returns the relations between parties, in the order added. */
  public abstract List<PartyRelation> relations();

  /** Returns the territories, in the order added. */
  public abstract List<Territory> territories();

  /** Returns the conflicts and episodes, in the order added. */
  public abstract List<Conflict> conflicts();

  /** Returns the events, in the order added. */
  public abstract List<Event> events();

  /** Returns the ceasefires, in the order added. */
  public abstract List<Ceasefire> ceasefires();

  /** Returns the agreements, in the order added. */
  public abstract List<Agreement> agreements();

  /** Returns the rulings of courts, tribunals and other bodies, in the order added. */
  public abstract List<Ruling> rulings();

  /** Returns the mediators (third-party roles), in the order added. */
  public abstract List<Mediator> mediators();

  /** Returns the claims, in the order added. */
  public abstract List<Claim> claims();

  /** Returns the sources, in the order added. */
  public abstract List<Source> sources();

  /**
   * Returns every entity: parties, relations, territories, conflicts, events, ceasefires,
   * agreements, rulings, mediators, claims and sources, in that order.
   */
  public Iterable<Entity> entities() {
    return Iterables.concat(
        parties(), relations(), territories(), conflicts(), events(), ceasefires(), agreements(),
        rulings(), mediators(), claims(), sources());
  }

  /**
   * Returns the entity with {@code id}, of whatever kind the id names, if present.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Entity> find(EntityId id) {
    return Optional.ofNullable(index().get(Objects.requireNonNull(id, "id")));
  }

  /** Returns the party with {@code id}, if present. */
  public Optional<Party> party(PartyId id) {
    return find(id).map(Party.class::cast);
  }

  /** Returns the relation with {@code id}, if present. */
  public Optional<PartyRelation> relation(RelationId id) {
    return find(id).map(PartyRelation.class::cast);
  }

  /** Returns the territory with {@code id}, if present. */
  public Optional<Territory> territory(TerritoryId id) {
    return find(id).map(Territory.class::cast);
  }

  /** Returns the conflict or episode with {@code id}, if present. */
  public Optional<Conflict> conflict(ConflictId id) {
    return find(id).map(Conflict.class::cast);
  }

  /** Returns the event with {@code id}, if present. */
  public Optional<Event> event(EventId id) {
    return find(id).map(Event.class::cast);
  }

  /** Returns the ceasefire with {@code id}, if present. */
  public Optional<Ceasefire> ceasefire(CeasefireId id) {
    return find(id).map(Ceasefire.class::cast);
  }

  /** Returns the agreement with {@code id}, if present. */
  public Optional<Agreement> agreement(AgreementId id) {
    return find(id).map(Agreement.class::cast);
  }

  /** Returns the ceasefire or agreement with {@code id}, if present. */
  public Optional<Accord> accord(AccordId id) {
    return find(id).map(Accord.class::cast);
  }

  /** Returns the ruling with {@code id}, if present. */
  public Optional<Ruling> ruling(RulingId id) {
    return find(id).map(Ruling.class::cast);
  }

  /** Returns the mediator role with {@code id}, if present. */
  public Optional<Mediator> mediator(MediatorId id) {
    return find(id).map(Mediator.class::cast);
  }

  /** Returns the claim with {@code id}, if present. */
  public Optional<Claim> claim(ClaimId id) {
    return find(id).map(Claim.class::cast);
  }

  /** Returns the source with {@code id}, if present. */
  public Optional<Source> source(SourceId id) {
    return find(id).map(Source.class::cast);
  }

  /** Returns the number of entities of every kind together. */
  public int size() {
    return index().size();
  }

  @Value.Lazy
  ImmutableMap<EntityId, Entity> index() {
    ImmutableMap.Builder<EntityId, Entity> byId = ImmutableMap.builderWithExpectedSize(count());
    entities().forEach(e -> byId.put(e.id(), e));
    return byId.buildOrThrow();
  }

  private int count() {
    return parties().size() + relations().size() + territories().size() + conflicts().size()
        + events().size() + ceasefires().size() + agreements().size() + rulings().size()
        + mediators().size() + claims().size() + sources().size();
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    Map<EntityId, Entity> seen = new HashMap<>(count() * 4 / 3 + 1);
    for (Entity e : entities()) {
      if (seen.putIfAbsent(e.id(), e) != null) {
        problems.add(new Problem(e.id(), "id", e.id().value(), "duplicate " + e.id().kind() + " id"));
      }
    }
    for (Entity e : entities()) {
      for (Reference r : e.references()) {
        if (!seen.containsKey(r.target())) {
          problems.add(new Problem(
              e.id(), r.field(), r.target().toString(), "no " + r.target().kind() + " with this id"));
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(Problem::entity).thenComparing(Problem::field));
      throw new InvalidModelException(problems);
    }
  }
}
