package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party in a third-party role for a conflict or one of its ceasefires or agreements, over a
 * period: Russia as broker of the 2020 deal, Russia as broker of the September 2022 ceasefire
 * (which only Russia says), the Russian peacekeeping force of almost 2,000 troops since 2020, the
 * guarantors and witnesses of an agreement.
 *
 * <p>Where the role rests on the party's own word, {@link #attestedBy()} names that claim. A force's
 * strength over time is {@link #strengths()} (UNFICYP from 6,341 military in 1964 to 800 military
 * and 68 police in 2024), each figure with its date and source; a figure a source gives without
 * a date is {@link #forceSize()}. A second version of a figure is a claim ({@link FactFigure}).
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: a force size or strengths only for a
 * {@link MediatorRole#PEACEKEEPER} or an {@link MediatorRole#OBSERVER} (an observer mission's
 * strength); strengths in time order (none definitely before the one listed before it); a role concerns a ceasefire or an agreement, not both ({@link InvalidValueException}). A mediator who is also a
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

  /**
   * Returns the size of a peacekeeping force or an observer mission as stated without a date, if
   * stated. Dated figures are {@link #strengths()}; {@link #latestForceSize()} gives either.
   */
  public abstract Optional<Estimate> forceSize();

  /**
   * Returns the force's strength over time, in time order, each figure with its date and source:
   * KFOR's 50,000 in 1999 to 3,735 in August 2022. Empty when no dated figure is stated.
   */
  public abstract List<ForceStrength> strengths();

  /**
   * Returns the latest figure of the force's size: the size of the last of {@link #strengths()},
   * or else {@link #forceSize()}; empty when neither is stated.
   */
  public Optional<Estimate> latestForceSize() {
    return strengths().isEmpty()
        ? forceSize()
        : Optional.of(strengths().get(strengths().size() - 1).size());
  }

  /**
   * Returns the force's strength on {@code date}: the last of {@link #strengths()} not definitely
   * dated after {@code date} (a figure dated to a year answers for every day of that year and
   * after, until the next figure). Empty before the first dated figure, or when there is none:
   * the undated {@link #forceSize()} is never dated by this query.
   *
   * <p>Cost: O(number of figures).
   *
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<ForceStrength> strengthOn(FuzzyTime date) {
    Objects.requireNonNull(date, "date");
    ForceStrength answer = null;
    for (ForceStrength s : strengths()) {
      if (s.asOf().isAfter(date).isDefinite()) {
        break;
      }
      answer = s;
    }
    return Optional.ofNullable(answer);
  }

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
    for (int i = 0; i < strengths().size(); i++) {
      refs.add(new Reference("strengths[" + i + "].source", strengths().get(i).source()));
    }
    refs.add(new Reference("source", source()));
    return refs.build();
  }

  @Value.Check
  void check() {
    boolean sized = role() == MediatorRole.PEACEKEEPER || role() == MediatorRole.OBSERVER;
    Checks checks = Checks.of("Mediator")
        .check(forceSize().isEmpty() || sized, "forceSize", forceSize().orElse(null),
            "only a PEACEKEEPER or OBSERVER has a force size, not " + role())
        .check(strengths().isEmpty() || sized, "strengths", strengths(),
            "only a PEACEKEEPER or OBSERVER has strengths, not " + role());
    for (int i = 1; i < strengths().size(); i++) {
      ForceStrength before = strengths().get(i - 1);
      ForceStrength s = strengths().get(i);
      checks.check(!s.asOf().isBefore(before.asOf()).isDefinite(), "strengths", s,
          "must be in time order: dated before " + before);
    }
    checks
        .check(ceasefire().isEmpty() || agreement().isEmpty(), "agreement",
            agreement().orElse(null), "a role concerns a ceasefire or an agreement, not both"
                + ceasefire().map(c -> " (ceasefire " + c + ")").orElse(""))
        .done();
  }
}
