package dev.disputemodel.testing;

import dev.disputemodel.PartyId;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.time.Certainty;
import java.util.List;

/**
 * {@link FaultKind#RECOGNIZED_SOVEREIGNS_DIFFER}: a new territory with two sovereignty statuses
 * with no period, each recognized by its own sovereign alone: two observers, two sovereigns at
 * once (a disagreement in the world, reported as INFO).
 */
final class RecognizedSovereignsDifferFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.RECOGNIZED_SOVEREIGNS_DIFFER;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    PartyId first = e.party(0);
    PartyId second = e.party(1);
    Territory territory = e.newTerritory();
    List<SovereigntyStatus> statuses = List.of(
        SovereigntyStatus.builder().sovereign(first).addRecognizer(first).source(e.source())
            .build(),
        SovereigntyStatus.builder().sovereign(second).addRecognizer(second).source(e.source())
            .build());
    ModelEdit.replace(e.territories, territory, territory.withSovereignty(statuses));
    return e.fault(kind(), territory.id(), List.of(first, second), Certainty.DEFINITELY,
        territory.id() + " is " + first + "'s according to " + first + " and " + second
            + "'s according to " + second + ", with no period");
  }
}
