package dev.disputemodel.query;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.Mediator;
import dev.disputemodel.PartyId;
import dev.disputemodel.Side;
import dev.disputemodel.Supporter;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;

/**
 * The indexes over every entity but claims: positions in the model (for model order), the
 * territory and conflict hierarchies, conflicts and events by territory, ceasefires and mediator
 * roles by conflict and ceasefire, involvements by conflict (claimants excepted, which come from
 * the claim index), and interval indexes on when things were active. Linear in the number of
 * entities (times a log factor for sorting).
 */
final class EntityIndex {
  final ImmutableMap<EntityId, Integer> position;
  final ImmutableListMultimap<TerritoryId, TerritoryId> territoryChildren;
  final ImmutableListMultimap<ConflictId, ConflictId> episodes;
  final ImmutableListMultimap<TerritoryId, Conflict> conflictsByTerritory;
  final ImmutableListMultimap<TerritoryId, Event> eventsByPlace;
  final ImmutableListMultimap<ConflictId, Ceasefire> ceasefiresByConflict;
  final ImmutableListMultimap<ConflictId, Mediator> mediatorsByConflict;
  final ImmutableListMultimap<CeasefireId, Mediator> mediatorsByCeasefire;
  final ImmutableListMultimap<ConflictId, Involvement> involvements;
  final TimeIndex conflictTimes;
  final TimeIndex eventTimes;
  final TimeIndex ceasefireTimes;
  final TimeIndex mediatorTimes;
  final TimeIndex relationTimes;

  EntityIndex(DisputeModel model, ModelIndex index) {
    ImmutableMap.Builder<EntityId, Integer> pos = ImmutableMap.builder();
    int i = 0;
    for (Entity e : model.entities()) {
      if (!(e instanceof dev.disputemodel.Claim)) {
        pos.put(e.id(), i++);
      }
    }
    position = pos.buildOrThrow();

    ImmutableListMultimap.Builder<TerritoryId, TerritoryId> children = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<TerritoryId, Conflict> byTerritory = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<TerritoryId, Event> byPlace = ImmutableListMultimap.builder();
    for (Territory t : model.territories()) {
      t.parent().ifPresent(p -> children.put(p, t.id()));
    }
    ImmutableListMultimap.Builder<ConflictId, ConflictId> eps = ImmutableListMultimap.builder();
    for (Conflict c : model.conflicts()) {
      c.parent().ifPresent(p -> eps.put(p, c.id()));
      c.territoriesAtStake().forEach(t -> byTerritory.put(t, c));
    }
    for (Event e : model.events()) {
      e.places().forEach(t -> byPlace.put(t, e));
    }
    territoryChildren = children.build();
    episodes = eps.build();
    conflictsByTerritory = byTerritory.build();
    eventsByPlace = byPlace.build();

    ImmutableListMultimap.Builder<ConflictId, Ceasefire> cfs = ImmutableListMultimap.builder();
    model.ceasefires().forEach(c -> cfs.put(c.conflict(), c));
    ceasefiresByConflict = cfs.build();
    ImmutableListMultimap.Builder<ConflictId, Mediator> medsC = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<CeasefireId, Mediator> medsS = ImmutableListMultimap.builder();
    for (Mediator m : model.mediators()) {
      medsC.put(m.conflict(), m);
      m.ceasefire().ifPresent(c -> medsS.put(c, m));
    }
    mediatorsByConflict = medsC.build();
    mediatorsByCeasefire = medsS.build();

    ImmutableListMultimap.Builder<ConflictId, Involvement> inv = ImmutableListMultimap.builder();
    for (Conflict c : model.conflicts()) {
      ConflictId recorder = index.sidesRecordedBy(c.id());
      for (Side side : index.sides(c.id())) {
        Optional<String> label = Optional.of(side.label());
        for (PartyId p : side.primaries()) {
          put(inv, index, new Involvement(p, Role.PRIMARY, c.id(), recorder, label, Optional.empty(), Optional.empty()));
        }
        for (Supporter s : side.supporters()) {
          put(inv, index, new Involvement(s.party(), Role.SUPPORTER, c.id(), recorder, label, Optional.empty(), Optional.empty()));
        }
      }
    }
    for (Mediator m : model.mediators()) {
      put(inv, index, new Involvement(m.party(), Role.MEDIATOR, m.conflict(), m.id(), Optional.empty(), Optional.of(m.role()), Optional.empty()));
    }
    for (Ceasefire cf : model.ceasefires()) {
      for (PartyId p : cf.signatories()) {
        put(inv, index, new Involvement(p, Role.SIGNATORY, cf.conflict(), cf.id(), Optional.empty(), Optional.empty(), Optional.empty()));
      }
    }
    for (Event e : model.events()) {
      for (PartyId p : e.participants()) {
        put(inv, index, new Involvement(p, Role.PARTICIPANT, e.conflict(), e.id(), Optional.empty(), Optional.empty(), Optional.empty()));
      }
    }
    involvements = inv.build();

    conflictTimes = TimeIndex.of(model.conflicts(), Conflict::period);
    eventTimes = TimeIndex.of(model.events(), e -> Optional.of(FuzzyPeriod.at(e.time())));
    ceasefireTimes = TimeIndex.of(model.ceasefires(), c -> index.accords().inEffectOnRecord(c.id()));
    mediatorTimes = TimeIndex.of(model.mediators(), Mediator::period);
    relationTimes = TimeIndex.of(model.relations(), dev.disputemodel.PartyRelation::period);
  }

  /** Adds {@code inv} and, for each party up its actsFor chain, the same involvement through it. */
  private static void put(
      ImmutableListMultimap.Builder<ConflictId, Involvement> out, ModelIndex index, Involvement inv) {
    out.put(inv.conflict(), inv);
    List<PartyId> chain = index.actsForChain(inv.party());
    for (int i = 1; i < chain.size(); i++) {
      out.put(inv.conflict(), inv.forPrincipal(chain.get(i)));
    }
  }

  /** Returns the model position of a non-claim entity; MAX for an unknown id. */
  int position(EntityId id) {
    Integer p = position.get(id);
    return p == null ? Integer.MAX_VALUE : p;
  }
}
