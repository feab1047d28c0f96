package dev.disputemodel;

import static dev.disputemodel.CoreFixtures.ARMENIA;
import static dev.disputemodel.CoreFixtures.AZERBAIJAN;
import static dev.disputemodel.CoreFixtures.BORDER_TOWNS;
import static dev.disputemodel.CoreFixtures.CLASHES_2022;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An attack refers to its conflict, its attacker and, when stated, its target and place. */
class AttackTest {
  @Test
  void referencesNameEveryStatedParticipantAndPlace() {
    Attack bombed = new Attack(CLASHES_2022, AZERBAIJAN, EventKind.BOMBING, Optional.of(ARMENIA),
        Optional.of(BORDER_TOWNS));
    assertEquals(List.of(new Reference("conflict", CLASHES_2022),
        new Reference("attacker", AZERBAIJAN), new Reference("target", ARMENIA),
        new Reference("place", BORDER_TOWNS)), bombed.references());
    Attack untargeted = new Attack(CLASHES_2022, AZERBAIJAN, EventKind.BOMBING, Optional.empty(),
        Optional.empty());
    assertEquals(List.of(new Reference("conflict", CLASHES_2022),
        new Reference("attacker", AZERBAIJAN)), untargeted.references());
  }
}
