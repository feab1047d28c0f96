package dev.disputemodel.testing;

import dev.disputemodel.Estimate;
import dev.disputemodel.Share;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryShare;
import dev.disputemodel.time.Certainty;
import java.util.List;

/**
 * {@link FaultKind#PART_EXCEEDS_WHOLE}: a new territory with a recorded area and a new part of it
 * with a larger one; or two new parts of a new territory whose recorded shares of it add up to
 * more than 100 %.
 */
final class PartExceedsWholeFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.PART_EXCEEDS_WHOLE;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    Territory whole = e.newTerritory();
    Territory part = e.newPart(whole.id());
    if (c.nextBoolean(0.5)) {
      long area = 1 + c.nextLong(100_000);
      long larger = area + 1 + c.nextLong(1_000);
      ModelEdit.replace(e.territories, whole, whole.withArea(Estimate.exact(area)));
      ModelEdit.replace(e.territories, part, part.withArea(Estimate.atLeast(larger)));
      return e.fault(kind(), part.id(), List.of(whole.id()), Certainty.DEFINITELY,
          part.id() + " (at least " + larger + " km²) lies within " + whole.id() + " (" + area
              + " km²)");
    }
    Territory other = e.newPart(whole.id());
    int first = 1 + c.nextInt(99);
    int second = 101 - first + c.nextInt(first);
    ModelEdit.replace(e.territories, part,
        part.withShare(new TerritoryShare(whole.id(), Share.percent(Integer.toString(first)))));
    ModelEdit.replace(e.territories, other,
        other.withShare(new TerritoryShare(whole.id(), Share.between(Integer.toString(second), "100"))));
    return e.fault(kind(), whole.id(), List.of(part.id(), other.id()), Certainty.DEFINITELY,
        part.id() + " is " + first + " % and " + other.id() + " at least " + second + " % of "
            + whole.id());
  }
}
