package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Immutable; build with {@link #builder()}. Invariants: at least one proposition; quote and
 * hedge not blank; a claim does not revise itself ({@link InvalidValueException}).
 */
@Value.Immutable
public abstract class Claim implements Entity, WithClaim {
  Claim() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Claim}. */
  public static final class Builder extends ImmutableClaim.Builder {
    /** Creates an empty builder, as {@link Claim#builder()} does. */
    public Builder() {}
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

  /** Returns the earlier claim by the same claimant that this one knowingly revises, if any. */
  public abstract Optional<ClaimId> revises();

  /**
   * Returns true if this claim and {@code other} cannot both be right: some pair of their
   * propositions has the same key and either both are asserted and contradict, or one is
   * asserted and the other denied.
   */
  public boolean contradicts(Claim other) {
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
    revises().ifPresent(r -> refs.add(new Reference("revises", r)));
    return refs.build();
  }

  @Value.Check
  void check() {
    Checks.check(
        !propositions().isEmpty(), "Claim", "propositions", propositions(), "must not be empty");
    Checks.text("Claim", "quote", quote());
    Checks.text("Claim", "hedge", hedge());
    Checks.check(
        !revises().equals(Optional.of(id())), "Claim", "revises", id(), "cannot be itself");
  }
}
