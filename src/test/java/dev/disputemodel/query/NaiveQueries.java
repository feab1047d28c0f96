package dev.disputemodel.query;

import dev.disputemodel.Control;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Polarity;
import dev.disputemodel.Casualties;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.Mediator;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.Supporter;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The reference answers: every indexed query written as the plainest stream filter over the whole
 * model, with no index, no shared helper from the query package beyond {@link When} (whose
 * semantics are tested on their own), so that an index bug cannot hide in both.
 */
final class NaiveQueries {
  private final DisputeModel model;

  NaiveQueries(DisputeModel model) {
    this.model = model;
  }

  // ---------------------------------------------------------------- claims

  List<Claim> claims(Predicate<Claim> p) {
    return model.claims().stream().filter(p).collect(Collectors.toList());
  }

  List<PartyId> chain(PartyId p) {
    List<PartyId> out = new ArrayList<>();
    Optional<PartyId> at = Optional.of(p);
    while (at.isPresent() && !out.contains(at.get())) {
      out.add(at.get());
      at = model.party(at.get()).flatMap(Party::actsFor);
    }
    return out;
  }

  Predicate<Claim> by(PartyId p) {
    return c -> c.claimant().isPresent() && chain(c.claimant().get()).contains(p);
  }

  Set<EntityId> subjects(Claim c) {
    Set<EntityId> out = new LinkedHashSet<>();
    for (Proposition p : c.propositions()) {
      p.references().forEach(r -> out.add(r.target()));
      if (p instanceof dev.disputemodel.CeasefireStatus s) {
        model.ceasefire(s.ceasefire()).ifPresent(cf -> out.add(cf.conflict()));
      }
    }
    return out;
  }

  Predicate<Claim> about(Set<? extends EntityId> any) {
    return c -> subjects(c).stream().anyMatch(any::contains);
  }

  Predicate<Claim> on(PropositionKey key) {
    return c -> c.propositions().stream().anyMatch(p -> p.key().equals(key));
  }

  Predicate<Claim> knownOn(FuzzyTime date, Certainty required) {
    return c -> {
      long cutoff = date.latestEpochSecond();
      Certainty made = c.madeAt().latestEpochSecond() <= cutoff ? Certainty.DEFINITELY
          : c.madeAt().earliestEpochSecond() < cutoff ? Certainty.POSSIBLY : Certainty.NOT;
      Optional<FuzzyTime> pub = model.source(c.source()).flatMap(Source::published);
      Certainty published = pub.isEmpty() ? Certainty.POSSIBLY
          : pub.get().latestEpochSecond() <= cutoff ? Certainty.DEFINITELY
          : pub.get().earliestEpochSecond() < cutoff ? Certainty.POSSIBLY : Certainty.NOT;
      Certainty both = made.and(published);
      return required == Certainty.DEFINITELY ? both.isDefinite() : both.isPossible();
    };
  }

  // ---------------------------------------------------------------- time

  List<Conflict> conflictsActive(When w) {
    return model.conflicts().stream().filter(c -> w.accepts(c.period())).collect(Collectors.toList());
  }

  List<Event> events(When w) {
    return model.events().stream().filter(e -> w.accepts(Optional.of(FuzzyPeriod.at(e.time()))))
        .collect(Collectors.toList());
  }

  List<Ceasefire> ceasefiresInEffect(When w) {
    return ceasefiresInEffect(w, ContestedCeasefires.INCLUDE);
  }

