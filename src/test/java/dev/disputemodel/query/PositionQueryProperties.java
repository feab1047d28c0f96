package dev.disputemodel.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Claim;
import dev.disputemodel.Containment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.Party;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.query.PositionQuery.Position;
import dev.disputemodel.query.PositionQuery.TerritorialClaimant;
import dev.disputemodel.testing.Gen;
import dev.disputemodel.testing.junit.ForAll;
import dev.disputemodel.testing.junit.PropertyTest;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Every position query ({@link PositionQuery}) answers as a naive scan of every claim of the model
 * does: same positions, same certainties, same order, on generated models with holding periods,
 * withdrawals, replacements, claims about past periods and claims on parts of territories.
 */
class PositionQueryProperties {
  static Gen<DisputeModel> models() {
    return IndexedEqualsNaiveTest.models();
  }

  @PropertyTest
  void indexedPositionQueriesEqualANaiveScan(@ForAll("models") DisputeModel model) {
    PositionQuery q = ModelQueries.over(model).positions();
    Set<PropositionKey> keys = new LinkedHashSet<>();
    model.claims().forEach(c -> c.propositions().forEach(p -> keys.add(p.key())));
    model.territories().forEach(t -> keys.add(PropositionKey.of(PropositionType.SOVEREIGNTY, t.id())));
    List<EntityId> claimants = new ArrayList<>();
    model.parties().forEach(p -> claimants.add(p.id()));
    model.sources().forEach(s -> claimants.add(s.id()));
    List<FuzzyTime> dates = dates(model.claims().size());
    for (PropositionKey key : keys) {
      for (FuzzyTime date : dates) {
        assertEquals(inForce(model, key, null, date, null), q.inForce(key, date), key + " " + date);
        FuzzyTime known = dates.get(Math.floorMod(date.hashCode(), dates.size()));
        assertEquals(inForce(model, key, null, date, known), q.inForce(key, date, known),
            key + " " + date + " as known on " + known);
      }
      for (EntityId claimant : claimants) {
        EntityId speaker = speakerOf(model, claimant);
        assertEquals(history(model, key, speaker), q.history(key, claimant), key + " " + claimant);
        for (FuzzyTime date : dates.subList(0, 3)) {
          assertEquals(inForce(model, key, speaker, date, null), q.inForce(key, claimant, date),
              key + " " + claimant + " " + date);
          assertEquals(latest(model, key, speaker, date), q.latest(key, claimant, date),
              key + " " + claimant + " " + date);
        }
      }
    }
    for (Territory t : model.territories()) {
      for (FuzzyTime date : dates) {
        assertEquals(claimantsOf(model, t.id(), date), q.claimantsOf(t.id(), date),
            t.id() + " " + date);
      }
    }
  }

