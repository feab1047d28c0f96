package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.replace;

import dev.disputemodel.EntityId;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Succession;
import dev.disputemodel.SuccessionKind;
import dev.disputemodel.time.Certainty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link FaultKind#SUCCESSION_CYCLE}: two or three parties with no proclaimed time (new states
 * when there are too few) each succeed the next, the last the first; the finding's focus is the
 * smallest id of the cycle. Parties with no proclaimed time keep {@code
 * successor-before-predecessor} silent.
 */
final class SuccessionCycleFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.SUCCESSION_CYCLE;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    List<Party> pool = new ArrayList<>(ModelEdit.filter(e.parties,
        p -> p.proclaimed().isEmpty() && p.succeeds().isEmpty()));
    int length = c.between(2, 3);
    while (pool.size() < length) {
      PartyId added = e.newParty(PartyKind.STATE);
      pool.add(ModelEdit.find(e.parties, added, Party::id).orElseThrow());
    }
    List<Party> cycle = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      cycle.add(pool.remove(c.nextInt(pool.size())));
    }
    List<PartyId> ids = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      Party p = cycle.get(i);
      replace(e.parties, p, p.withSucceeds(Succession.of(cycle.get((i + 1) % length).id(),
          SuccessionKind.RENAMING).withDate(ModelEdit.FALLBACK_TIME)));
      ids.add(p.id());
    }
    PartyId focus = ids.stream().min(Comparator.naturalOrder()).orElseThrow();
    List<EntityId> related = new ArrayList<>(ids);
    related.remove(focus);
    return e.fault(kind(), focus, related, Certainty.DEFINITELY,
        "successions " + ids + " now form a cycle");
  }
}
