package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.filter;
import static dev.disputemodel.testing.ModelEdit.replace;

import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.Certainty;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@link FaultKind#RECOGNIZED_SOVEREIGNS_OVERLAP}: a territory nobody claims sovereignty over
 * (preferably one with recorded sovereignty) gets a second internationally recognized sovereign,
 * with no period; or a new territory one party recognizes as two parties' at once.
 */
final class RecognizedSovereignsOverlapFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.RECOGNIZED_SOVEREIGNS_OVERLAP;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    if (c.nextBoolean(0.5)) {
      return oneObserverRecognizesTwo(e);
    }
    Set<TerritoryId> claimed = e.sovereigntyClaimed();
    List<Territory> recorded = filter(e.territories,
        t -> !t.sovereignty().isEmpty() && !claimed.contains(t.id()));
    List<Territory> unclaimed = filter(e.territories, t -> !claimed.contains(t.id()));
    Territory territory = !recorded.isEmpty() ? c.pick(recorded)
        : !unclaimed.isEmpty() ? c.pick(unclaimed) : e.newTerritory();
    List<PartyId> recognized = new ArrayList<>();
    territory.sovereignty().stream().filter(SovereigntyStatus::internationallyRecognized)
        .forEach(s -> s.sovereign().ifPresent(recognized::add));
    List<SovereigntyStatus> statuses = new ArrayList<>(territory.sovereignty());
    if (recognized.isEmpty()) {
      PartyId first = e.parties.isEmpty() ? e.party(0) : c.pick(e.parties).id();
      statuses.add(e.recognizedStatus(first));
      recognized.add(first);
    }
    List<Party> others = filter(e.parties, p -> !recognized.contains(p.id()));
    PartyId second = others.isEmpty() ? e.newParty(PartyKind.STATE) : c.pick(others).id();
    statuses.add(e.recognizedStatus(second));
    replace(e.territories, territory, territory.withSovereignty(statuses));
    return e.fault(kind(), territory.id(), List.of(recognized.get(0), second),
        Certainty.DEFINITELY, territory.id() + " now has " + second
            + " as internationally recognized sovereign, with no period, besides "
            + recognized.get(0));
  }

  /** A new territory that one party recognizes as two parties' at once, with no period. */
  private InjectedFault oneObserverRecognizesTwo(ModelEdit e) {
    PartyId observer = e.c.pick(e.parties.isEmpty() ? List.of(e.party(0))
        : e.parties.stream().map(Party::id).toList());
    PartyId first = e.party(0);
    PartyId second = e.party(1);
    Territory territory = e.newTerritory();
    List<SovereigntyStatus> statuses = List.of(
        SovereigntyStatus.builder().sovereign(first).addRecognizer(observer).source(e.source())
            .build(),
        SovereigntyStatus.builder().sovereign(second).addRecognizer(observer).source(e.source())
            .build());
    replace(e.territories, territory, territory.withSovereignty(statuses));
    return e.fault(kind(), territory.id(), List.of(first, second), Certainty.DEFINITELY,
        observer + " recognizes both " + first + " and " + second + " as sovereign over the new "
            + territory.id() + ", with no period");
  }
}
