package dev.disputemodel.cow;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.IdScheme;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.TerritorialChange;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Merges two models along a {@link PartyMatching}: what {@link PartyMatching#merge()} does. */
final class MatchedModels {
  private MatchedModels() {}

  static DisputeModel merge(DisputeModel cow, DisputeModel other, List<PartyMatching.Match> matched,
      List<PartyMatching.TerritoryMatch> territories, List<PartyId> enteredAfterFighting) {
    Map<PartyId, PartyId> parties = new HashMap<>();
    matched.forEach(m -> parties.put(m.cow(), m.other()));
    Map<TerritoryId, TerritoryId> places = new HashMap<>();
    territories.forEach(t -> places.put(t.cow(), t.other()));
    Map<PartyId, Party> spells = spells(cow, matched);
    Set<PartyId> noProclamation = new HashSet<>(enteredAfterFighting);
    Map<TerritoryId, Territory> cowPlaces = new HashMap<>();
    cow.territories().forEach(t -> cowPlaces.put(t.id(), t));
    Map<TerritoryId, TerritoryId> otherToCowPlace = new HashMap<>();
    territories.forEach(t -> otherToCowPlace.put(t.other(), t.cow()));

    DisputeModel.Builder b = DisputeModel.builder();
    for (Party p : other.parties()) {
      Party c = spells.get(p.id());
      b.addParties(c == null ? p : withCow(p, c, !noProclamation.contains(p.id())));
    }
    cow.parties().stream().filter(p -> !parties.containsKey(p.id())).forEach(b::addParties);
    for (Territory t : other.territories()) {
      TerritoryId c = otherToCowPlace.get(t.id());
      if (c == null) {
        b.addTerritories(t);
      } else {
        Territory ct = cowPlaces.get(c);
        Territory.Builder tb = Territory.builder().from(t);
        ct.externalIds().forEach(tb::putExternalId);
        if (!ct.name().equals(t.name())) {
          tb.addAliases(ct.name());
        }
        ct.sovereignty().forEach(s -> tb.addSovereignty(remap(s, parties)));
        b.addTerritories(tb.build());
      }
    }
    for (Territory t : cow.territories()) {
      if (!places.containsKey(t.id())) {
        Territory.Builder tb = Territory.builder().from(t).sovereignty(List.of());
        t.sovereignty().forEach(s -> tb.addSovereignty(remap(s, parties)));
        t.parent().ifPresent(p -> tb.parent(places.getOrDefault(p, p)));
        b.addTerritories(tb.build());
      }
    }
    for (TerritorialChange c : cow.territorialChanges()) {
      b.addTerritorialChanges(TerritorialChange.builder().from(c)
          .territory(places.getOrDefault(c.territory(), c.territory()))
          .gainer(parties.getOrDefault(c.gainer(), c.gainer()))
          .loser(c.loser().map(l -> parties.getOrDefault(l, l))).build());
    }
    b.addAllRelations(other.relations()).addAllConflicts(other.conflicts())
        .addAllEvents(other.events()).addAllCeasefires(other.ceasefires())
        .addAllAgreements(other.agreements()).addAllRulings(other.rulings())
        .addAllMediators(other.mediators()).addAllClaims(other.claims())
        .addAllSources(other.sources()).addAllSources(cow.sources())
        .addAllTerritorialChanges(other.territorialChanges());
    return b.build();
  }

  /**
   * Returns, per matched state of the other model, one party that stands for its COW states
   * together: the names of all (the first spell's first), the ids of the latest, and the union of
   * their matched spells as its existence. A successor ({@link PartyMatching.Match#since()})
   * adds its interruptions after that day and its end; it begins the day after the predecessor
   * ends, so no interruption lies between them.
   */
  static Map<PartyId, Party> spells(DisputeModel cow, List<PartyMatching.Match> matched) {
    Map<PartyId, Party> cowParties = new HashMap<>();
    cow.parties().forEach(p -> cowParties.put(p.id(), p));
    Map<PartyId, List<PartyMatching.Match>> byOther = new LinkedHashMap<>();
    matched.forEach(m -> byOther.computeIfAbsent(m.other(), k -> new ArrayList<>()).add(m));
    Map<PartyId, Party> out = new LinkedHashMap<>();
    byOther.forEach((other, ms) -> {
      List<PartyMatching.Match> ordered = new ArrayList<>(ms);
      ordered.sort(Comparator.comparing(m -> m.since().isPresent()));
      Party first = cowParties.get(ordered.get(0).cow());
      Party.Builder b = Party.builder().from(first);
      for (PartyMatching.Match m : ordered.subList(1, ordered.size())) {
        Party next = cowParties.get(m.cow());
        FuzzyTime since = m.since().orElseThrow();
        b.id(next.id()).externalIds(next.externalIds()).addAliases(next.name())
            .addAllAliases(next.aliases()).dissolved(next.dissolved());
        next.interruptions().stream()
            .filter(gap -> gap.start().map(s -> s.isAfter(since).isDefinite()).orElse(false))
            .forEach(b::addInterruptions);
      }
      out.put(other, b.build());
    });
    return out;
  }

  private static Party withCow(Party p, Party c, boolean proclaimed) {
    Party.Builder b = Party.builder().from(p);
    Map<IdScheme, String> ids = new LinkedHashMap<>(p.externalIds());
    ids.putAll(c.externalIds());
    b.externalIds(ids);
    Set<String> names = new LinkedHashSet<>(p.aliases());
    names.add(c.name());
    names.addAll(c.aliases());
    names.remove(p.name());
    b.aliases(names);
    if (p.existence().isEmpty() && p.interruptions().isEmpty()) {
      b.proclaimed(proclaimed ? c.proclaimed() : Optional.empty()).dissolved(c.dissolved())
          .interruptions(c.interruptions());
    }
    return b.build();
  }

  private static SovereigntyStatus remap(SovereigntyStatus s, Map<PartyId, PartyId> parties) {
    return SovereigntyStatus.builder().from(s)
        .sovereign(s.sovereign().map(p -> parties.getOrDefault(p, p))).build();
  }
}
