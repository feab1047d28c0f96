package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Conflict;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.Observer;
import dev.disputemodel.PartyId;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.Recognition;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The territory questions behind {@link ModelQueries}: the hierarchy (within, contains), the
 * statuses at a time, where sovereignty and control or population diverge, and the conflicts about
 * a territory. Contracts and costs are documented on the facade.
 */
final class TerritoryQueries {
  private final QueryScope scope;

  TerritoryQueries(QueryScope scope) {
    this.scope = scope;
  }

  ImmutableList<Recognition> sovereigntyAccordingTo(
      TerritoryId territory, Observer observer, FuzzyTime date) {
    Territory t = scope.require(territory, "territory");
    ImmutableList<Recognition> own = t.sovereigntyAccordingTo(observer, date);
    if (!own.isEmpty()) {
      return own;
    }
    for (TerritoryId outer : within(territory)) {
      ImmutableList<Recognition> found =
          scope.model().territory(outer).orElseThrow().sovereigntyAccordingTo(observer, date);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return ImmutableList.of();
  }

  ImmutableList<TerritoryId> within(TerritoryId territory) {
    Territory t = scope.require(territory, "territory");
    Set<TerritoryId> seen = new LinkedHashSet<>();
    seen.add(territory);
    Optional<TerritoryId> parent = t.parent();
    while (parent.isPresent() && seen.add(parent.get())) {
      parent = scope.model().territory(parent.get()).flatMap(Territory::parent);
    }
    seen.remove(territory);
    return ImmutableList.copyOf(seen);
  }

  ImmutableList<TerritoryId> contains(TerritoryId territory) {
    scope.require(territory, "territory");
    ImmutableList<TerritoryId> all = scope.selfAndDescendants(territory);
    return all.subList(1, all.size());
  }

  boolean isWithin(TerritoryId inner, TerritoryId outer) {
    scope.require(outer, "outer");
    return within(inner).contains(outer);
  }

  ImmutableList<SovereigntyStatus> sovereignty(TerritoryId territory, When when) {
    return meeting(territory(territory).sovereignty(), SovereigntyStatus::period, when);
  }

  ImmutableList<ControlStatus> control(TerritoryId territory, When when) {
    return meeting(territory(territory).control(), ControlStatus::period, when);
  }

  ImmutableList<PopulationStatus> population(TerritoryId territory, When when) {
    return meeting(territory(territory).population(), PopulationStatus::period, when);
  }

  ImmutableList<Divergence> divergences(When when) {
    Objects.requireNonNull(when, "when");
    ImmutableList.Builder<Divergence> out = ImmutableList.builder();
    for (Territory t : scope.model().territories()) {
      if (t.sovereignty().isEmpty() || (t.control().isEmpty() && t.population().isEmpty())) {
        continue;
      }
      Set<PartyId> sovereigns = new LinkedHashSet<>();
      sovereignty(t.id(), when).forEach(s -> s.sovereign().ifPresent(sovereigns::add));
      Set<PartyId> controllers = new LinkedHashSet<>();
      control(t.id(), when).forEach(c -> controllers.add(c.controller()));
      Set<PartyId> kin = new LinkedHashSet<>();
      population(t.id(), when).forEach(p -> p.kinState().ifPresent(kin::add));
      Divergence d = new Divergence(t.id(), sovereigns, controllers, kin);
      if (!sovereigns.isEmpty() && (d.controlDiffers() || d.populationDiffers())) {
        out.add(d);
      }
    }
    return out.build();
  }

  ImmutableList<Conflict> conflictsAbout(TerritoryId territory) {
    scope.require(territory, "territory");
    EntityIndex ix = scope.entityIndex();
    Set<Conflict> found = new LinkedHashSet<>();
    for (TerritoryId t : scope.selfAndDescendants(territory)) {
      found.addAll(ix.conflictsByTerritory.get(t));
      ix.eventsByPlace.get(t).forEach(e -> scope.model().conflict(e.conflict()).ifPresent(found::add));
    }
    return scope.sortByPosition(found, Conflict::id);
  }

  private Territory territory(TerritoryId id) {
    return scope.require(id, "territory");
  }

  private static <T> ImmutableList<T> meeting(List<T> items, Function<T, Optional<FuzzyPeriod>> period, When when) {
    Objects.requireNonNull(when, "when");
    return items.stream().filter(s -> when.accepts(period.apply(s))).collect(ImmutableList.toImmutableList());
  }
}
