package dev.disputemodel.query;

import dev.disputemodel.EntityId;
import dev.disputemodel.time.FuzzyTime;
import java.util.Objects;

/**
 * One dated point of a {@link Timeline}: something began, happened or ended at an uncertain time.
 *
 * @param time when; not null
 * @param mark what happened then; not null
 * @param entity the entity concerned: the conflict, event, ceasefire or mediator role, or the
 *     territory whose status began or ended; not null
 * @param item the object the entry is about: the {@link dev.disputemodel.Conflict},
 *     {@link dev.disputemodel.Event}, {@link dev.disputemodel.Ceasefire},
 *     {@link dev.disputemodel.Mediator}, or the {@link dev.disputemodel.SovereigntyStatus},
 *     {@link dev.disputemodel.ControlStatus} or {@link dev.disputemodel.PopulationStatus} (as
 *     {@link #mark()} says); not null
 */
public record TimelineEntry(FuzzyTime time, Mark mark, EntityId entity, Object item) {
  /** Rejects nulls. */
  public TimelineEntry {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(mark, "mark");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(item, "item");
  }

  /** What a timeline entry marks; entries at equal times are listed in this order. */
  public enum Mark {
    /** A conflict or episode began. */
    CONFLICT_STARTED,
    /** A sovereignty status began. */
    SOVEREIGNTY_STARTED,
    /** A control status began. */
    CONTROL_STARTED,
    /** A population status began. */
    POPULATION_STARTED,
    /** A third-party role began. */
    ROLE_STARTED,
    /** An event happened. */
    EVENT,
    /** A ceasefire was agreed. */
    CEASEFIRE_AGREED,
    /** A ceasefire took effect. */
    CEASEFIRE_EFFECTIVE,
    /** A ceasefire ended. */
    CEASEFIRE_ENDED,
    /** A third-party role ended. */
    ROLE_ENDED,
    /** A population status ended. */
    POPULATION_ENDED,
    /** A control status ended. */
    CONTROL_ENDED,
    /** A sovereignty status ended. */
    SOVEREIGNTY_ENDED,
    /** A conflict or episode ended. */
    CONFLICT_ENDED;
  }

  /** Returns {@code 2022-09-13 MORNING CEASEFIRE_EFFECTIVE Ceasefire:S2}. */
  @Override
  public String toString() {
    return time + " " + mark + " " + entity;
  }
}
