package dev.disputemodel.ucdp;

import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.imports.ImportReport;
import dev.disputemodel.internal.CsvReader;
import dev.disputemodel.internal.CsvTable;
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
 * Resolves the ACD's party columns (names, UCDP actor ids, Gleditsch–Ward numbers) to parties:
 * a state is one party {@code gw-N} by its Gleditsch–Ward number whether it fights or supports;
 * a non-state actor is {@code actor-N}. Collects each party's names as it goes, keeping names
 * matched to a code by position only (not verified) for parties that have no other name.
 *
 * <p>One per import; not thread-safe.
 */
final class PartyResolver {
  private static final String GOVERNMENT_OF = "Government of ";

  private final Map<PartyId, Party.Builder> parties = new LinkedHashMap<>();
  private final Map<PartyId, Set<String>> partyNames = new HashMap<>();
  /** Names zipped with a code by position only, per party: used if it has no other name. */
  private final Map<PartyId, Set<String>> weakNames = new HashMap<>();
  private final Map<Integer, PartyId> byActor = new HashMap<>();
  /** Gleditsch–Ward numbers of state names, learnt from lists of one name and one code. */
  private final Map<String, Integer> codeOfName = new HashMap<>();
  /** Names zipped with a code by position only: used for a party only if it has no other. */
  private final Set<String> unverified = new HashSet<>();

  /** Splits a comma list; commas inside parentheses do not split ("CPP, Military faction (a, b)"). */
  static List<String> splitNames(String text) {
    List<String> out = new ArrayList<>();
    if (text.isBlank()) {
      return out;
    }
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    for (char ch : text.toCharArray()) {
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth = Math.max(0, depth - 1);
      }
      if (ch == ',' && depth == 0) {
        out.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString().strip());
    return out;
  }

  /**
   * Learns each state's code from the rows where a list holds one name and one code. In 23.1
   * a list of several names is sorted by name and its codes by number, so zipping them by
   * position pairs the wrong ones (conflict 418, 2002: "Government of Afghanistan" first,
   * code 20 first); several-name lists are matched through these codes instead.
   */
  void learnStateCodes(CsvTable t) {
    for (CsvReader.Row row : t.rows()) {
      for (String[] c : new String[][] {{"side_a", "gwno_a"}, {"side_b", "gwno_b"},
          {"side_a_2nd", "gwno_a_2nd"}, {"side_b_2nd", "gwno_b_2nd"}}) {
        List<String> n = splitNames(t.get(row, c[0]));
        List<String> g = t.list(row, c[1]);
        if (n.size() == 1 && g.size() == 1 && n.get(0).startsWith(GOVERNMENT_OF)) {
          try {
            codeOfName.putIfAbsent(n.get(0), Integer.parseInt(g.get(0)));
          } catch (NumberFormatException e) {
            // the row itself is rejected with its reason when it is imported
          }
        }
      }
    }
  }

  /**
   * Returns the primary parties of one side of a row: the names in column {@code names} zipped
   * with the actor ids in {@code ids}, and for a list of governments also with the codes in
   * {@code gwnos}.
   *
   * @throws IllegalArgumentException if the names and ids do not pair up
   */
  List<PartyId> primaries(CsvTable t, CsvReader.Row row, String names, String ids,
      String gwnos, ImportReport.Builder report) {
    List<String> n = splitNames(t.get(row, names));
    List<String> i = t.list(row, ids);
    if (n.size() != i.size()) {
      if (i.size() == 1) {
        n = List.of(t.get(row, names).strip()); // one actor whose name has commas
        report.count("names with commas taken whole (one actor id)");
      } else {
        throw new IllegalArgumentException(names + " = \"" + t.get(row, names) + "\" has "
            + n.size() + " names but " + ids + " = \"" + t.get(row, ids) + "\" has " + i.size()
            + " ids");
      }
    }
    List<String> gw = t.list(row, gwnos);
    long governments = n.stream().filter(s -> s.startsWith(GOVERNMENT_OF)).count();
    boolean zipGw = governments == n.size() && gw.size() == n.size();
    List<Integer> codes = zipGw ? codes(n, gw, gwnos, report) : List.of();
    List<PartyId> out = new ArrayList<>();
    for (int k = 0; k < n.size(); k++) {
      int actor = Integer.parseInt(i.get(k));
      int g = zipGw ? codes.get(k) : -1;
      out.add(party(n.get(k), actor, g, n.get(k).startsWith(GOVERNMENT_OF)));
    }
    return out;
  }