  /** Dates of every precision in the window the generated models use, from {@code seed}. */
  static List<FuzzyTime> dates(long seed) {
    Random r = new Random(seed);
    List<FuzzyTime> out = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      LocalDate day = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(5 * 365));
      out.add(i % 3 == 0 ? FuzzyTime.onDay(day)
          : i % 3 == 1 ? FuzzyTime.inMonth(YearMonth.from(day)) : FuzzyTime.inYear(Year.of(day.getYear())));
    }
    out.add(FuzzyTime.inYear(Year.of(2100))); // after everything
    return out;
  }

  // ------------------------------------------------------------------ the naive scans

  static EntityId speakerOf(DisputeModel model, EntityId claimant) {
    return claimant instanceof dev.disputemodel.PartyId p ? model.principal(p) : claimant;
  }

  /** The claims of question {@code key}: its own in model order, then asserted ones on wholes. */
  static List<Claim> questionClaims(DisputeModel model, PropositionKey key) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : model.claims()) {
      if (c.propositions().stream().anyMatch(p -> p.key().equals(key))) {
        out.add(c);
      }
    }
    if (key.type() == PropositionType.SOVEREIGNTY && key.subjects().size() == 1
        && key.subjects().get(0) instanceof TerritoryId part && model.territory(part).isPresent()) {
      for (TerritoryId whole : model.enclosing(part)) {
        for (Claim c : model.claims()) {
          if (c.polarity() == Polarity.ASSERTS && c.propositions().stream()
              .anyMatch(p -> p instanceof Sovereignty s && s.territory().equals(whole))) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }

  static ImmutableList<Position> inForce(DisputeModel model, PropositionKey key, EntityId speaker,
      FuzzyTime date, FuzzyTime asKnownOn) {
    ImmutableList.Builder<Position> out = ImmutableList.builder();
    for (Claim c : questionClaims(model, key)) {
      EntityId by = model.speaker(c);
      Certainty held = asKnownOn == null ? model.inForce(c, date) : model.inForce(c, date, asKnownOn);
      if ((speaker == null || by.equals(speaker)) && held.isPossible()) {
        out.add(new Position(c, by, held));
      }
    }
    return out.build();
  }

  static Optional<Position> latest(
      DisputeModel model, PropositionKey key, EntityId speaker, FuzzyTime on) {
    List<Position> held = inForce(model, key, speaker, on, on);
    Optional<Position> last = Optional.empty();
    for (Position p : held) {
      if (last.isEmpty()
          || FuzzyTime.ORDER.compare(p.claim().madeAt(), last.get().claim().madeAt()) >= 0) {
        last = Optional.of(p);
      }
    }
    return last.map(l -> {
      boolean surelyLast = held.stream().allMatch(p -> p == l
          || p.claim().madeAt().isBefore(l.claim().madeAt().earliest()).isDefinite());
      return new Position(l.claim(), l.claimant(),
          surelyLast ? l.certainty() : l.certainty().and(Certainty.POSSIBLY));
    });
  }

  static ImmutableList<Claim> history(DisputeModel model, PropositionKey key, EntityId speaker) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : questionClaims(model, key)) {
      if (!model.speaker(c).equals(speaker)) {
        continue;
      }
      out.add(c);
      for (Claim w : model.claims()) {
        if (w.propositions().isEmpty() && model.speaker(w).equals(speaker) && !out.contains(w)
            && w.ends().stream().anyMatch(e -> e.claim().equals(c.id()))) {
          out.add(w);
        }
      }
    }
    out.sort(Comparator.comparing(Claim::madeAt, FuzzyTime.ORDER));
    return ImmutableList.copyOf(out);
  }

  static ImmutableList<TerritorialClaimant> claimantsOf(
      DisputeModel model, TerritoryId territory, FuzzyTime date) {
    List<TerritoryId> related = new ArrayList<>();
    related.add(territory);
    related.addAll(model.enclosing(territory));
    List<TerritoryId> level = List.of(territory); // then the parts, breadth-first
    Set<TerritoryId> seen = new LinkedHashSet<>(level);
    while (!level.isEmpty()) {
      List<TerritoryId> next = new ArrayList<>();
      for (Territory t : model.territories()) {
        if (t.parent().isPresent() && level.contains(t.parent().get()) && seen.add(t.id())) {
          next.add(t.id());
        }
      }
      related.addAll(next);
      level = next;
    }
    Map<List<Object>, TerritorialClaimant> out = new LinkedHashMap<>();
    for (TerritoryId t : related) {
      Optional<Containment> relation = model.containment(t, territory);
      if (relation.isEmpty()) {
        continue;
      }
      for (Claim c : model.claims()) {
        Certainty held = model.inForce(c, date);
        if (c.polarity() != Polarity.ASSERTS || !held.isPossible()) {
          continue;
        }
        for (Proposition p : c.propositions()) {
          if (p instanceof Sovereignty s && s.territory().equals(t)) {
            EntityId by = model.speaker(c);
            out.merge(List.of(by, s.sovereign(), t),
                new TerritorialClaimant(by, s.sovereign(), t, relation.get(), held),
                (a, b) -> b.certainty().isDefinite() ? b : a);
          }
        }
      }
    }
    return ImmutableList.copyOf(out.values());
  }
}
