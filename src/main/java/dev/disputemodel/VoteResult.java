package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The result of a referendum or an election ({@link Event#results()}) as one source gives it:
 * counts and shares of yes and no votes, the turnout, and for an election the winners. In the
 * Greek Cypriot community's referendum on the Annan Plan (24 April 2004) 75.83 % voted no; in the
 * Turkish Cypriot community's, 64.91 % voted yes. Sources that give different figures for one vote
 * are different results of the same event, each with its source.
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: at least one figure or winner
 * ({@link InvalidValueException}); yes and no shares that cannot add up to at most 100 %.
 */
@Value.Immutable
public abstract class VoteResult implements WithVoteResult {
  VoteResult() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VoteResult}. */
  public static final class Builder extends ImmutableVoteResult.Builder {
    /** Creates an empty builder, as {@link VoteResult#builder()} does. */
    public Builder() {}
  }

  /** Returns the number of yes votes, if stated. */
  public abstract Optional<Estimate> yesVotes();

  /** Returns the number of no votes, if stated. */
  public abstract Optional<Estimate> noVotes();

  /** Returns the share of valid votes that were yes, if stated. */
  public abstract Optional<Share> yesShare();

  /** Returns the share of valid votes that were no, if stated. */
  public abstract Optional<Share> noShare();

  /** Returns the share of the electorate that voted, if stated. */
  public abstract Optional<Share> turnout();

  /** Returns who won an election (parties, or the persons elected), if stated. */
  public abstract Set<PartyId> winners();

  /** Returns the source that gives these figures. */
  public abstract SourceId source();

  /** Returns the ids this result refers to: its winners and its source. */
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    winners().forEach(w -> refs.add(new Reference("winners", w)));
    refs.add(new Reference("source", source()));
    return refs.build();
  }

  @Value.Check
  void check() {
    boolean any = yesVotes().isPresent() || noVotes().isPresent() || yesShare().isPresent()
        || noShare().isPresent() || turnout().isPresent() || !winners().isEmpty();
    Checks.of("VoteResult")
        .check(any, "winners", winners(), "a result needs at least one figure or winner")
        .check(yesShare().isEmpty() || noShare().isEmpty()
                || yesShare().get().low().add(noShare().get().low()).compareTo(java.math.BigDecimal.valueOf(100)) <= 0,
            "noShare", noShare().map(Object.class::cast).orElse(""),
            "yes and no shares add up to more than 100% (yes " + yesShare().map(Object::toString).orElse("") + ")")
        .done();
  }
}
