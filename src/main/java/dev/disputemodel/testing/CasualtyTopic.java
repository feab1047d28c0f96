package dev.disputemodel.testing;

import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Estimate;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import java.util.List;
import java.util.Optional;

/**
 * How many casualties of a kind a conflict had, of one involved party or of all sides. Every
 * claim asserts a figure (of any form, drawn per claim) that allows the true count
 * ({@link CasualtyCounts}); on a contested question a family may instead under-report a party's
 * count, with figures that do not allow it. Totals are never under-reported, so a total always
 * allows at least the sum of its parts.
 */
final class CasualtyTopic implements Topic {
  private static final List<CasualtyKind> KINDS = List.of(CasualtyKind.values());

  private final ModelDraft d;
  private final ConflictPlan plan;
  private final Optional<Integer> party;
  private final CasualtyKind kind;

  private CasualtyTopic(ModelDraft draft, ConflictPlan plan, Optional<Integer> party,
      CasualtyKind kind) {
    this.d = draft;
    this.plan = plan;
    this.party = party;
    this.kind = kind;
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    if (d.conflicts.isEmpty()) {
      return Optional.empty();
    }
    Choices c = d.c;
    ConflictPlan plan = c.pick(d.conflicts.all());
    Optional<Integer> party =
        c.nextBoolean(0.7) ? Optional.of(c.pick(plan.involved)) : Optional.empty();
    return Optional.of(new CasualtyTopic(d, plan, party, c.pick(KINDS)));
  }

  @Override
  public PropositionKey key() {
    return casualties(Estimate.unknown()).key();
  }

  /** Kinds of one conflict and party share a key, but each has its own count. */
  @Override
  public Object identity() {
    return List.of(key(), kind);
  }

  private Casualties casualties(Estimate count) {
    return new Casualties(plan.conflict.id(), party.map(d.parties::id), kind, count);
  }

  @Override
  public Answer answer(int family, boolean contested) {
    long truth = d.casualties.of(plan, kind, party.orElse(-1));
    boolean lower = contested && party.isPresent() && kind != CasualtyKind.UNSPECIFIED
        && truth >= 2 && d.c.nextBoolean(0.5);
    return new Figure(truth, lower);
  }

  /** An answer that gives a new figure per claim, around the true count or below it. */
  private final class Figure implements Answer {
    private final long truth;
    private final boolean lowered;

    Figure(long truth, boolean lowered) {
      this.truth = truth;
      this.lowered = lowered;
    }

    @Override
    public Polarity polarity() {
      return Polarity.ASSERTS;
    }

    @Override
    public Proposition nextProposition() {
      return casualties(lowered
          ? Figures.underReport(d.c, truth) : Figures.allowing(d.c, truth));
    }
  }
}
