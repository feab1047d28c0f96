package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party in a third-party role for a conflict or one of its ceasefires, over a period: Russia as
 * broker of the 2020 deal, Russia as broker of the September 2022 ceasefire (which only Russia
 * says), the Russian peacekeeping force of almost 2,000 troops since 2020.
 *
 * <p>Where the role rests on the party's own word, {@link #attestedBy()} names that claim.
 *
 * <p>Immutable; build with {@link #builder()}. Invariant: a force size only for a
 * {@link MediatorRole#PEACEKEEPER} ({@link InvalidValueException}). A mediator who is also a
 * belligerent is reported by the consistency checker.
 */
@Value.Immutable
public abstract class Mediator implements Entity, WithMediator {
  Mediator() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Mediator}. */
  public static final class Builder extends ImmutableMediator.Builder {
    /** Creates an empty builder, as {@link Mediator#builder()} does. */
    public Builder() {}
  }

  /** Returns this role's id. */
  @Override
  public abstract MediatorId id();

  /** Returns the party in the role. */
  public abstract PartyId party();

  /** Returns the role. */
  public abstract MediatorRole role();

  /** Returns the conflict or episode the role is played in. */
  public abstract ConflictId conflict();

  /** Returns the ceasefire the role concerns, if it concerns one. */
  public abstract Optional<CeasefireId> ceasefire();

  /** Returns when the role was played, if known. */
  public abstract Optional<FuzzyPeriod> period();

  /** Returns the size of a peacekeeping force, if stated. */
  public abstract Optional<Estimate> forceSize();

  /** Returns the claim the role rests on, when only a claimant says so. */
  public abstract Optional<ClaimId> attestedBy();

  /** Returns the source that records the role. */
  public abstract SourceId source();

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    refs.add(new Reference("party", party()), new Reference("conflict", conflict()));
    ceasefire().ifPresent(c -> refs.add(new Reference("ceasefire", c)));
    attestedBy().ifPresent(c -> refs.add(new Reference("attestedBy", c)));
    refs.add(new Reference("source", source()));
    return refs.build();
  }

  @Value.Check
  void check() {
    if (forceSize().isPresent() && role() != MediatorRole.PEACEKEEPER) {
      throw new InvalidValueException(
          "Mediator", "forceSize", forceSize().get(), "only a PEACEKEEPER has a force size, not " + role());
    }
  }
}