  /**
   * In effect on record, and at most possibly so while an asserted ENDED or NEVER_IN_EFFECT claim
   * (or a denied IN_FORCE) on it is possibly held at {@code w}; contested ones dropped on EXCLUDE.
   */
  List<Ceasefire> ceasefiresInEffect(When w, ContestedCeasefires contested) {
    List<Ceasefire> out = new ArrayList<>();
    for (Ceasefire cf : model.ceasefires()) {
      Certainty onRecord = w.certaintyOf(inEffectOnRecord(cf));
      boolean over = false;
      for (Claim c : model.claims()) {
        boolean asserts = c.polarity() == dev.disputemodel.Polarity.ASSERTS;
        boolean saysOver = c.propositions().stream().anyMatch(p -> p instanceof dev.disputemodel.CeasefireStatus s
                && s.ceasefire().equals(cf.id())
                && (asserts ? s.state() == dev.disputemodel.CeasefireState.ENDED
                    || s.state() == dev.disputemodel.CeasefireState.NEVER_IN_EFFECT
                    : s.state() == dev.disputemodel.CeasefireState.IN_FORCE));
        Optional<FuzzyPeriod> held = model.inForcePeriod(c); // held, or the past period it is about
        over |= saysOver && held.isPresent() && w.certaintyOf(held).isPossible();
      }
      boolean isContested = onRecord.isPossible() && over;
      Certainty inEffect = isContested ? onRecord.and(Certainty.POSSIBLY) : onRecord;
      boolean meets = w.required() == Certainty.DEFINITELY ? inEffect.isDefinite() : inEffect.isPossible();
      if (meets && (contested == ContestedCeasefires.INCLUDE || !isContested)) {
        out.add(cf);
      }
    }
    return out;
  }

  /** From effective (else agreed) to the first of its end and the renewals and successions of it. */
  Optional<FuzzyPeriod> inEffectOnRecord(Ceasefire cf) {
    List<FuzzyTime> ends = new ArrayList<>();
    cf.ended().ifPresent(ends::add);
    List<dev.disputemodel.Accord> all = new ArrayList<>(model.ceasefires());
    all.addAll(model.agreements());
    for (dev.disputemodel.Accord later : all) {
      for (dev.disputemodel.ChainLink l : later.links()) {
        if (l.earlier().equals(cf.id()) && l.kind() != dev.disputemodel.ChainLinkKind.RECOMMITS_TO) {
          Optional<FuzzyTime> at = l.date().isPresent() ? l.date()
              : later.effective().isPresent() ? later.effective() : later.agreed();
          at.ifPresent(ends::add);
        }
      }
    }
    Optional<FuzzyTime> end = Optional.empty();
    if (!ends.isEmpty()) {
      long lo = ends.stream().mapToLong(FuzzyTime::earliestEpochSecond).min().getAsLong();
      long hi = ends.stream().mapToLong(FuzzyTime::latestEpochSecond).min().getAsLong();
      FuzzyTime first = ends.stream().filter(t -> t.earliestEpochSecond() == lo && t.latestEpochSecond() == hi)
          .findFirst().orElse(null);
      if (first == null) {
        dev.disputemodel.time.Precision p = ends.stream().map(FuzzyTime::precision)
            .reduce(dev.disputemodel.time.Precision::coarsest).get();
        first = FuzzyTime.of(java.time.LocalDateTime.ofEpochSecond(lo, 0, java.time.ZoneOffset.UTC),
            java.time.LocalDateTime.ofEpochSecond(hi, 0, java.time.ZoneOffset.UTC), p);
      }
      end = Optional.of(first);
    }
    Optional<FuzzyTime> start = cf.effective().isPresent() ? cf.effective() : cf.agreed();
    if (start.isEmpty()) {
      return end.map(FuzzyPeriod::until);
    }
    if (end.isEmpty()) {
      return Optional.of(FuzzyPeriod.since(start.get()));
    }
    return Optional.of(end.get().isBefore(start.get()).isDefinite()
        ? FuzzyPeriod.at(start.get()) : FuzzyPeriod.of(start.get(), end.get()));
  }

  List<Mediator> mediatorsActive(When w) {
    return model.mediators().stream().filter(m -> w.accepts(m.period())).collect(Collectors.toList());
  }

