package dev.disputemodel.cow;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The matching of the Correlates of War states of one model with the states of another, such as
 * the UCDP import, whose states carry Gleditsch–Ward numbers; and of the territories both name.
 * COW codes and Gleditsch–Ward numbers mostly agree but not always (Gleditsch &amp; Ward 1999), so
 * an equal number alone never matches. The rules, in order:
 *
 * <ol>
 *   <li><b>Code and name</b>: the other state's Gleditsch–Ward number equals a COW state code and
 *       their names agree ({@linkplain StateNames#of normalized}: "Government of Russia (Soviet Union)"
 *       gives "russia" and "soviet union").
 *   <li><b>Succession</b>: otherwise, if the other state's number is the code of a COW state
 *       whose names disagree, and exactly one COW state agrees in name and period and has a spell
 *       that begins the day after the coded state left the state system: the other state is both,
 *       one after the other (two matches). Gleditsch–Ward 678 is COW 678, the Yemen Arab
 *       Republic, until 1990-05-21 and COW 679, Yemen, since 1990-05-22.
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
    NAME_AND_PERIOD,
    /**
     * One of two COW states that are, one after the other, the same other state: the COW state
     * whose code equals the Gleditsch–Ward number and whose names disagree, until it left the
     * state system; and the one COW state that agrees in name and period, from its spell that
     * begins the next day ({@link Match#since()}).
     */
    SUCCESSION;
  }

  /**
   * A COW state matched with another model's state, for all its spells of membership or from one
   * of them on.
   *
   * @param cow the COW state; not null
   * @param other the other model's state; not null
   * @param basis the rule that matched them; not null
   * @param since the first day of the COW state's spell from which it is the other state (the
   *     successor of a {@link Basis#SUCCESSION}); empty when it is the other state in every spell;
   *     not null
   */
  public record Match(PartyId cow, PartyId other, Basis basis, Optional<FuzzyTime> since) {
    /** Rejects nulls. */
    public Match {
      Objects.requireNonNull(cow, "cow");
      Objects.requireNonNull(other, "other");
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(since, "since");
    }

    /**
     * Returns a match for every spell of the COW state.
     *
     * @throws NullPointerException if an argument is null
     */
    public Match(PartyId cow, PartyId other, Basis basis) {
      this(cow, other, basis, Optional.empty());
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
      candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
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
  private final ImmutableList<PartyId> enteredAfterFighting;

  private PartyMatching(DisputeModel cow, DisputeModel other, List<Match> matched,
      List<Ambiguity> ambiguous, List<PartyId> unmatchedCow, List<PartyId> unmatchedOther,
      List<TerritoryMatch> territories, List<PartyId> enteredAfterFighting) {
    this.cow = cow;
    this.other = other;
    this.matched = ImmutableList.copyOf(matched);
    this.ambiguous = ImmutableList.copyOf(ambiguous);
    this.unmatchedCow = ImmutableList.copyOf(unmatchedCow);
    this.unmatchedOther = ImmutableList.copyOf(unmatchedOther);
    this.territories = ImmutableList.copyOf(territories);
    this.enteredAfterFighting = ImmutableList.copyOf(enteredAfterFighting);
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
      for (String n : StateNames.of(p)) {
        byName.computeIfAbsent(n, k -> new ArrayList<>()).add(p);
      }
    }
    Map<PartyId, List<FuzzyPeriod>> fighting = MembershipSpells.fighting(other);
    Map<PartyId, List<Match>> found = new LinkedHashMap<>();
    List<Ambiguity> ambiguous = new ArrayList<>();
    List<PartyId> unmatchedOther = new ArrayList<>();
    for (Party o : other.parties()) {
      if (o.kind() != PartyKind.STATE || o.gleditschWardNumber().isEmpty()) {
        continue;
      }
      Set<String> names = StateNames.of(o);
      Party byNumber = byCode.get(o.gleditschWardNumber().getAsInt());
      if (byNumber != null && StateNames.overlap(names, StateNames.of(byNumber))) {
        found.put(o.id(), List.of(new Match(byNumber.id(), o.id(), Basis.CODE_AND_NAME)));
        continue;
      }
      Set<Party> candidates = new LinkedHashSet<>();
      for (String n : names) {
        for (Party c : byName.getOrDefault(n, List.of())) {
          if (MembershipSpells.mayOverlap(c, fighting.getOrDefault(o.id(), List.of()))) {
            candidates.add(c);
          }
        }
      }
      Optional<FuzzyTime> since = candidates.size() == 1 && byNumber != null
          ? MembershipSpells.successorSince(byNumber, candidates.iterator().next()) : Optional.empty();
      if (since.isPresent()) {
        found.put(o.id(), List.of(new Match(byNumber.id(), o.id(), Basis.SUCCESSION),
            new Match(candidates.iterator().next().id(), o.id(), Basis.SUCCESSION, since)));
      } else if (candidates.size() == 1) {
        found.put(o.id(), List.of(
            new Match(candidates.iterator().next().id(), o.id(), Basis.NAME_AND_PERIOD)));
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
    // one COW state claimed by two: neither is matched with any COW state
    Map<PartyId, List<PartyId>> claimants = new LinkedHashMap<>();
    found.values().forEach(ms -> ms.forEach(
        m -> claimants.computeIfAbsent(m.cow(), k -> new ArrayList<>()).add(m.other())));
    Set<PartyId> disputed = new LinkedHashSet<>();
    claimants.forEach((c, others) -> {
      if (others.size() > 1) {
        others.forEach(o -> ambiguous.add(new Ambiguity(o, List.of(c),
            "the COW state is matched by " + others.size() + " states: " + others)));
        disputed.addAll(others);
      }
    });
    List<Match> matched = new ArrayList<>();
    found.forEach((o, ms) -> {
      if (!disputed.contains(o)) {
        matched.addAll(ms);
      }
    });
    Set<PartyId> matchedCow = new LinkedHashSet<>();
    matched.forEach(m -> matchedCow.add(m.cow()));
    Set<PartyId> candidateCow = new LinkedHashSet<>();
    ambiguous.forEach(a -> candidateCow.addAll(a.candidates()));
    List<PartyId> unmatchedCow = cowStates.stream().map(Party::id)
        .filter(id -> !matchedCow.contains(id) && !candidateCow.contains(id)).toList();
    return new PartyMatching(cow, other, matched, ambiguous, unmatchedCow, unmatchedOther,
        territories(cow, other), MembershipSpells.enteredAfterFighting(cow, other, matched));
  }

  private static List<TerritoryMatch> territories(DisputeModel cow, DisputeModel other) {
    Map<String, List<TerritoryId>> cowByName = new HashMap<>();
    cow.territories().stream().filter(t -> t.id().value().startsWith("cow-entity-"))
        .forEach(t -> cowByName.computeIfAbsent(StateNames.normalize(t.name()), k -> new ArrayList<>()).add(t.id()));
    Map<String, List<TerritoryId>> otherByName = new LinkedHashMap<>();
    other.territories().forEach(
        t -> otherByName.computeIfAbsent(StateNames.normalize(t.name()), k -> new ArrayList<>()).add(t.id()));
    List<TerritoryMatch> out = new ArrayList<>();
    otherByName.forEach((name, ids) -> {
      List<TerritoryId> c = cowByName.getOrDefault(name, List.of());
      if (ids.size() == 1 && c.size() == 1) {
        out.add(new TerritoryMatch(c.get(0), ids.get(0)));
      }
    });
    return out;
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
   * Returns the other model's matched states that it records in a conflict (as a primary party,
   * over the conflict's period, or as a supporter, over the support's period) that definitely
   * ended before the state entered the COW state system. Entry is membership, not the state's
   * beginning: the COW codebook's criteria ("State Membership Definitions and Rationale") admit a
   * state when it is recognized (after 1920: a member of the League or the United Nations, or
   * receiving missions from two major powers), and states "existed as independent entities prior
   * to" their entry (Saudi Arabia and Yemen). {@link #merge()} takes no proclaimed time for these.
   * In the other model's order.
   */
  public ImmutableList<PartyId> enteredAfterFighting() {
    return enteredAfterFighting;
  }

  /**
   * Returns one model with everything of both: each matched state is one party, the other
   * model's (its id, name and roles), with its COW states' names (as aliases), the ids of the
   * latest of them (one per scheme) and their spells of membership as its existence (the
   * successor's from its {@link Match#since()}), except a proclaimed time for the states of
   * {@link #enteredAfterFighting()}; each matched pair of territories is one territory, the other
   * model's, with the COW territory's sovereignty statuses and ids; every COW reference to a
   * merged party or territory points to the merged one. Ambiguous and unmatched parties stay
   * apart. A party with an existence of its own keeps it. Cost: linear in the size of both
   * models.
   *
   * @throws dev.disputemodel.InvalidModelException if the two models share an id of another
   *     kind of entity (never for a COW and a UCDP import)
   */
  public DisputeModel merge() {
    return MatchedModels.merge(cow, other, matched, territories, enteredAfterFighting);
  }

  /** Returns the matching as plain text: counts, then every ambiguity with its candidates. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("matched: ").append(matched.stream().map(Match::other).distinct().count())
        .append(" states with ").append(matched.size()).append(" COW states (")
        .append(matched.stream().filter(m -> m.basis() == Basis.CODE_AND_NAME).count())
        .append(" by code and name, ")
        .append(matched.stream().filter(m -> m.basis() == Basis.NAME_AND_PERIOD).count())
        .append(" by name and period, ")
        .append(matched.stream().filter(m -> m.basis() == Basis.SUCCESSION).count())
        .append(" by succession)\n");
    matched.stream().filter(m -> m.basis() != Basis.CODE_AND_NAME).forEach(m -> out.append("  ")
        .append(describe(other, m.other())).append(" -> ").append(describe(cow, m.cow()))
        .append(m.since().map(t -> " since " + t).orElse("")).append(": ")
        .append(m.basis()).append('\n'));
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
    out.append("entered the COW state system after fighting (no proclaimed time): ")
        .append(enteredAfterFighting.size()).append('\n');
    enteredAfterFighting.forEach(u -> out.append("  ").append(describe(other, u)).append('\n'));
    return out.toString();
  }

  private static String describe(DisputeModel model, PartyId id) {
    return model.party(id).map(p -> p.name() + " [" + id.value() + "]").orElse(id.value());
  }
}
