package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A casualty figure: "{@code count} of {@code party}'s people were {@code kind} in
 * {@code conflict}". Pashinyan's "49 of his soldiers were killed" is
 * {@code Casualties(C4, Armenia, KILLED, exact 49)}; the article's "dozens of soldiers have been
 * killed" counts all sides and has no party.
 *
 * <p>The question is the conflict and party; two figures of the same {@link CasualtyKind}
 * contradict when no count is allowed by both. Figures of different kinds (killed, wounded,
 * unspecified) never contradict each other.
 *
 * @param conflict the conflict or episode; not null
 * @param party whose losses are counted, or empty for all sides together; not null
 * @param kind what is counted; not null
 * @param count the figure; not null
 */
public record Casualties(
    ConflictId conflict, Optional<PartyId> party, CasualtyKind kind, Estimate count)
    implements Proposition {
  /** Rejects nulls. */
  public Casualties {
    Objects.requireNonNull(conflict, "conflict");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(count, "count");
  }

  /** Returns the figure for one party's losses. */
  public static Casualties of(ConflictId conflict, PartyId party, CasualtyKind kind, Estimate n) {
    return new Casualties(conflict, Optional.of(Objects.requireNonNull(party, "party")), kind, n);
  }

  /** Returns the figure for all sides' losses together. */
  public static Casualties total(ConflictId conflict, CasualtyKind kind, Estimate n) {
    return new Casualties(conflict, Optional.empty(), kind, n);
  }

  @Override
  public PropositionKey key() {
    return party.isPresent()
        ? PropositionKey.of(PropositionType.CASUALTIES, conflict, party.get())
        : PropositionKey.of(PropositionType.CASUALTIES, conflict);
  }

  @Override
  public boolean contradicts(Proposition other) {
    return other instanceof Casualties c
        && c.conflict.equals(conflict) // the same key: conflict and party
        && c.party.equals(party)
        && c.kind == kind
        && !c.count.isCompatibleWith(count);
  }

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    refs.add(new Reference("conflict", conflict));
    party.ifPresent(p -> refs.add(new Reference("party", p)));
    return refs.build();
  }

  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    return test.test(conflict) && (party.isEmpty() || test.test(party.get()));
  }
}
