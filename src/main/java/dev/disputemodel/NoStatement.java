package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * "{@code party} has made no statement on the question {@code about}": the article's
 * "Azerbaijan ... has not yet released any statement on the number of wounded and dead" is
 * {@code NoStatement(Azerbaijan, CASUALTIES [C4, Azerbaijan])}. It is contradicted by any claim
 * on that question by the party or by one acting for it, which the consistency checker finds.
 *
 * @param party the party said to be silent; not null
 * @param about the question it is said to be silent on; not null
 */
public record NoStatement(PartyId party, PropositionKey about) implements Proposition {
  /** Rejects nulls. */
  public NoStatement {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(about, "about");
  }

  @Override
  public PropositionKey key() {
    return new PropositionKey(
        PropositionType.NO_STATEMENT,
        ImmutableList.<EntityId>builder().add(party).addAll(about.subjects()).build(),
        about.type() + (about.qualifier().isEmpty() ? "" : "/" + about.qualifier()));
  }

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    refs.add(new Reference("party", party));
    for (int i = 0; i < about.subjects().size(); i++) {
      refs.add(new Reference("about.subjects[" + i + "]", about.subjects().get(i)));
    }
    return refs.build();
  }

  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    if (!test.test(party)) {
      return false;
    }
    for (EntityId subject : about.subjects()) {
      if (!test.test(subject)) {
        return false;
      }
    }
    return true;
  }
}
