package dev.disputemodel.index;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.disputemodel.Accord;
import dev.disputemodel.AccordId;
import dev.disputemodel.ChainLink;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.internal.FuzzyTimes;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The ceasefires and agreements of a model with their chain links resolved both ways, and the one
 * definition of when an accord is in effect by its recorded times ({@link #inEffectOnRecord}).
 * Built once per {@link ModelIndex} ({@link ModelIndex#accords()}), in time linear in the accords
 * and their links; lookups are constant time.
 *
 * <p>Immutable and thread-safe.
 */
public final class AccordIndex {
  private final DisputeModel model;
  private final ImmutableList<Accord> accords;
  private final ImmutableListMultimap<AccordId, ChainStep> continuations;
  private final ImmutableListMultimap<AccordId, ChainStep> continued;

  AccordIndex(DisputeModel model) {
    this.model = model;
    ImmutableList.Builder<Accord> all = ImmutableList.builder();
    all.addAll(model.ceasefires()).addAll(model.agreements());
    this.accords = all.build();
    ImmutableListMultimap.Builder<AccordId, ChainStep> forward = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<AccordId, ChainStep> backward = ImmutableListMultimap.builder();
    for (Accord later : accords) {
      for (ChainLink link : later.links()) {
        Optional<Accord> earlier = model.accord(link.earlier());
        if (earlier.isPresent()) {
          ChainStep step = new ChainStep(earlier.get(), later, link);
          forward.put(link.earlier(), step);
          backward.put(later.id(), step);
        }
      }
    }
    this.continuations = forward.build();
    this.continued = backward.build();
  }

  /** Returns the ceasefires, then the agreements, each in model order. */
  public ImmutableList<Accord> all() {
    return accords;
  }

  /**
   * Returns the links by which later accords renew, recommit to or succeed {@code earlier}, in
   * model order of the later accords; empty when none does or the id is not in the model.
   */
  public ImmutableList<ChainStep> continuations(AccordId earlier) {
    return continuations.get(Objects.requireNonNull(earlier, "earlier"));
  }

  /**
   * Returns the links {@code later} holds, resolved, in the order it gives them; empty when it
   * holds none or the id is not in the model.
   */
  public ImmutableList<ChainStep> continued(AccordId later) {
    return continued.get(Objects.requireNonNull(later, "later"));
  }

  /**
   * Returns when {@code accord} is in effect by its recorded times: from when it
   * {@linkplain Accord#takesEffect() takes effect} to the first of its own
   * {@linkplain Accord#ended() end} and the times at which a renewal or a successor of it takes
   * effect ({@link ChainLink#effectiveIn}); a recommitment ends nothing. Ongoing when no end is
   * recorded; from an unstated start when only an end is; empty when neither is (no source dates
   * it). An end recorded definitely before the accord takes effect (a successor before its
   * predecessor, which the checker reports) leaves it in effect at that one uncertain moment. Claims about it are not facts and do not change this period: see
   * {@link CeasefireStanding}.
   *
   * @throws dev.disputemodel.InvalidValueException if the accord is not in the model
   */
  public Optional<FuzzyPeriod> inEffectOnRecord(AccordId accord) {
    Accord a = model.accord(Objects.requireNonNull(accord, "accord")).orElseThrow(() ->
        new dev.disputemodel.InvalidValueException(
            "AccordIndex", "accord", accord, "no such accord in the model"));
    FuzzyTime end = a.ended().orElse(null);
    for (ChainStep step : continuations(accord)) {
      if (step.link().kind().endsEarlier()) {
        Optional<FuzzyTime> linked = step.link().effectiveIn(step.later());
        if (linked.isPresent()) {
          end = end == null ? linked.get() : FuzzyTimes.earlierOf(end, linked.get());
        }
      }
    }
    Optional<FuzzyTime> start = a.takesEffect();
    if (start.isEmpty()) {
      return Optional.ofNullable(end).map(FuzzyPeriod::until);
    }
    FuzzyTime s = start.get();
    if (end == null) {
      return Optional.of(FuzzyPeriod.since(s));
    }
    return Optional.of(end.isBefore(s).isDefinite() ? FuzzyPeriod.at(s) : FuzzyPeriod.of(s, end));
  }
}
