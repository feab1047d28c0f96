package dev.disputemodel.query;

import dev.disputemodel.index.CeasefireStanding;
import com.google.common.collect.ImmutableList;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.Conflict;
import dev.disputemodel.Event;
import dev.disputemodel.Mediator;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The "what was active at this time" questions behind {@link ModelQueries}: conflicts, events,
 * ceasefires in effect, third-party roles and relations, each read from its interval index and
 * then tested exactly. Contracts are documented on the facade.
 */
final class ActiveQueries {
  private final QueryScope scope;

  ActiveQueries(QueryScope scope) {
    this.scope = scope;
  }

  ImmutableList<Conflict> conflicts(When when) {
    return active(scope.model().conflicts(), scope.entityIndex().conflictTimes, Conflict::period, when);
  }

  ImmutableList<Event> events(When when) {
    return active(scope.model().events(), scope.entityIndex().eventTimes,
        e -> Optional.of(FuzzyPeriod.at(e.time())), when);
  }

  /** Candidates from the interval index of the record, then each one's {@link CeasefireStanding}. */
  ImmutableList<Ceasefire> ceasefiresInEffect(When when, ContestedCeasefires contested) {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(contested, "contested");
    ImmutableList.Builder<Ceasefire> out = ImmutableList.builder();
    for (int pos : scope.entityIndex().ceasefireTimes.candidates(when)) {
      Ceasefire cf = scope.model().ceasefires().get(pos);
      CeasefireStanding standing = CeasefireStanding.of(scope.index(), cf.id(), when);
      if (When.meets(standing.inEffect(), when.required())
          && (contested == ContestedCeasefires.INCLUDE || !standing.isContested())) {
        out.add(cf);
      }
    }
    return out.build();
  }

  ImmutableList<Mediator> mediators(When when) {
    return active(scope.model().mediators(), scope.entityIndex().mediatorTimes, Mediator::period, when);
  }

  ImmutableList<PartyRelation> relations(When when) {
    return active(scope.model().relations(), scope.entityIndex().relationTimes, PartyRelation::period, when);
  }

  private static <T> ImmutableList<T> active(
      List<T> items, TimeIndex times, Function<T, Optional<FuzzyPeriod>> period, When when) {
    Objects.requireNonNull(when, "when");
    ImmutableList.Builder<T> out = ImmutableList.builder();
    for (int pos : times.candidates(when)) {
      T item = items.get(pos);
      if (when.accepts(period.apply(item))) {
        out.add(item);
      }
    }
    return out.build();
  }
}
