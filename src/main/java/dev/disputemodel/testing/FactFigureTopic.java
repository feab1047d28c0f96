package dev.disputemodel.testing;

import dev.disputemodel.EntityId;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.FactFigure;
import dev.disputemodel.FigureKind;
import dev.disputemodel.Territory;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import java.util.List;
import java.util.Optional;

/**
 * A ruling's votes for or against, an event's troops, or a territory's area or share ({@link FactFigure}). An event's troops
 * (and a territory's area or share) are "at least" the recorded figure's minimum, which allows it and never equals it (so a fault
 * that denies an answer does not also deny the record); a ruling's votes are recorded nowhere, so
 * each family of a contested question names its own exact count (two different counts contest it).
 */
final class FactFigureTopic implements Topic {
  private static final List<FigureKind> VOTES = List.of(FigureKind.VOTES_FOR, FigureKind.VOTES_AGAINST);

  private final ModelDraft d;
  private final EntityId subject;
  private final FigureKind kind;
  private final Optional<Estimate> recorded;

  private FactFigureTopic(ModelDraft draft, EntityId subject, FigureKind kind, Optional<Estimate> recorded) {
    this.d = draft;
    this.subject = subject;
    this.kind = kind;
    this.recorded = recorded;
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    List<Territory> sized = ModelEdit.filter(d.territories.all(),
        t -> t.area().isPresent() || t.share().isPresent());
    if (!sized.isEmpty() && d.c.nextBoolean(0.3)) {
      Territory t = d.c.pick(sized);
      if (t.area().isPresent() && (t.share().isEmpty() || d.c.nextBoolean(0.5))) {
        return Optional.of(new FactFigureTopic(d, t.id(), FigureKind.AREA, t.area()));
      }
      // the kit's shares are whole percents: the recorded figure is that count
      return Optional.of(new FactFigureTopic(d, t.id(), FigureKind.SHARE,
          t.share().map(s -> Estimate.exact(s.share().low().longValueExact()))));
    }
    List<Event> withTroops = ModelEdit.filter(d.events.all(), e -> e.troops().isPresent());
    if (!withTroops.isEmpty() && (d.rulings.isEmpty() || d.c.nextBoolean(0.5))) {
      Event e = d.c.pick(withTroops);
      return Optional.of(new FactFigureTopic(d, e.id(), FigureKind.TROOPS, e.troops()));
    }
    if (d.rulings.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FactFigureTopic(
        d, d.c.pick(d.rulings.all()).id(), d.c.pick(VOTES), Optional.empty()));
  }

  @Override
  public PropositionKey key() {
    return new FactFigure(subject, kind, Estimate.unknown()).key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    Estimate value = recorded.map(FactFigureTopic::allowing)
        .orElseGet(() -> Estimate.exact(d.c.nextInt(16)));
    return Answer.of(Polarity.ASSERTS, new FactFigure(subject, kind, value));
  }

  /** Returns an estimate that allows every count {@code recorded} allows and differs from it. */
  private static Estimate allowing(Estimate recorded) {
    Estimate atLeast = Estimate.atLeast(recorded.minimum());
    return atLeast.equals(recorded) ? atLeast.withWording("at least " + recorded.minimum()) : atLeast;
  }
}
