package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.Mediator;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The timelines behind {@link ModelQueries}: of a conflict and its episodes, and of a territory
 * and the territories inside it, as {@link Timeline}s in time order. Contracts are documented on
 * the facade.
 */
final class Timelines {
  private final QueryScope scope;

  Timelines(QueryScope scope) {
    this.scope = scope;
  }

  Timeline of(ConflictId conflict) {
    scope.require(conflict, "conflict");
    EntityIndex ix = scope.entityIndex();
    List<TimelineEntry> entries = new ArrayList<>();
    List<EntityId> undated = new ArrayList<>();
    for (ConflictId id : scope.withEpisodes(conflict)) {
      Conflict c = scope.model().conflict(id).orElseThrow();
      periodEntries(entries, undated, c.period(), TimelineEntry.Mark.CONFLICT_STARTED,
          TimelineEntry.Mark.CONFLICT_ENDED, id, c);
      scope.index().eventsByConflict().get(id)
          .forEach(e -> entries.add(new TimelineEntry(e.time(), TimelineEntry.Mark.EVENT, e.id(), e)));
      for (Ceasefire cf : ix.ceasefiresByConflict.get(id)) {
        cf.agreed().ifPresent(t -> entries.add(new TimelineEntry(t, TimelineEntry.Mark.CEASEFIRE_AGREED, cf.id(), cf)));
        cf.effective().ifPresent(t -> entries.add(new TimelineEntry(t, TimelineEntry.Mark.CEASEFIRE_EFFECTIVE, cf.id(), cf)));
        cf.ended().ifPresent(t -> entries.add(new TimelineEntry(t, TimelineEntry.Mark.CEASEFIRE_ENDED, cf.id(), cf)));
        if (cf.agreed().isEmpty() && cf.effective().isEmpty() && cf.ended().isEmpty()) {
          undated.add(cf.id());
        }
      }
      for (Mediator m : ix.mediatorsByConflict.get(id)) {
        periodEntries(entries, undated, m.period(), TimelineEntry.Mark.ROLE_STARTED,
            TimelineEntry.Mark.ROLE_ENDED, m.id(), m);
      }
    }
    return timeline(entries, undated);
  }

  Timeline of(TerritoryId territory) {
    scope.require(territory, "territory");
    EntityIndex ix = scope.entityIndex();
    List<TimelineEntry> entries = new ArrayList<>();
    List<EntityId> undated = new ArrayList<>();
    Set<Conflict> conflicts = new LinkedHashSet<>();
    Set<Event> events = new LinkedHashSet<>();
    for (TerritoryId id : scope.selfAndDescendants(territory)) {
      Territory t = scope.model().territory(id).orElseThrow();
      List<EntityId> ignored = new ArrayList<>();
      t.sovereignty().forEach(s -> periodEntries(entries, ignored, s.period(),
          TimelineEntry.Mark.SOVEREIGNTY_STARTED, TimelineEntry.Mark.SOVEREIGNTY_ENDED, id, s));
      t.control().forEach(s -> periodEntries(entries, ignored, s.period(),
          TimelineEntry.Mark.CONTROL_STARTED, TimelineEntry.Mark.CONTROL_ENDED, id, s));
      t.population().forEach(s -> periodEntries(entries, ignored, s.period(),
          TimelineEntry.Mark.POPULATION_STARTED, TimelineEntry.Mark.POPULATION_ENDED, id, s));
      events.addAll(ix.eventsByPlace.get(id));
      conflicts.addAll(ix.conflictsByTerritory.get(id));
    }
    events.forEach(e -> entries.add(new TimelineEntry(e.time(), TimelineEntry.Mark.EVENT, e.id(), e)));
    conflicts.forEach(c -> periodEntries(entries, undated, c.period(),
        TimelineEntry.Mark.CONFLICT_STARTED, TimelineEntry.Mark.CONFLICT_ENDED, c.id(), c));
    return timeline(entries, undated);
  }

  private static void periodEntries(
      List<TimelineEntry> entries, List<EntityId> undated, Optional<FuzzyPeriod> period,
      TimelineEntry.Mark started, TimelineEntry.Mark ended, EntityId id, Object item) {
    if (period.isEmpty()) {
      undated.add(id);
      return;
    }
    period.get().start().ifPresent(t -> entries.add(new TimelineEntry(t, started, id, item)));
    period.get().end().ifPresent(t -> entries.add(new TimelineEntry(t, ended, id, item)));
  }

  private Timeline timeline(List<TimelineEntry> entries, List<EntityId> undated) {
    entries.sort(Comparator.comparing(TimelineEntry::time, FuzzyTime.ORDER)
        .thenComparing(TimelineEntry::mark)
        .thenComparingInt(e -> scope.position(e.entity())));
    undated.sort(Comparator.comparingInt(scope::position));
    return new Timeline(entries, ImmutableList.copyOf(new LinkedHashSet<>(undated)));
  }
}
