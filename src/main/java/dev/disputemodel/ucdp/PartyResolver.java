package dev.disputemodel.ucdp;

import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.ucdp.PartyMentions.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which party each {@link Mention} of an imported row is: a state is one party {@code
 * gw-N} by its Gleditsch–Ward number whether it fights or supports; a non-state actor is {@code
 * actor-N}. Collects each party's names as it goes. Sees only the rows imported, so
 * nothing of a rejected row becomes a party. A name that a list paired with a code by position
 * only, never verified, is not given to the party.
 *
 * <p>One per import; not thread-safe.
 */
final class PartyResolver {
  /** The name of a state whose name cannot be established, before its Gleditsch–Ward number. */
  static final String CODE_NAME = "Gleditsch–Ward ";

  private final PartyMentions codes;
  private final Map<PartyId, Party.Builder> parties = new LinkedHashMap<>();
  private final Map<PartyId, Set<String>> partyNames = new HashMap<>();
  private final Map<Integer, PartyId> byActor = new HashMap<>();
  /** Names that a list zipped with codes by position only. */
  private final Set<String> unverified = new HashSet<>();
  /** Parties given their UCDP actor id: a party has one, the first it was named with. */
  private final Set<PartyId> withActorId = new HashSet<>();
  private int furtherActorIds;

  /** Returns a resolver that checks names against the codes learnt in {@code codes}. */
  PartyResolver(PartyMentions codes) {
    this.codes = codes;
  }

  /** Returns the parties of one list of a row (one column), in order. */
  List<PartyId> resolve(List<Mention> list) {
    for (Mention m : list) {
      if (m.zippedByPosition()) {
        list.forEach(x -> unverified.add(x.name()));
        break;
      }
    }
    List<PartyId> out = new ArrayList<>();
    for (Mention m : list) {
      out.add(party(m));
    }
    return out;
  }

  /** Returns the party, creating or enriching it: a state by GW number, else by actor id. */
  private PartyId party(Mention m) {
    int gw = m.gw();
    int actor = m.actor();
    PartyId id;
    if (gw > 0) {
      id = PartyId.of("gw-" + gw);
    } else if (byActor.containsKey(actor)) {
      id = byActor.get(actor);
    } else {
      id = PartyId.of("actor-" + actor);
    }
    Party.Builder b = parties.computeIfAbsent(id, k -> {
      Party.Builder nb = Party.builder().id(k)
          .kind(m.state() ? PartyKind.STATE : PartyKind.ARMED_GROUP);
      if (gw > 0) {
        nb.gleditschWardNumber(gw);
      }
      return nb;
    });
    if (actor > 0 && !byActor.containsKey(actor)) {
      byActor.put(actor, id);
      if (withActorId.add(id)) {
        b.ucdpActorId(actor);
      } else { // a state (one GW number) named with a second actor id: both lead to it
        furtherActorIds++;
      }
    }
    if (gw <= 0 || !unverified.contains(m.name())
        || Integer.valueOf(gw).equals(codes.codeOf(m.name()))) {
      partyNames.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(m.name());
    }
    return id;
  }

  /** Returns the party with UCDP actor id {@code actor}, if an imported row named one. */
  Optional<PartyId> byActor(int actor) {
    return Optional.ofNullable(byActor.get(actor));
  }

  /**
   * Returns the states known so far by their short names: "Government of Pakistan" is
   * "Pakistan"; names with parentheses are left out. A new map on each call.
   */
  Map<String, PartyId> stateNames() {
    Map<String, PartyId> out = new LinkedHashMap<>();
    partyNames.forEach((id, names) -> {
      if (id.value().startsWith("gw-")) {
        for (String nm : names) {
          if (nm.startsWith(PartyMentions.GOVERNMENT_OF)) {
            String shortName = nm.substring(PartyMentions.GOVERNMENT_OF.length()).strip();
            if (!shortName.contains("(") && !shortName.isEmpty()) {
              out.putIfAbsent(shortName, id);
            }
          }
        }
      }
    });
    return out;
  }

  /**
   * Returns how many further UCDP actor ids were given for states that already had one (one
   * Gleditsch–Ward number with two actor ids): each leads to the state, which keeps the first.
   */
  int furtherActorIds() {
    return furtherActorIds;
  }

  /** Returns the number of parties resolved so far. */
  int size() {
    return parties.size();
  }

  /**
   * Returns the number of parties that have no verified name, so that {@link #build()} names
   * them by their code.
   */
  int namedByCodeOnly() {
    return (int) parties.keySet().stream().filter(id -> !partyNames.containsKey(id)).count();
  }

  /**
   * Returns the parties, in the order first seen, each named by its first verified name. A state
   * with none (its names were only ever paired with its code by position, in lists sorted by name
   * while the codes are sorted by number) is named by its code, "Gleditsch–Ward 740": a name
   * zipped by position is likely another state's, and is not given to it, not even as an alias
   * (counted by {@link #namedByCodeOnly()}).
   */
  List<Party> build() {
    List<Party> built = new ArrayList<>();
    parties.forEach((id, b) -> {
      List<String> names;
      if (partyNames.containsKey(id)) {
        names = new ArrayList<>(partyNames.get(id));
      } else {
        names = List.of(CODE_NAME + id.value().substring("gw-".length()));
      }
      built.add(b.name(names.get(0)).addAllAliases(names.subList(1, names.size())).build());
    });
    return built;
  }
}
