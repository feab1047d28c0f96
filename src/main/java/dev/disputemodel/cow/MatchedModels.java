package dev.disputemodel.cow;

import com.google.common.collect.ImmutableMap;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.TerritorialChange;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Merges two models along a {@link PartyMatching}: what {@link PartyMatching#merge()} does. */
final class MatchedModels {
  private MatchedModels() {}

  static DisputeModel merge(DisputeModel cow, DisputeModel other, List<PartyMatching.Match> matched,
      List<PartyMatching.TerritoryMatch> territories) {
    Map<PartyId, PartyId> parties = new HashMap<>();
    matched.forEach(m -> parties.put(m.cow(), m.other()));
    Map<TerritoryId, TerritoryId> places = new HashMap<>();
    territories.forEach(t -> places.put(t.cow(), t.other()));
    Map<PartyId, Party> cowParties = new HashMap<>();
    cow.parties().forEach(p -> cowParties.put(p.id(), p));
    ImmutableMap<PartyId, PartyId> otherToCow = ImmutableMap.copyOf(
        matched.stream().collect(ImmutableMap.toImmutableMap(PartyMatching.Match::other,
            PartyMatching.Match::cow)));
    Map<TerritoryId, Territory> cowPlaces = new HashMap<>();
    cow.territories().forEach(t -> cowPlaces.put(t.id(), t));
    Map<TerritoryId, TerritoryId> otherToCowPlace = new HashMap<>();
    territories.forEach(t -> otherToCowPlace.put(t.other(), t.cow()));

    DisputeModel.Builder b = DisputeModel.builder();
    for (Party p : other.parties()) {
      PartyId c = otherToCow.get(p.id());
      b.addParties(c == null ? p : withCow(p, cowParties.get(c)));
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

  private static Party withCow(Party p, Party c) {
    Party.Builder b = Party.builder().from(p);
    c.externalIds().forEach(b::putExternalId);
    if (!p.name().equals(c.name()) && !p.aliases().contains(c.name())) {
      b.addAliases(c.name());
    }
    if (p.existence().isEmpty() && p.interruptions().isEmpty()) {
      b.proclaimed(c.proclaimed()).dissolved(c.dissolved()).interruptions(c.interruptions());
    }
    return b.build();
  }

  private static SovereigntyStatus remap(SovereigntyStatus s, Map<PartyId, PartyId> parties) {
    return SovereigntyStatus.builder().from(s)
        .sovereign(s.sovereign().map(p -> parties.getOrDefault(p, p))).build();
  }
}
