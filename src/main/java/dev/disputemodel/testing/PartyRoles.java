package dev.disputemodel.testing;

import dev.disputemodel.PartyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What each planned party may do, by its index: the pool it belongs to (belligerents, who fight
 * and those who act for them, or third parties, who mediate and those who act for them; the two
 * never mix), the party it acts for, its family's root (the party at the top of its
 * {@code actsFor} chain, who answers questions for the whole family), and the role lists the
 * planners draw from. Mutable, for one planning run; filled by {@link PartyPlanner}.
 */
final class PartyRoles {
  private final List<Boolean> third = new ArrayList<>();
  private final List<Integer> root = new ArrayList<>();
  private final List<Optional<Integer>> actsFor = new ArrayList<>();
  /** Belligerent states: sides of interstate wars, governments in civil wars, troop supporters. */
  final List<Integer> belligerentStates = new ArrayList<>();
  /** Belligerent armed groups and de facto states: the other side of a civil war. */
  final List<Integer> nonStateFighters = new ArrayList<>();
  /** Belligerent government bodies and others, who may support a side. */
  final List<Integer> belligerentOthers = new ArrayList<>();
  /** Third-party states, organizations, alliances and missions, who may mediate. */
  final List<Integer> thirdMediators = new ArrayList<>();
  /** Third-party peacekeeping missions, who may deploy under a ceasefire. */
  final List<Integer> peacekeepers = new ArrayList<>();
  /** States and de facto states of either pool, who may be sovereign over a territory. */
  final List<Integer> sovereignCandidates = new ArrayList<>();
  /** Every third party. */
  final List<Integer> thirdParties = new ArrayList<>();

  /** Records the party planned next, of {@code kind}, in its pool, acting for {@code actsFor}. */
  void add(PartyKind kind, boolean isThird, Optional<Integer> actsFor) {
    int i = third.size();
    third.add(isThird);
    root.add(actsFor.map(root::get).orElse(i));
    this.actsFor.add(actsFor);
    if (isThird) {
      thirdParties.add(i);
      if (kind == PartyKind.STATE || kind == PartyKind.INTERNATIONAL_ORGANIZATION
          || kind == PartyKind.ALLIANCE || kind == PartyKind.PEACEKEEPING_MISSION) {
        thirdMediators.add(i);
      }
      if (kind == PartyKind.PEACEKEEPING_MISSION) {
        peacekeepers.add(i);
      }
    } else if (kind == PartyKind.STATE) {
      belligerentStates.add(i);
    } else if (kind == PartyKind.ARMED_GROUP || kind == PartyKind.DE_FACTO_STATE) {
      nonStateFighters.add(i);
    } else if (kind == PartyKind.GOVERNMENT_BODY || kind == PartyKind.OTHER) {
      belligerentOthers.add(i);
    }
    if (kind == PartyKind.STATE || kind == PartyKind.DE_FACTO_STATE) {
      sovereignCandidates.add(i);
    }
  }

  boolean isThird(int party) {
    return third.get(party);
  }

  /** Returns the root of the party's family: itself, or the last party up its actsFor chain. */
  int root(int party) {
    return root.get(party);
  }

  Optional<Integer> actsFor(int party) {
    return actsFor.get(party);
  }

  /** Draws a party that may control territory: a belligerent state or non-state fighter. */
  int controller(Choices c) {
    int i = c.nextInt(belligerentStates.size() + nonStateFighters.size());
    return i < belligerentStates.size()
        ? belligerentStates.get(i) : nonStateFighters.get(i - belligerentStates.size());
  }
}
