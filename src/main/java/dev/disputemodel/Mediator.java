package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party in a third-party role for a conflict or one of its ceasefires or agreements, over a
 * period: Russia as broker of the 2020 deal, Russia as broker of the September 2022 ceasefire
 * (which only Russia says), the Russian peacekeeping force of almost 2,000 troops since 2020, the
 * guarantors and witnesses of an agreement.
 *
 * <p>Where the role rests on the party's own word, {@link #attestedBy()} names that claim.
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: a force size only for a
 * {@link MediatorRole#PEACEKEEPER} or an {@link MediatorRole#OBSERVER} (an observer mission's
 * strength); a role concerns a ceasefire or an agreement, not both ({@link InvalidValueException}). A mediator who is also a
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

  /** Returns the agreement the role concerns (as guarantor, witness, ...), if it concerns one. */
  public abstract Optional<AgreementId> agreement();

  /** Returns when the role was played, if known. */
  public abstract Optional<FuzzyPeriod> period();

  /** Returns the size of a peacekeeping force or an observer mission, if stated. */
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
    agreement().ifPresent(a -> refs.add(new Reference("agreement", a)));
    attestedBy().ifPresent(c -> refs.add(new Reference("attestedBy", c)));
    refs.add(new Reference("source", source()));
    return refs.build();
  }

  @Value.Check
  void check() {
    Checks.of("Mediator")
        .check(forceSize().isEmpty() || role() == MediatorRole.PEACEKEEPER
                || role() == MediatorRole.OBSERVER, "forceSize", forceSize().orElse(null),
            "only a PEACEKEEPER or OBSERVER has a force size, not " + role())
        .check(ceasefire().isEmpty() || agreement().isEmpty(), "agreement",
            agreement().orElse(null), "a role concerns a ceasefire or an agreement, not both"
                + ceasefire().map(c -> " (ceasefire " + c + ")").orElse(""))
        .done();
  }
}
