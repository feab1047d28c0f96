package dev.disputemodel.ucdp;

import com.google.common.collect.Multiset;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.internal.CsvReader;
import dev.disputemodel.internal.CsvTable;
import dev.disputemodel.internal.CsvTable.FieldException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the ACD's party columns of one row (names, UCDP actor ids, Gleditsch–Ward numbers) into
 * {@link Mention}s, without deciding which party each is: that is {@link PartyResolver}'s work,
 * done only for the rows imported. Knows the Gleditsch–Ward numbers of state names learnt from
 * the whole file.
 *
 * <p>Immutable once learnt.
 */
final class PartyMentions {
  static final String GOVERNMENT_OF = "Government of ";

  /**
   * One party named in a row.
   *
   * @param name its name
   * @param actor its UCDP actor id, or -1 if the column gives none (supporters)
   * @param gw its Gleditsch–Ward number, or -1 if not known
   * @param state whether it is a state
   * @param zippedByPosition whether its number was paired with its name by position only
   */
  record Mention(String name, int actor, int gw, boolean state, boolean zippedByPosition) {}

  /** Knows no state's number: before a file is read. */
  static final PartyMentions NONE = new PartyMentions(Map.of());

  /**
   * Gleditsch–Ward numbers of state names, learnt from lists of one name and one code, then from
   * longer lists by elimination.
   */
  private final Map<String, Integer> codeOfName;

  private PartyMentions(Map<String, Integer> codeOfName) {
    this.codeOfName = codeOfName;
  }

  /** Returns the number learnt for the state named {@code name}, or null. */
  Integer codeOf(String name) {
    return codeOfName.get(name);
  }

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
   * Learns each state's code from the sound rows where a list holds one name and one code, then
   * by elimination from the lists of several governments (see {@code learnByElimination}). In
   * 23.1 a list of several names is sorted by name and its codes by number, so zipping them by
   * position pairs the wrong ones (conflict 418, 2002: "Government of Afghanistan" first, code
   * 20 first); several-name lists are matched through these codes instead.
   */
  static PartyMentions learn(CsvTable t) {
    Map<String, Integer> codes = new HashMap<>();
    List<List<String>> listNames = new ArrayList<>();
    List<List<Integer>> listCodes = new ArrayList<>();
    for (CsvReader.Row row : t.rows()) {
      if (!sound(t, row)) {
        continue;
      }
      for (String[] c : new String[][] {{"side_a", "gwno_a"}, {"side_b", "gwno_b"},
          {"side_a_2nd", "gwno_a_2nd"}, {"side_b_2nd", "gwno_b_2nd"}}) {
        List<String> n = splitNames(t.get(row, c[0]));
        List<String> g = t.list(row, c[1]);
        if (n.isEmpty() || n.size() != g.size()
            || !n.stream().allMatch(s -> s.startsWith(GOVERNMENT_OF))) {
          continue;
        }
        List<Integer> given = new ArrayList<>();
        try {
          for (String code : g) {
            given.add(positive(c[1], code));
          }
        } catch (FieldException e) {
          continue; // the row itself is rejected with its reason when it is imported
        }
        if (n.size() == 1) {
          codes.putIfAbsent(n.get(0), given.get(0));
        } else {
          listNames.add(n);
          listCodes.add(given);
        }
      }
    }
    learnByElimination(codes, listNames, listCodes);
    return new PartyMentions(codes);
  }

