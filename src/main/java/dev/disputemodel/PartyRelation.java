package dev.disputemodel;

import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A directed relation between two parties over a period, as a source states it: "Russia, an ally
 * of Armenia" is {@code Russia ALLY_OF Armenia}; "Turkey has ties to Azerbaijan" is
 * {@code Turkey HAS_TIES_TO Azerbaijan}.
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: {@code from} differs from {@code to};
 * a hedge is not blank. Violations throw {@link InvalidValueException}.
 */
@Value.Immutable
public abstract class PartyRelation implements Entity, WithPartyRelation {
  PartyRelation() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartyRelation}; {@code from(relation)} starts from an existing one. */
  public static final class Builder extends ImmutablePartyRelation.Builder {
    /** Creates an empty builder, as {@link PartyRelation#builder()} does. */
    public Builder() {}

    /**
     * Sets every attribute from {@code relation} (optional ones only where present), as
     * {@code from(x)} does on the other builders
     * (the generated one is missing here because the attribute {@link PartyRelation#from()} takes
     * its name; {@code from(PartyId)} still sets that attribute).
     *
     * @param relation the relation to copy; not null
     * @return this builder
     */
    public Builder from(PartyRelation relation) {
      id(relation.id());
      from(relation.from());
      kind(relation.kind());
      to(relation.to());
      relation.period().ifPresent(p -> period(p));
      source(relation.source());
      relation.hedge().ifPresent(h -> hedge(h));
      return this;
    }
  }

  /** Returns the relation's id. */
  @Override
  public abstract RelationId id();

  /** Returns the party the relation goes from (the ally, the backer, the member). */
  public abstract PartyId from();

  /** Returns the kind of relation. */
  public abstract RelationKind kind();

  /** Returns the party the relation goes to. */
  public abstract PartyId to();

  /** Returns when the relation held, or empty if no source says. */
  public abstract Optional<FuzzyPeriod> period();

  /** Returns the source that states the relation. */
  public abstract SourceId source();

  /** Returns the source's qualifying words ("apparently"), if it hedged. */
  public abstract Optional<String> hedge();

  @Override
  public List<Reference> references() {
    return List.of(
        new Reference("from", from()), new Reference("to", to()), new Reference("source", source()));
  }

  @Value.Check
  void check() {
    Checks.of("PartyRelation")
        .check(!from().equals(to()), "to", to(), "must differ from 'from'")
        .text("hedge", hedge())
        .done();
  }
}
