package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * An assertion attributed to a claimant, made at a time and reported in a source: "Armenian
 * Prime Minister Nikol Pashinyan said 49 of his soldiers were killed" is a claim by Pashinyan,
 * reported in the article, whose one proposition is {@code Casualties(C4, Armenia, KILLED, 49)}.
 *
 * <p>What is claimed is typed: one or more {@link Proposition propositions}, all asserted (or,
 * with {@link Polarity#DENIES}, each denied) together. A claim with no claimant is the source
 * speaking in its own voice. A person's claim speaks for the party the person
 * {@linkplain Party#actsFor() acts for}.
 *
 * <p>A claim is also a <em>position</em> its claimant holds: from when it was made, or over the
 * period it states ({@link #heldDuring()}: "has claimed the islands since its independence"),
 * until the claimant withdraws or replaces it by a later claim ({@link #ends()}). Whether a
 * position is in force on a date is {@link DisputeModel#inForce(Claim, FuzzyTime, FuzzyTime)}.
 *
 * <p>What is claimed is about the time the position is held, unless the claim states the period
 * it is about ({@link #about()}): Guyana said in 2023 that "for over six decades, Venezuela
 * recognized and adhered to the 1899 Award", a claim held from 2023 about 1899 to 1962. Such a
 * claim answers for the dates of that period, from when it is known ({@link
 * DisputeModel#inForce(Claim, FuzzyTime)}); two claims about periods that cannot overlap do not
 * contradict.
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: at least one proposition, unless the
 * claim only ends earlier ones (then it holds no position and states no holding period and no
 * period it is about); a claim about a period states no holding period (it is held from when it
 * is made); quote
 * and hedge not blank; a claim does not end itself, nor one claim twice
 * ({@link InvalidValueException}).
 */
@Value.Immutable
public abstract class Claim implements Entity, WithClaim {
  Claim() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Claim}; besides the attribute setters, {@link #withdraws} and
   * {@link #replaces} add an {@link Ending}.
   */
  public static final class Builder extends ImmutableClaim.Builder {
    /** Creates an empty builder, as {@link Claim#builder()} does. */
    public Builder() {}

    /** Adds {@link Ending#withdraws(ClaimId) Ending.withdraws(earlier)}. */
    public Builder withdraws(ClaimId earlier) {
      addEnd(Ending.withdraws(earlier));
      return this;
    }

    /** Adds {@link Ending#replaces(ClaimId) Ending.replaces(earlier)}. */
    public Builder replaces(ClaimId earlier) {
      addEnd(Ending.replaces(earlier));
      return this;
    }

    /**
     * Same as {@link #replaces(ClaimId)}.
     *
     * @deprecated "revises" is now a replacement: use {@link #replaces(ClaimId)}
     */
    @Deprecated(forRemoval = true)
    public Builder revises(ClaimId earlier) {
      return replaces(earlier);
    }

    /**
     * Adds a replacement of {@code earlier} when present.
     *
     * @deprecated "revises" is now a replacement: use {@link #replaces(ClaimId)}
     */
    @Deprecated(forRemoval = true)
    public Builder revises(Optional<ClaimId> earlier) {
      earlier.ifPresent(this::replaces);
      return this;
    }
  }

  /** Returns the claim's id. */
  @Override
  public abstract ClaimId id();

  /** Returns who makes the claim, or empty when the source asserts it in its own voice. */
  public abstract Optional<PartyId> claimant();

  /** Returns the source that reports the claim. */
  public abstract SourceId source();

  /** Returns when the claim was made. */
  public abstract FuzzyTime madeAt();

  /** Returns whether the propositions are asserted or denied; asserted by default. */
  @Value.Default
  public Polarity polarity() {
    return Polarity.ASSERTS;
  }

  /** Returns what is claimed, in the order given. */
  public abstract List<Proposition> propositions();

  /** Returns the claimant's words, verbatim, if the source quotes them. */
  public abstract Optional<String> quote();

  /** Returns the source's qualifying words ("apparently", "it is understood"), if it hedged. */
  public abstract Optional<String> hedge();

  /**
   * Returns the period during which the claimant holds the position, where the source states it
   * ("since its independence", "until the 1994 treaty"); empty when only the moment the claim
   * was made is known. See {@link #holdingPeriod()}.
   */
  public abstract Optional<FuzzyPeriod> heldDuring();

  /**
   * Returns the period the claim's propositions are about, where the source says it and it is
   * not the time the position is held: Guyana's 2023 "for over six decades, Venezuela recognized
   * and adhered to the 1899 Award" is about 1899 to February 1962. Empty when the propositions
   * are about the time the claimant holds them, as most are. The position itself is held from
   * {@link #madeAt()} (a claim about a period states no {@link #heldDuring()}) until withdrawn or
   * replaced. See {@link #coveredPeriod()}.
   */
  public abstract Optional<FuzzyPeriod> about();

  /**
   * Returns the earlier claims of the same claimant whose positions this one withdraws or
   * replaces, in the order given.
   */
  public abstract List<Ending> ends();

  /**
   * Returns the period the claim's position is held as the claim itself states it:
   * {@link #heldDuring()}, or else from {@link #madeAt()} on (a statement stands until it is
   * withdrawn or replaced). Later endings are not taken into account here: see
   * {@link DisputeModel#inForce(Claim, FuzzyTime, FuzzyTime)}.
   */
  public FuzzyPeriod holdingPeriod() {
    return heldDuring().orElseGet(() -> FuzzyPeriod.since(madeAt()));
  }

  /**
   * Returns the period the claim's propositions are about as the claim itself states it:
   * {@link #about()}, or else the {@link #holdingPeriod()}.
   */
  public FuzzyPeriod coveredPeriod() {
    return about().orElseGet(this::holdingPeriod);
  }

  /**
   * Returns the first claim this one replaces, if any.
   *
   * @deprecated "revises" is now a replacement: read {@link #ends()}
   */
  @Deprecated(forRemoval = true)
  public Optional<ClaimId> revises() {
    return ends().stream().filter(e -> e.kind() == EndKind.REPLACES).map(Ending::claim).findFirst();
  }

  /**
   * Returns true if this claim and {@code other} cannot both be right: some pair of their
   * propositions has the same key and either both are asserted and contradict, or one is
   * asserted and the other denied; and, when either states the period it is about
   * ({@link #about()}), their {@linkplain #coveredPeriod() covered periods} may overlap (claims
   * about 1899–1962 and about 1970 on do not contradict). Claims that state no such period are
   * compared whatever their times: whether both positions are held at once is the model's
   * question ({@link DisputeModel#heldTogether}).
   */
  public boolean contradicts(Claim other) {
    if ((about().isPresent() || other.about().isPresent())
        && !coveredPeriod().overlaps(other.coveredPeriod()).isPossible()) {
      return false;
    }
    for (Proposition mine : propositions()) {
      for (Proposition theirs : other.propositions()) {
        if (!mine.key().equals(theirs.key())) {
          continue;
        }
        if (answersContradict(polarity(), mine, other.polarity(), theirs)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns true if two answers to the same question cannot both be right: both asserted and
   * {@linkplain Proposition#contradicts contradicting}, or one asserting the very proposition the
   * other denies. The rule {@link #contradicts(Claim)} applies to each pair of propositions with
   * equal keys; the query module applies it to the versions of a contested question.
   *
   * @throws NullPointerException if an argument is null
   */
  public static boolean answersContradict(
      Polarity polarity, Proposition proposition, Polarity otherPolarity, Proposition other) {
    Objects.requireNonNull(proposition, "proposition");
    Objects.requireNonNull(other, "other");
    if (polarity == Objects.requireNonNull(otherPolarity, "otherPolarity")) {
      return polarity == Polarity.ASSERTS && proposition.contradicts(other);
    }
    return proposition.equals(other);
  }

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    claimant().ifPresent(c -> refs.add(new Reference("claimant", c)));
    refs.add(new Reference("source", source()));
    for (int i = 0; i < propositions().size(); i++) {
      String at = "propositions[" + i + "].";
      propositions().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    for (int i = 0; i < ends().size(); i++) {
      String at = "ends[" + i + "].";
      ends().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    return refs.build();
  }

  /**
   * Tests the claimant, source, propositions' and endings' ids in the order of
   * {@link #references()}, without building their attribute names.
   */
  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    if (claimant().isPresent() && !test.test(claimant().get()) || !test.test(source())) {
      return false;
    }
    for (Proposition p : propositions()) {
      if (!p.allTargetsMatch(test)) {
        return false;
      }
    }
    for (Ending e : ends()) {
      if (!e.allTargetsMatch(test)) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    boolean aboutAndHeld = about().isPresent() && heldDuring().isPresent();
    Checks checks = Checks.of("Claim")
        .check(!propositions().isEmpty() || !ends().isEmpty(), "propositions", propositions(),
            "must not be empty unless the claim ends an earlier one")
        .check(!propositions().isEmpty() || heldDuring().isEmpty(), "heldDuring",
            heldDuring().orElse(null), "a claim that only ends earlier ones holds no position")
        .check(!propositions().isEmpty() || about().isEmpty(), "about", about().orElse(null),
            "a claim that only ends earlier ones is about no period")
        .check(!aboutAndHeld, "heldDuring", heldDuring().orElse(null), aboutAndHeld // no text if valid
            ? "a claim about a period (" + about().orElseThrow() + ") is held from when it is made"
            : "")
        .text("quote", quote())
        .text("hedge", hedge());
    Set<ClaimId> ended = ends().size() > 1 ? new HashSet<>() : Set.of(); // most end none
    for (Ending e : ends()) {
      checks.check(!e.claim().equals(id()), "ends", e.claim(), "cannot be the claim itself")
          .check(ends().size() == 1 || ended.add(e.claim()), "ends", e.claim(),
              "ends the same claim twice");
    }
    checks.done();
  }
}
