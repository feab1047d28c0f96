package dev.disputemodel.testing;

import dev.disputemodel.Party;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Succession;
import dev.disputemodel.SuccessionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Plans the parties, each in one of two pools that never mix ({@link PartyRoles}): the first two
 * are belligerent states, so that a conflict is always possible; a government body acts for a
 * state of its pool, a peacekeeping mission for a state, organization or alliance of its pool, a
 * person for anybody but a person (a kind with nobody to act for becomes a state). Some parties
 * state when they were proclaimed (within the ten years before the model's first day), so every
 * role they play lies within their existence (none is dissolved: an ongoing role would outlast
 * it).
 */
final class PartyPlanner {
  private static final PartyKind[] BELLIGERENT_KINDS = {
    PartyKind.STATE, PartyKind.ARMED_GROUP, PartyKind.DE_FACTO_STATE, PartyKind.GOVERNMENT_BODY,
    PartyKind.PERSON, PartyKind.MEDIA_OUTLET, PartyKind.OTHER, PartyKind.LIBERATION_MOVEMENT
  };
  private static final PartyKind[] THIRD_KINDS = {
    PartyKind.STATE, PartyKind.INTERNATIONAL_ORGANIZATION, PartyKind.ALLIANCE,
    PartyKind.PEACEKEEPING_MISSION, PartyKind.PERSON, PartyKind.MEDIA_OUTLET, PartyKind.OTHER,
    PartyKind.OBSERVER_MISSION, PartyKind.COURT_OR_TRIBUNAL, PartyKind.COMMISSION
  };
  private static final List<String> OFFICES =
      List.of("Prime Minister", "Foreign Minister", "President", "Spokesperson");
  private static final long TEN_YEARS = 10L * 365 * 24 * 3600;
  private static final List<String> RELIGIONS = List.of("Christian", "Muslim", "Buddhist", "Hindu");

  private final ModelDraft d;
  private final Choices c;

  PartyPlanner(ModelDraft draft) {
    this.d = draft;
    this.c = draft.c;
  }

  /** Plans {@code n} parties. */
  void plan(Choices.Length n) {
    c.each(n, this::party);
  }

  private void party(int i) {
    boolean isThird = i >= 2 && c.nextBoolean(0.3);
    PartyKind kind = i < 2 ? PartyKind.STATE
        : c.pick(List.of(isThird ? THIRD_KINDS : BELLIGERENT_KINDS));
    Optional<Integer> actsFor = Optional.empty();
    if (kind == PartyKind.GOVERNMENT_BODY || isMission(kind) || kind == PartyKind.PERSON) {
      List<Integer> targets = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        if (canActFor(kind, d.parties.get(j).kind()) && d.roles.isThird(j) == isThird) {
          targets.add(j);
        }
      }
      if (targets.isEmpty()) {
        kind = PartyKind.STATE;
      } else {
        actsFor = Optional.of(c.pick(targets));
      }
    }
    String name = label(kind) + " " + (i + 1);
    Party.Builder b = Party.builder().id(d.parties.id(i)).kind(kind).name(name);
    if (c.nextBoolean(0.2)) {
      b.addAlias(name + " (alias)");
    }
    actsFor.ifPresent(j -> b.actsFor(d.parties.id(j)));
    if (kind == PartyKind.PERSON && c.nextBoolean(0.7)) {
      b.office(c.pick(OFFICES));
    }
    boolean territorial = kind == PartyKind.STATE || kind == PartyKind.DE_FACTO_STATE;
    if (territorial && c.nextBoolean(0.2)) {
      b.majorityReligion(c.pick(RELIGIONS));
    }
    if ((territorial || isFighter(kind)) && c.nextBoolean(0.3)) {
      b.ucdpActorId(100 + i);
    }
    if (kind == PartyKind.STATE && c.nextBoolean(0.3)) {
      b.gleditschWardNumber(300 + i);
    }
    if (kind == PartyKind.STATE && c.nextBoolean(0.3)) {
      b.iso3166(isoCode(i));
    }
    if (c.nextBoolean(0.2)) {
      b.wikidataId("Q" + (1000 + i));
    }
    if (c.nextBoolean(0.2)) {
      Times.within(c, d.time.start - TEN_YEARS, d.time.start, d.precision()).ifPresent(b::proclaimed);
    }
    if (kind == PartyKind.STATE && i > 0 && c.nextBoolean(0.15)) {
      succession(b, i);
    }
    d.roles.add(kind, isThird, actsFor);
    d.parties.add(b.build());
  }

  /**
   * Lets party {@code i} succeed an earlier state (so successions never form a cycle), from a
   * time after that state was proclaimed and before the model's first day.
   */
  private void succession(Party.Builder b, int i) {
    List<Integer> states = new ArrayList<>();
    for (int j = 0; j < i; j++) {
      if (d.parties.get(j).kind() == PartyKind.STATE) {
        states.add(j);
      }
    }
    if (states.isEmpty()) {
      return;
    }
    Party predecessor = d.parties.get(c.pick(states));
    long lo = predecessor.proclaimed().map(t -> t.latestEpochSecond() + 1)
        .orElse(d.time.start - TEN_YEARS);
    Succession s = Succession.of(predecessor.id(), c.pick(List.of(SuccessionKind.values())));
    b.addSucceeds(c.nextBoolean(0.2) ? s
        : Times.within(c, lo, d.time.start, d.precision()).map(s::withDate).orElse(s));
  }

  private static boolean canActFor(PartyKind agent, PartyKind principal) {
    switch (agent) {
      case GOVERNMENT_BODY:
        return principal == PartyKind.STATE || principal == PartyKind.DE_FACTO_STATE;
      case PEACEKEEPING_MISSION:
      case OBSERVER_MISSION:
        return principal == PartyKind.STATE || principal == PartyKind.INTERNATIONAL_ORGANIZATION
            || principal == PartyKind.ALLIANCE;
      default:
        return principal != PartyKind.PERSON;
    }
  }

  private static boolean isMission(PartyKind kind) {
    return kind == PartyKind.PEACEKEEPING_MISSION || kind == PartyKind.OBSERVER_MISSION;
  }

  private static boolean isFighter(PartyKind kind) {
    return kind == PartyKind.ARMED_GROUP || kind == PartyKind.DE_FACTO_STATE
        || kind == PartyKind.LIBERATION_MOVEMENT;
  }

  private static String label(PartyKind kind) {
    String name = kind.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String isoCode(int i) {
    StringBuilder s = new StringBuilder();
    int n = i;
    do {
      s.append((char) ('A' + n % 26));
      n /= 26;
    } while (n > 0 && s.length() < 3);
    while (s.length() < 2) {
      s.append('X');
    }
    return s.toString();
  }
}