  /**
   * Learns from lists of several names, to a fixed point. In a list whose known names' codes are
   * all among its codes, the names left and the codes left belong together as sets; so a code's
   * name is among the names left in every such list that has the code, and where exactly one
   * name is left in all of them, that name has that code (a list with one name and one code left
   * is the simplest case). A name learnt keeps its first code; a name that two codes would get in
   * the same pass is not learnt at all.
   */
  private static void learnByElimination(Map<String, Integer> codes,
      List<List<String>> listNames, List<List<Integer>> listCodes) {
    Set<String> conflicting = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      Map<String, Integer> found = new HashMap<>();
      Map<Integer, Set<String>> candidates = new HashMap<>();
      for (int k = 0; k < listNames.size(); k++) {
        List<String> n = listNames.get(k);
        List<Integer> left = new ArrayList<>(listCodes.get(k));
        List<String> unknown = new ArrayList<>();
        boolean fits = true;
        for (String name : n) {
          Integer known = codes.get(name);
          if (known == null) {
            unknown.add(name);
          } else if (!left.remove(known)) {
            fits = false;
            break;
          }
        }
        if (!fits || unknown.size() != left.size()) {
          continue;
        }
        for (Integer code : left) {
          candidates.merge(code, new HashSet<>(unknown), (a, b) -> {
            a.retainAll(b);
            return a;
          });
        }
      }
      // a code left in every list it is in: its name is among the names left in each of them
      candidates.forEach((code, names) -> {
        if (names.size() != 1 || conflicting.contains(names.iterator().next())) {
          return;
        }
        String name = names.iterator().next();
        Integer before = found.putIfAbsent(name, code);
        if (before != null && !before.equals(code)) {
          conflicting.add(name);
        }
      });
      found.keySet().removeAll(conflicting);
      for (Map.Entry<String, Integer> e : found.entrySet()) {
        if (codes.putIfAbsent(e.getKey(), e.getValue()) == null) {
          changed = true;
        }
      }
    }
  }

  private static boolean sound(CsvTable t, CsvReader.Row row) {
    try {
      t.check(row);
      return true;
    } catch (FieldException e) {
      return false;
    }
  }

  /**
   * Returns the primary parties of one side of a row: the names in column {@code names} zipped
   * with the actor ids in {@code ids}, and for a list of governments also with the codes in
   * {@code gwnos}.
   *
   * @throws FieldException if the side is empty, a name blank, a number not positive, or the
   *     names and ids do not pair up
   */
  List<Mention> primaries(CsvTable t, CsvReader.Row row, String names, String ids,
      String gwnos, Multiset<String> notes) {
    if (t.get(row, names).isBlank()) {
      throw new FieldException(names, names + " is empty: a side has at least one party");
    }
    List<String> n = splitNames(t.get(row, names));
    List<String> i = t.list(row, ids);
    if (n.size() != i.size()) {
      if (i.size() == 1) {
        n = List.of(t.get(row, names).strip()); // one actor whose name has commas
        notes.add("names with commas taken whole (one actor id)");
      } else {
        throw new FieldException(names, names + " = \"" + t.get(row, names) + "\" has "
            + n.size() + " names but " + ids + " = \"" + t.get(row, ids) + "\" has " + i.size()
            + " ids");
      }
    }
    List<String> gw = t.list(row, gwnos);
    long governments = n.stream().filter(s -> s.startsWith(GOVERNMENT_OF)).count();
    boolean zipGw = governments == n.size() && gw.size() == n.size();
    List<Integer> codes = zipGw ? codes(n, gw, gwnos, notes) : List.of();
    boolean byPosition = zipGw && !verified(n, codes);
    List<Mention> out = new ArrayList<>();
    for (int k = 0; k < n.size(); k++) {
      int actor = positive(ids, i.get(k));
      out.add(mention(names, n.get(k), actor, zipGw ? codes.get(k) : -1,
          n.get(k).startsWith(GOVERNMENT_OF), byPosition));
    }
    return out;
  }

  /**
   * Returns the states of one row supporting a side with troops: the names in column
   * {@code names} with the codes in {@code gwnos}.
   *
   * @throws FieldException if a name is blank, a code not positive, or the names and codes do
   *     not pair up
   */
  List<Mention> supporters(CsvTable t, CsvReader.Row row, String names, String gwnos,
      Multiset<String> notes) {
    List<String> n = splitNames(t.get(row, names));
    List<String> gw = t.list(row, gwnos);
    if (n.size() != gw.size()) {
      throw new FieldException(names, names + " = \"" + t.get(row, names) + "\" has "
          + n.size() + " names but " + gwnos + " = \"" + t.get(row, gwnos) + "\" has "
          + gw.size() + " codes");
    }
    List<Integer> codes = codes(n, gw, gwnos, notes);
    boolean byPosition = !verified(n, codes);
    List<Mention> out = new ArrayList<>();
    for (int k = 0; k < n.size(); k++) {
      out.add(mention(names, n.get(k), -1, codes.get(k), true, byPosition));
    }
    return out;
  }

  /**
   * Returns the codes of {@code names} in order: by position for one name, else through the
   * learnt codes when they account for every name and code; else by position, counted.
   */
  private List<Integer> codes(List<String> names, List<String> codes, String column,
      Multiset<String> notes) {
    List<Integer> given = new ArrayList<>();
    for (String c : codes) {
      given.add(positive(column, c));
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
        notes.add(column + " lists matched by name, not position");
      }
      return matched;
    }
    notes.add(column + " lists zipped by position (names not all known)");
    return given;
  }

  /** Whether several names got their codes through the learnt codes, not by position. */
  private boolean verified(List<String> names, List<Integer> codes) {
    if (names.size() <= 1) {
      return true;
    }
    for (int k = 0; k < names.size(); k++) {
      if (!codes.get(k).equals(codeOfName.get(names.get(k)))) {
        return false;
      }
    }
    return true;
  }

  /** A mention whose name is one a party may have (checked by the domain's own rules). */
  private static Mention mention(String column, String name, int actor, int gw, boolean state,
      boolean byPosition) {
    try {
      Party.builder().id(PartyId.of("name-check")).name(name)
          .kind(state ? PartyKind.STATE : PartyKind.ARMED_GROUP).build();
    } catch (IllegalArgumentException e) {
      throw new FieldException(column, column + ": name \"" + name + "\": " + e.getMessage());
    }
    return new Mention(name, actor, gw, state, byPosition);
  }

  /** Returns {@code text}, a value of {@code column}, as a positive whole number. */
  static int positive(String column, String text) {
    int v = CsvTable.integer(column, text);
    if (v <= 0) {
      throw new FieldException(column, column + " = \"" + text.strip() + "\": not positive");
    }
    return v;
  }
}
