package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Accord;
import dev.disputemodel.AccordId;
import dev.disputemodel.index.ChainStep;
import java.util.List;
import java.util.Objects;

/**
 * A chain of ceasefires and agreements: every accord reached from one member through renewal,
 * recommitment and succession links, in either direction, in order. An accord comes after every
 * accord it links to; accords the links leave unordered (two renewals of one truce) come in the
 * order they take effect, undated ones last, then in model order. An accord with no links is a
 * chain of one.
 *
 * @param members the accords, earliest first; not empty
 * @param steps every link between them, in the order of the later accord, then its links
 */
public record AccordChain(List<Accord> members, List<ChainStep> steps) {
  /** Copies the lists; rejects nulls. */
  public AccordChain {
    members = ImmutableList.copyOf(Objects.requireNonNull(members, "members"));
    steps = ImmutableList.copyOf(Objects.requireNonNull(steps, "steps"));
  }

  /** Returns the members' ids, earliest first. */
  public ImmutableList<AccordId> ids() {
    return members.stream().map(Accord::id).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the links by which {@code earlier} is continued within this chain (renewed,
   * recommitted to or succeeded), in chain order; empty for the last member.
   */
  public ImmutableList<ChainStep> after(AccordId earlier) {
    Objects.requireNonNull(earlier, "earlier");
    return steps.stream().filter(s -> s.earlier().id().equals(earlier))
        .collect(ImmutableList.toImmutableList());
  }
}
