package dev.disputemodel.cow;

import dev.disputemodel.Party;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The normalized names by which {@link PartyMatching} compares a COW state with another model's
 * state: "Government of Russia (Soviet Union)" gives "russia" and "soviet union".
 */
final class StateNames {
  private StateNames() {}

  /**
   * Returns the normalized names of a party: its name and aliases, without a leading "Government
   * of", each part in parentheses a name of its own, lower case, letters and digits only.
   */
  static Set<String> of(Party p) {
    Set<String> out = new LinkedHashSet<>();
    List<String> all = new ArrayList<>(p.aliases());
    all.add(0, p.name());
    for (String n : all) {
      String s = n.strip();
      if (s.startsWith("Government of ")) {
        s = s.substring("Government of ".length());
      }
      int open = s.indexOf('(');
      if (open > 0 && s.endsWith(")")) {
        out.add(normalize(s.substring(open + 1, s.length() - 1)));
        s = s.substring(0, open);
      }
      out.add(normalize(s));
    }
    out.remove("");
    return out;
  }

  /** Returns true if the two sets of normalized names share a name. */
  static boolean overlap(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(b::contains);
  }

  /**
   * Returns a name without accents, in lower case, with "&amp;" and "and" dropped and every run of
   * other characters than letters and digits one space.
   */
  static String normalize(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ");
    s = (" " + s + " ").replace(" and ", " ");
    return s.strip();
  }
}