  /**
   * Returns the states of one row supporting a side with troops: the names in column
   * {@code names} with the codes in {@code gwnos}.
   *
   * @throws IllegalArgumentException if the names and codes do not pair up
   */
  List<PartyId> supporters(CsvTable t, CsvReader.Row row, String names, String gwnos,
      ImportReport.Builder report) {
    List<String> n = splitNames(t.get(row, names));
    List<String> gw = t.list(row, gwnos);
    if (n.size() != gw.size()) {
      throw new IllegalArgumentException(names + " = \"" + t.get(row, names) + "\" has "
          + n.size() + " names but " + gwnos + " = \"" + t.get(row, gwnos) + "\" has "
          + gw.size() + " codes");
    }
    List<Integer> codes = codes(n, gw, gwnos, report);
    List<PartyId> out = new ArrayList<>();
    for (int k = 0; k < n.size(); k++) {
      out.add(party(n.get(k), -1, codes.get(k), true));
    }
    return out;
  }

  /**
   * Returns the codes of {@code names} in order: by position for one name, else through the
   * learnt codes when they account for every name and code; else by position, counted.
   */
  private List<Integer> codes(List<String> names, List<String> codes, String column,
      ImportReport.Builder report) {
    List<Integer> given = new ArrayList<>();
    for (String c : codes) {
      given.add(Integer.parseInt(c));
    }
    if (names.size() <= 1) {
      return given;
    }
    List<Integer> matched = new ArrayList<>();
    for (String name : names) {
      matched.add(codeOfName.get(name));
    }
    if (!matched.contains(null) && new HashSet<>(matched).equals(new HashSet<>(given))) {
      if (!matched.equals(given)) {
        report.count(column + " lists matched by name, not position");
      }
      return matched;
    }
    report.count(column + " lists zipped by position (names not all known)");
    unverified.addAll(names);
    return given;
  }

  /** Returns the party, creating or enriching it: a state by GW number, else by actor id. */
  private PartyId party(String name, int actor, int gw, boolean state) {
    PartyId id;
    if (gw > 0) {
      id = PartyId.of("gw-" + gw);
    } else if (actor > 0 && byActor.containsKey(actor)) {
      id = byActor.get(actor);
    } else {
      id = PartyId.of("actor-" + actor);
    }
    Party.Builder b = parties.computeIfAbsent(id, k -> {
      Party.Builder nb = Party.builder().id(k)
          .kind(state ? PartyKind.STATE : PartyKind.ARMED_GROUP);
      if (gw > 0) {
        nb.gleditschWardNumber(gw);
      }
      return nb;
    });
    if (actor > 0 && !byActor.containsKey(actor)) {
      byActor.put(actor, id);
      b.ucdpActorId(actor);
    }
    if (gw > 0 && unverified.contains(name) && !Integer.valueOf(gw).equals(codeOfName.get(name))) {
      weakNames.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(name);
    } else {
      partyNames.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(name);
    }
    return id;
  }

  /** Returns the party with UCDP actor id {@code actor}, if the ACD named one. */
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
          if (nm.startsWith(GOVERNMENT_OF)) {
            String shortName = nm.substring(GOVERNMENT_OF.length()).strip();
            if (!shortName.contains("(") && !shortName.isEmpty()) {
              out.putIfAbsent(shortName, id);
            }
          }
        }
      }
    });
    return out;
  }

  /** Returns the number of parties resolved so far. */
  int size() {
    return parties.size();
  }

  /** Returns the parties, in the order first seen, each named by its first verified name. */
  List<Party> build() {
    List<Party> built = new ArrayList<>();
    parties.forEach((id, b) -> {
      List<String> names = new ArrayList<>(
          partyNames.containsKey(id) ? partyNames.get(id) : weakNames.get(id));
      built.add(b.name(names.get(0)).addAllAliases(names.subList(1, names.size())).build());
    });
    return built;
  }
}
