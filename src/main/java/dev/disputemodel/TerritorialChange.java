package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A territory changing hands: one party gains it, another (if any held it) loses it, at a time,
 * by a {@link ChangeProcedure procedure}. The Alaska purchase is a change of Alaska from Russia
 * to the United States in October 1867 by cession, without military conflict. The change is the
 * event; its result is recorded on the territory as the end of one
 * {@linkplain Territory#sovereignty() sovereignty status} and the start of the next.
 *
 * <p>The attributes are those of the Correlates of War territorial change data (see {@code
 * docs/cow.md}); every one is optional where the data may lack it, and nothing is invented where
 * it does: an independence has no procedure, a territory no political entity held has no loser,
 * an area or population not given is empty, never zero.
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: the gainer is not the loser; the
 * description is not blank ({@link InvalidValueException}).
 */
@Value.Immutable
public abstract class TerritorialChange implements Entity, WithTerritorialChange {
  TerritorialChange() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TerritorialChange}. */
  public static final class Builder extends ImmutableTerritorialChange.Builder {
    /** Creates an empty builder, as {@link TerritorialChange#builder()} does. */
    public Builder() {}
  }

  /** Returns the change's id. */
  @Override
  public abstract TerritorialChangeId id();

  /**
   * Returns the territory that changed hands: the whole unit, or the part of it that was
   * transferred (a territory whose {@link Territory#parent()} is the unit).
   */
  public abstract TerritoryId territory();

  /** Returns when it changed hands: the date of the treaty, where there was one. */
  public abstract FuzzyTime time();

  /** Returns the party that gained it. */
  public abstract PartyId gainer();

  /** Returns the party that lost it, or empty when no political entity held it. */
  public abstract Optional<PartyId> loser();

  /** Returns how it changed hands, or empty when no procedure applies (most independences). */
  public abstract Optional<ChangeProcedure> procedure();

  /** Returns whether the whole unit or a part of it changed hands, or empty if undetermined. */
  public abstract Optional<Portion> portion();

  /** Returns the area of the territory in square kilometres, if given. */
  public abstract Optional<Estimate> areaSquareKm();

  /** Returns the number of its inhabitants at the change, if given. */
  public abstract Optional<Estimate> population();

  /**
   * Returns true if the change came with military conflict between organized forces of both sides
   * (riots and other unorganized violence do not count).
   */
  @Value.Default
  public boolean militaryConflict() {
    return false;
  }

  /**
   * Returns true if the change ended colonial rule over a dependency: it gained effective control
   * of its own foreign affairs and armed forces and some diplomatic recognition.
   */
  @Value.Default
  public boolean independence() {
    return false;
  }

  /** Returns a short description in the source's terms, if given. */
  public abstract Optional<String> description();

  /** Returns the source that records the change. */
  public abstract SourceId source();

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    refs.add(new Reference("territory", territory()));
    refs.add(new Reference("gainer", gainer()));
    loser().ifPresent(l -> refs.add(new Reference("loser", l)));
    refs.add(new Reference("source", source()));
    return refs.build();
  }

  @Value.Check
  void check() {
    Checks.of("TerritorialChange")
        .text("description", description())
        .check(!loser().equals(Optional.of(gainer())), "loser", gainer(), "must not be the gainer")
        .done();
  }
}