  List<PartyRelation> relationsActive(When w) {
    return model.relations().stream().filter(r -> w.accepts(r.period())).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- territories and conflicts

  Set<TerritoryId> descendants(TerritoryId t) {
    Set<TerritoryId> out = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Territory x : model.territories()) {
        if (x.parent().isPresent() && (x.parent().get().equals(t) || out.contains(x.parent().get()))
            && !x.id().equals(t) && out.add(x.id())) {
          grew = true;
        }
      }
    }
    return out;
  }

  Set<ConflictId> episodes(ConflictId c) {
    Set<ConflictId> out = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Conflict x : model.conflicts()) {
        if (x.parent().isPresent() && (x.parent().get().equals(c) || out.contains(x.parent().get()))
            && !x.id().equals(c) && out.add(x.id())) {
          grew = true;
        }
      }
    }
    return out;
  }

  List<Conflict> conflictsAbout(TerritoryId t) {
    Set<TerritoryId> area = new HashSet<>(descendants(t));
    area.add(t);
    Set<ConflictId> withEvents = model.events().stream()
        .filter(e -> e.places().stream().anyMatch(area::contains)).map(Event::conflict)
        .collect(Collectors.toSet());
    return model.conflicts().stream()
        .filter(c -> c.territoriesAtStake().stream().anyMatch(area::contains) || withEvents.contains(c.id()))
        .collect(Collectors.toList());
  }

  /** Involvements as (party, role, conflict, via, through) tuples, unordered. */
  Set<List<Object>> involvements(ConflictId root, boolean withEpisodes) {
    Set<ConflictId> scope = new HashSet<>();
    scope.add(root);
    if (withEpisodes) {
      scope.addAll(episodes(root));
    }
    Set<List<Object>> out = new HashSet<>();
    for (Conflict c : model.conflicts()) {
      if (!scope.contains(c.id())) {
        continue;
      }
      Conflict recorder = c;
      Set<ConflictId> seen = new HashSet<>();
      while (recorder.sides().isEmpty() && recorder.parent().isPresent() && seen.add(recorder.id())) {
        recorder = model.conflict(recorder.parent().get()).orElseThrow();
      }
      for (Side s : recorder.sides()) {
        for (PartyId p : s.primaries()) {
          add(out, p, Role.PRIMARY, c.id(), recorder.id());
        }
        for (Supporter sup : s.supporters()) {
          add(out, sup.party(), Role.SUPPORTER, c.id(), recorder.id());
        }
      }
    }
    model.mediators().stream().filter(m -> scope.contains(m.conflict()))
        .forEach(m -> add(out, m.party(), Role.MEDIATOR, m.conflict(), m.id()));
    model.ceasefires().stream().filter(cf -> scope.contains(cf.conflict()))
        .forEach(cf -> cf.signatories().forEach(p -> add(out, p, Role.SIGNATORY, cf.conflict(), cf.id())));
    model.events().stream().filter(e -> scope.contains(e.conflict()))
        .forEach(e -> e.participants().forEach(p -> add(out, p, Role.PARTICIPANT, e.conflict(), e.id())));
    for (Claim k : model.claims()) {
      if (k.claimant().isEmpty()) {
        continue;
      }
      for (EntityId s : subjects(k)) {
        if (s instanceof ConflictId c && scope.contains(c)) {
          add(out, k.claimant().get(), Role.CLAIMANT, c, k.id());
        }
      }
    }
    return out;
  }

  private void add(Set<List<Object>> out, PartyId p, Role role, ConflictId c, EntityId via) {
    List<PartyId> chain = chain(p);
    out.add(List.of(p, role, c, via, Optional.empty()));
    for (int i = 1; i < chain.size(); i++) {
      out.add(List.of(chain.get(i), role, c, via, Optional.of(p)));
    }
  }

  /** Allies as party -> (distance, certainty), by relaxing to a fixpoint. */
  Map<PartyId, List<Object>> allies(PartyId party, When w, Set<RelationKind> kinds, boolean transitive) {
    Map<PartyId, List<Object>> out = new HashMap<>();
    for (Certainty level : List.of(Certainty.DEFINITELY, Certainty.POSSIBLY)) {
      if (level == Certainty.POSSIBLY && w.required() == Certainty.DEFINITELY) {
        break;
      }
      Map<PartyId, Integer> dist = new HashMap<>();
      dist.put(party, 0);
      boolean grew = true;
      while (grew) {
        grew = false;
        for (PartyRelation r : model.relations()) {
          Certainty c = w.certaintyOf(r.period());
          if (!kinds.contains(r.kind()) || !(level == Certainty.DEFINITELY ? c.isDefinite() : c.isPossible())) {
            continue;
          }
          boolean sym = r.kind() == RelationKind.ALLY_OF || r.kind() == RelationKind.HAS_TIES_TO
              || r.kind() == RelationKind.HOSTILE_TO;
          grew |= relax(dist, r.to(), r.from(), transitive);
          if (sym) {
            grew |= relax(dist, r.from(), r.to(), transitive);
          }
        }
      }
      for (Map.Entry<PartyId, Integer> e : dist.entrySet()) {
        if (!e.getKey().equals(party) && !out.containsKey(e.getKey())) {
          out.put(e.getKey(), List.of(e.getValue(), level));
        }
      }
    }
    return out;
  }

  private static boolean relax(Map<PartyId, Integer> dist, PartyId from, PartyId to, boolean transitive) {
    Integer d = dist.get(from);
    if (d == null || (!transitive && d > 0)) {
      return false;
    }
    Integer old = dist.get(to);
    if (old == null || old > d + 1) {
      dist.put(to, d + 1);
      return true;
    }
    return false;
  }

  /** Casualty figures as (claim, party, kind, count) tuples, in model order of claims. */
  List<List<Object>> casualties(ConflictId c) {
    List<List<Object>> out = new ArrayList<>();
    for (Claim k : model.claims()) {
      for (Proposition p : k.propositions()) {
        if (p instanceof Casualties cas && cas.conflict().equals(c)) {
          out.add(List.of(k.id(), cas.party(), cas.kind(), cas.count()));
        }
      }
    }
    return out;
  }

  /**
   * The contested keys by the definition, pair by pair: two claims of different speakers whose
   * held periods may overlap give contradicting answers to one key, directly or (sovereignty)
   * through an asserted claim on a territory containing the key's.
   */
  Set<PropositionKey> contestedKeys() {
    Set<PropositionKey> out = new HashSet<>();
    List<Claim> all = model.claims();
    for (int i = 0; i < all.size(); i++) {
      for (int j = 0; j < all.size(); j++) {
        Claim x = all.get(i);
        Claim y = all.get(j);
        if (i == j || model.speaker(x).equals(model.speaker(y))) {
          continue;
        }
        Optional<FuzzyPeriod> px = model.heldPeriod(x);
        Optional<FuzzyPeriod> py = model.heldPeriod(y);
        if (px.isEmpty() || py.isEmpty() || !px.get().overlaps(py.get()).isPossible()) {
          continue;
        }
        // claims about stated past periods: about times that may overlap too
        if ((x.about().isPresent() || y.about().isPresent())
            && !x.about().orElse(px.get()).overlaps(y.about().orElse(py.get())).isPossible()) {
          continue;
        }
        for (Proposition a : x.propositions()) {
          for (Proposition b : y.propositions()) {
            Optional<Proposition> asked = answerTo(a.key(), y.polarity(), b);
            if (asked.isPresent() && Claim.answersContradict(x.polarity(), a, y.polarity(), asked.get())) {
              out.add(a.key());
            }
          }
        }
      }
    }
    return out;
  }

  /** The claims that answer {@code key}: on it, or asserted on a territory containing its. */
  List<Claim> answering(PropositionKey key) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : model.claims()) {
      if (c.propositions().stream().anyMatch(p -> answerTo(key, c.polarity(), p).isPresent())) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Returns {@code p} as an answer to {@code key}: itself if it has that key, or a sovereignty
   * proposition (asserted) on a territory containing the key's territory, moved onto it.
   */
  Optional<Proposition> answerTo(PropositionKey key, Polarity polarity, Proposition p) {
    if (p.key().equals(key)) {
      return Optional.of(p);
    }
    if (polarity != Polarity.ASSERTS || key.subjects().size() != 1
        || !(key.subjects().get(0) instanceof TerritoryId part)) {
      return Optional.empty();
    }
    if (p instanceof Sovereignty s && key.type() == PropositionType.SOVEREIGNTY
        && model.enclosing(part).contains(s.territory())) {
      return Optional.of(new Sovereignty(part, s.sovereign(), s.extent()));
    }
    return Optional.empty();
  }
}
