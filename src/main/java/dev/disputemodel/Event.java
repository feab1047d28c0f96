package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Something that happened within a conflict and is recorded as fact, with its time, places and
 * participants: the overnight fighting on the border on 12–13 September 2022, Armenia's
 * withdrawal from the areas around Nagorno-Karabakh in 2020, the deployment of almost 2,000
 * Russian peacekeepers. Where what happened is disputed, it is a {@link Claim} instead.
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: a description is not blank; troop
 * numbers only for deployments and withdrawals; results only for referendums and elections, and
 * winners only for elections ({@link InvalidValueException}).
 */
@Value.Immutable
public abstract class Event implements Entity, WithEvent {
  Event() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Event}. */
  public static final class Builder extends ImmutableEvent.Builder {
    /** Creates an empty builder, as {@link Event#builder()} does. */
    public Builder() {}
  }

  /** Returns the event's id. */
  @Override
  public abstract EventId id();

  /** Returns the conflict or episode it belongs to. */
  public abstract ConflictId conflict();

  /** Returns what happened. */
  public abstract EventKind kind();

  /** Returns when it happened. */
  public abstract FuzzyTime time();

  /** Returns where it happened. */
  public abstract Set<TerritoryId> places();

  /** Returns who took part (attacker and attacked, the withdrawing or deploying party). */
  public abstract Set<PartyId> participants();

  /** Returns the number of troops deployed or withdrawn, if stated. */
  public abstract Optional<Estimate> troops();

  /**
   * Returns the results of a referendum or an election, one per source that gives figures, in the
   * order given; empty for other kinds and where no source gives them.
   */
  public abstract List<VoteResult> results();

  /** Returns a short description in the source's terms, if given. */
  public abstract Optional<String> description();

  /** Returns the source that reports the event. */
  public abstract SourceId source();

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    refs.add(new Reference("conflict", conflict()));
    places().forEach(p -> refs.add(new Reference("places", p)));
    participants().forEach(p -> refs.add(new Reference("participants", p)));
    for (int i = 0; i < results().size(); i++) {
      String at = "results[" + i + "].";
      results().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    refs.add(new Reference("source", source()));
    return refs.build();
  }

  @Value.Check
  void check() {
    Checks.of("Event")
        .text("description", description())
        .check(
            troops().isEmpty() || kind() == EventKind.DEPLOYMENT || kind() == EventKind.WITHDRAWAL,
            "troops", troops().map(Object.class::cast).orElse(""),
            "only a DEPLOYMENT or WITHDRAWAL has troops, not " + kind())
        .check(results().isEmpty() || kind().isVote(), "results", results(),
            "only a REFERENDUM or ELECTION has results, not " + kind())
        .check(kind() == EventKind.ELECTION || results().stream().allMatch(r -> r.winners().isEmpty()),
            "results", results(), "only an ELECTION's results name winners")
        .done();
  }
}
