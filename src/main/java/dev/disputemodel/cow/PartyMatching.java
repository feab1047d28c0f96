package dev.disputemodel.cow;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Conflict;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.FuzzyPeriod;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The matching of the Correlates of War states of one model with the states of another, such as
 * the UCDP import, whose states carry Gleditsch–Ward numbers; and of the territories both name.
 * COW codes and Gleditsch–Ward numbers mostly agree but not always (Gleditsch &amp; Ward 1999), so
 * an equal number alone never matches. The rules, in order:
 *
 * <ol>
 *   <li><b>Code and name</b>: the other state's Gleditsch–Ward number equals a COW state code and
 *       their names agree ({@linkplain #names normalized}: "Government of Russia (Soviet Union)"
 *       gives "russia" and "soviet union").
 *   <li><b>Name and period</b>: otherwise, exactly one COW state whose name agrees and whose
 *       existence may overlap a conflict the other state fights in.
 *   <li>Several COW states by name and period, or one state claimed by two, or an equal number
 *       whose names disagree with no state found by name: <b>ambiguous</b>, listed with its
 *       candidates and never merged.
 *   <li>Anything else is <b>unmatched</b>.
 * </ol>
 *
 * Territories are matched when exactly one COW entity territory and one other territory have the
 * same normalized name. {@link #merge()} merges only what matched. Immutable and thread-safe.
 */
public final class PartyMatching {
  /** Why two states were matched. */
  public enum Basis {
    /** The Gleditsch–Ward number equals the COW code and the names agree. */
    CODE_AND_NAME,
    /** The names agree and only one COW state existed while the other state fought. */
    NAME_AND_PERIOD;
  }

  /**
   * A COW state matched with another model's state.
   *
   * @param cow the COW state; not null
   * @param other the other model's state; not null
   * @param basis the rule that matched them; not null
   */
  public record Match(PartyId cow, PartyId other, Basis basis) {
    /** Rejects nulls. */
    public Match {
      Objects.requireNonNull(cow, "cow");
      Objects.requireNonNull(other, "other");
      Objects.requireNonNull(basis, "basis");
    }
  }

  /**
   * Another model's state that could not be matched with one COW state for sure.
   *
   * @param other the other model's state; not null
   * @param candidates the COW states it might be; not null
   * @param reason why no match was made; not null
   */
  public record Ambiguity(PartyId other, List<PartyId> candidates, String reason) {
    /** Rejects nulls and copies the candidates. */
    public Ambiguity {
      Objects.requireNonNull(other, "other");
      candidates = List.copyOf(candidates);
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A COW territory and another model's territory of the same name.
   *
   * @param cow the COW territory; not null
   * @param other the other model's territory; not null
   */
  public record TerritoryMatch(TerritoryId cow, TerritoryId other) {
    /** Rejects nulls. */
    public TerritoryMatch {
      Objects.requireNonNull(cow, "cow");
      Objects.requireNonNull(other, "other");
    }
  }

  private final DisputeModel cow;
  private final DisputeModel other;
  private final ImmutableList<Match> matched;
  private final ImmutableList<Ambiguity> ambiguous;
  private final ImmutableList<PartyId> unmatchedCow;
  private final ImmutableList<PartyId> unmatchedOther;
  private final ImmutableList<TerritoryMatch> territories;

  private PartyMatching(DisputeModel cow, DisputeModel other, List<Match> matched,
      List<Ambiguity> ambiguous, List<PartyId> unmatchedCow, List<PartyId> unmatchedOther,
      List<TerritoryMatch> territories) {
    this.cow = cow;
    this.other = other;
    this.matched = ImmutableList.copyOf(matched);
    this.ambiguous = ImmutableList.copyOf(ambiguous);
    this.unmatchedCow = ImmutableList.copyOf(unmatchedCow);
    this.unmatchedOther = ImmutableList.copyOf(unmatchedOther);
    this.territories = ImmutableList.copyOf(territories);
  }

  /**
   * Matches the COW states of {@code cow} (parties with a COW state code) with the states of
   * {@code other} (parties of kind state with a Gleditsch–Ward number), and their territories.
   * Cost: linear in the parties and territories of both, plus the conflicts of {@code other}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static PartyMatching match(DisputeModel cow, DisputeModel other) {
    Objects.requireNonNull(cow, "cow");
    Objects.requireNonNull(other, "other");
    List<Party> cowStates = cow.parties().stream().filter(p -> p.cowStateCode().isPresent()).toList();
    Map<Integer, Party> byCode = new HashMap<>();
    Map<String, List<Party>> byName = new HashMap<>();
    for (Party p : cowStates) {
      byCode.put(p.cowStateCode().getAsInt(), p);
      for (String n : names(p)) {
        byName.computeIfAbsent(n, k -> new ArrayList<>()).add(p);
      }
    }
    Map<PartyId, List<FuzzyPeriod>> fighting = fighting(other);
    Map<PartyId, Match> found = new LinkedHashMap<>();
    List<Ambiguity> ambiguous = new ArrayList<>();
    List<PartyId> unmatchedOther = new ArrayList<>();
    for (Party o : other.parties()) {
      if (o.kind() != PartyKind.STATE || o.gleditschWardNumber().isEmpty()) {
        continue;
      }
      Set<String> names = names(o);
      Party byNumber = byCode.get(o.gleditschWardNumber().getAsInt());
      if (byNumber != null && !disjoint(names, names(byNumber))) {
        found.put(o.id(), new Match(byNumber.id(), o.id(), Basis.CODE_AND_NAME));
        continue;
      }
      Set<Party> candidates = new LinkedHashSet<>();
      for (String n : names) {
        for (Party c : byName.getOrDefault(n, List.of())) {
          if (overlaps(c, fighting.getOrDefault(o.id(), List.of()))) {
            candidates.add(c);
          }
        }
      }
      if (candidates.size() == 1) {
        found.put(o.id(), new Match(candidates.iterator().next().id(), o.id(), Basis.NAME_AND_PERIOD));
      } else if (candidates.size() > 1) {
        ambiguous.add(new Ambiguity(o.id(), candidates.stream().map(Party::id).toList(),
            "several COW states agree in name and existed while it fought"));
      } else if (byNumber != null) {
        ambiguous.add(new Ambiguity(o.id(), List.of(byNumber.id()), "COW code "
            + o.gleditschWardNumber().getAsInt() + " is " + byNumber.name()
            + ", whose name disagrees, and no COW state agrees in name and period"));
      } else {
        unmatchedOther.add(o.id());
      }
    }
    // one COW state claimed by two: both ambiguous
    Map<PartyId, List<Match>> byCow = new LinkedHashMap<>();
    found.values().forEach(m -> byCow.computeIfAbsent(m.cow(), k -> new ArrayList<>()).add(m));
    List<Match> matched = new ArrayList<>();
    byCow.forEach((c, ms) -> {
      if (ms.size() == 1) {
        matched.add(ms.get(0));
      } else {
        ms.forEach(m -> ambiguous.add(new Ambiguity(m.other(), List.of(c),
            "the COW state is matched by " + ms.size() + " states: " + ms.stream().map(Match::other).toList())));
      }
    });
    Set<PartyId> matchedCow = new LinkedHashSet<>();
    matched.forEach(m -> matchedCow.add(m.cow()));
    Set<PartyId> candidateCow = new LinkedHashSet<>();
    ambiguous.forEach(a -> candidateCow.addAll(a.candidates()));
    List<PartyId> unmatchedCow = cowStates.stream().map(Party::id)
        .filter(id -> !matchedCow.contains(id) && !candidateCow.contains(id)).toList();
    return new PartyMatching(cow, other, matched, ambiguous, unmatchedCow, unmatchedOther,
        territories(cow, other));
  }

  private static List<TerritoryMatch> territories(DisputeModel cow, DisputeModel other) {
    Map<String, List<TerritoryId>> cowByName = new HashMap<>();
    cow.territories().stream().filter(t -> t.id().value().startsWith("cow-entity-"))
        .forEach(t -> cowByName.computeIfAbsent(normalize(t.name()), k -> new ArrayList<>()).add(t.id()));
    Map<String, List<TerritoryId>> otherByName = new LinkedHashMap<>();
    other.territories().forEach(
        t -> otherByName.computeIfAbsent(normalize(t.name()), k -> new ArrayList<>()).add(t.id()));
    List<TerritoryMatch> out = new ArrayList<>();
    otherByName.forEach((name, ids) -> {
      List<TerritoryId> c = cowByName.getOrDefault(name, List.of());
      if (ids.size() == 1 && c.size() == 1) {
        out.add(new TerritoryMatch(c.get(0), ids.get(0)));
      }
    });
    return out;
  }

  /** Returns the periods of the conflicts each party of {@code model} fights in. */
  private static Map<PartyId, List<FuzzyPeriod>> fighting(DisputeModel model) {
    Map<PartyId, List<FuzzyPeriod>> out = new HashMap<>();
    for (Conflict c : model.conflicts()) {
      c.period().ifPresent(p -> c.parties().forEach(
          party -> out.computeIfAbsent(party, k -> new ArrayList<>()).add(p)));
    }
    return out;
  }

  private static boolean overlaps(Party cowState, List<FuzzyPeriod> periods) {
    if (cowState.existence().isEmpty() || periods.isEmpty()) {
      return true;
    }
    return periods.stream().anyMatch(p -> cowState.existence().get().overlaps(p).isPossible());
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    return a.stream().noneMatch(b::contains);
  }

  /**
   * Returns the normalized names of a party: its name and aliases, without a leading "Government
   * of", each part in parentheses a name of its own, lower case, letters and digits only.
   */
  static Set<String> names(Party p) {
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

  static String normalize(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ");
    s = (" " + s + " ").replace(" and ", " ");
    return s.strip();
  }

  /** Returns the states matched, in the order of the other model's parties. */
  public ImmutableList<Match> matched() {
    return matched;
  }

  /** Returns the other model's states that might be several COW states, or one claimed twice. */
  public ImmutableList<Ambiguity> ambiguous() {
    return ambiguous;
  }

  /** Returns the COW states neither matched nor a candidate of an ambiguity, in model order. */
  public ImmutableList<PartyId> unmatchedCow() {
    return unmatchedCow;
  }

  /** Returns the other model's states with no COW state found, in model order. */
  public ImmutableList<PartyId> unmatchedOther() {
    return unmatchedOther;
  }

  /** Returns the territories matched by name. */
  public ImmutableList<TerritoryMatch> territories() {
    return territories;
  }

  /**
   * Returns one model with everything of both: each matched pair of states is one party, the
   * other model's (its id, name and roles), with the COW state's ids, name (as an alias) and
   * existence added; each matched pair of territories is one territory, the other model's, with
   * the COW territory's sovereignty statuses and ids; every COW reference to a merged party or
   * territory points to the merged one. Ambiguous and unmatched parties stay apart. Cost: linear
   * in the size of both models.
   *
   * @throws dev.disputemodel.InvalidModelException if the two models share an id of another
   *     kind of entity (never for a COW and a UCDP import)
   */
  public DisputeModel merge() {
    return MatchedModels.merge(cow, other, matched, territories);
  }

  /** Returns the matching as plain text: counts, then every ambiguity with its candidates. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("matched: ").append(matched.size()).append(" (")
        .append(matched.stream().filter(m -> m.basis() == Basis.CODE_AND_NAME).count())
        .append(" by code and name, ")
        .append(matched.stream().filter(m -> m.basis() == Basis.NAME_AND_PERIOD).count())
        .append(" by name and period)\n");
    out.append("ambiguous: ").append(ambiguous.size()).append('\n');
    for (Ambiguity a : ambiguous) {
      out.append("  ").append(describe(other, a.other())).append(" -> ")
          .append(a.candidates().stream().map(c -> describe(cow, c)).toList())
          .append(": ").append(a.reason()).append('\n');
    }
    out.append("unmatched COW states: ").append(unmatchedCow.size()).append('\n');
    out.append("unmatched other states: ").append(unmatchedOther.size()).append('\n');
    unmatchedOther.forEach(u -> out.append("  ").append(describe(other, u)).append('\n'));
    out.append("territories matched by name: ").append(territories.size()).append('\n');
    return out.toString();
  }

  private static String describe(DisputeModel model, PartyId id) {
    return model.party(id).map(p -> p.name() + " [" + id.value() + "]").orElse(id.value());
  }
}
