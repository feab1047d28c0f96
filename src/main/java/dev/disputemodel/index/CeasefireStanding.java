package dev.disputemodel.index;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Proposition;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a ceasefire is in effect at an asked time: the one definition every query that asks it
 * uses. It combines three things:
 *
 * <ol>
 *   <li>its recorded times ({@link AccordIndex#inEffectOnRecord}: from when it took effect to its
 *       stated end or the renewal or successor that ends it), read at the asked time
 *       ({@link #onRecord()});
 *   <li>the {@link CeasefireStatus} claims about it in force then ({@link #reports()}, each with
 *       how surely it is in force then, as {@link dev.disputemodel.DisputeModel#inForcePeriod}
 *       gives it: held then, or about a period that covers it): a party that says it holds or is violated says it is in effect, a party that
 *       says it ended or never took effect says it is over;
 *   <li>the hostile events of its conflict after it took effect ({@link #hostilities()}), which
 *       break it but do not end it: a violated ceasefire is still in effect on paper.
 * </ol>
 *
 * <p>A party that declares the ceasefire over ends it in its own account
 * ({@link #accordingTo(EntityId)}), not in the model's facts: while the record says it may be in
 * effect and a claim in force says it is over, it is {@link State#CONTESTED}, and then at most
 * {@linkplain Certainty#POSSIBLY possibly} in effect ({@link #inEffect()}), never definitely.
 *
 * <p>Three-valued where times are uncertain: a ceasefire that took effect "in June" is possibly in
 * effect on 15 June; a declaration made "in March" possibly contests it on 15 March.
 *
 * <p>Immutable and thread-safe. Cost: O(claims on the ceasefire's state) to build; the
 * hostilities are read from its conflict's events on first use.
 */
public final class CeasefireStanding {
  /** What a ceasefire's standing is at the asked time. */
  public enum State {
    /** The asked time is definitely before the ceasefire took effect. */
    NOT_YET_IN_EFFECT,
    /**
     * It may be in effect by its recorded times, and no claim in force says it is over (it may be
     * violated).
     */
    IN_EFFECT,
    /**
     * It may be in effect by its recorded times, but a claim in force says it is over (it ended or
     * never took effect): in effect in some accounts, over in others.
     */
    CONTESTED,
    /** It definitely is not in effect by its recorded times, and the asked time is not before it took effect. */
    ENDED;
  }

  /**
   * A claim's report of the ceasefire's state, with how surely its claimant's position is in force
   * at the asked time.
   *
   * @param report the report; not null
   * @param inForce DEFINITELY or POSSIBLY (reports not in force are left out); not null
   */
  public record InForceReport(StateReport report, Certainty inForce) {
    /** Rejects nulls. */
    public InForceReport {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(inForce, "inForce");
    }
  }

  private final ModelIndex index;
  private final Ceasefire ceasefire;
  private final AskedTime when;
  private final Optional<FuzzyPeriod> recordPeriod;
  private final Certainty onRecord;
  private final ImmutableList<InForceReport> reports;
  private final State state;
  private final Certainty certainty;
  private final Supplier<ImmutableList<Event>> hostilities;

  private CeasefireStanding(ModelIndex index, Ceasefire ceasefire, AskedTime when) {
    this.index = index;
    this.ceasefire = ceasefire;
    this.when = when;
    this.recordPeriod = index.accords().inEffectOnRecord(ceasefire.id());
    this.onRecord = when.certaintyOf(recordPeriod);
    this.reports = reportsInForce(index, ceasefire.id(), when);
    Certainty over = Certainty.NOT;
    for (InForceReport r : reports) {
      if (r.report().saysInEffect() == Certainty.NOT) {
        over = over.or(r.inForce());
      }
    }
    if (!onRecord.isPossible()) {
      Optional<FuzzyTime> start = recordPeriod.flatMap(FuzzyPeriod::start);
      boolean before = start.isPresent()
          && !when.certaintyOf(Optional.of(FuzzyPeriod.since(start.get()))).isPossible();
      this.state = before ? State.NOT_YET_IN_EFFECT : State.ENDED;
      this.certainty = Certainty.DEFINITELY;
    } else if (over.isPossible()) {
      this.state = State.CONTESTED;
      this.certainty = onRecord.and(over);
    } else {
      this.state = State.IN_EFFECT;
      this.certainty = onRecord;
    }
    this.hostilities = Suppliers.memoize(this::findHostilities);
  }

  /**
   * Returns the standing of {@code ceasefire} at {@code when}, from the model of {@code index}.
   *
   * @throws InvalidValueException if the ceasefire is not in the model
   * @throws NullPointerException if an argument is null
   */
  public static CeasefireStanding of(ModelIndex index, CeasefireId ceasefire, AskedTime when) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(when, "when");
    Ceasefire cf = index.model().ceasefire(Objects.requireNonNull(ceasefire, "ceasefire"))
        .orElseThrow(() -> new InvalidValueException(
            "CeasefireStanding", "ceasefire", ceasefire, "no Ceasefire with this id in the model"));
    return new CeasefireStanding(index, cf, when);
  }

  private static ImmutableList<InForceReport> reportsInForce(
      ModelIndex index, CeasefireId id, AskedTime when) {
    ImmutableList.Builder<InForceReport> out = ImmutableList.builder();
    for (Claim c : index.ceasefireStateClaims(id)) {
      Optional<FuzzyPeriod> held = index.model().inForcePeriod(c);
      Certainty inForce = held.isEmpty() ? Certainty.NOT : when.certaintyOf(held);
      if (!inForce.isPossible()) {
        continue;
      }
      for (Proposition p : c.propositions()) {
        if (p instanceof CeasefireStatus s && s.ceasefire().equals(id)) {
          out.add(new InForceReport(
              new StateReport(c, index.speaker(c), c.polarity(), s.state()), inForce));
        }
      }
    }
    return out.build();
  }

  /** Returns the ceasefire. */
  public Ceasefire ceasefire() {
    return ceasefire;
  }

  /** Returns its state at the asked time. */
  public State state() {
    return state;
  }

  /**
   * Returns how sure {@link #state()} is: for {@code IN_EFFECT}, that it is in effect by its
   * recorded times; for {@code CONTESTED}, that it is in effect on record while a claim saying it
   * is over is in force; DEFINITELY for the other two.
   */
  public Certainty certainty() {
    return certainty;
  }

  /** Returns how sure it is that the ceasefire is in effect at the asked time by its recorded times alone. */
  public Certainty onRecord() {
    return onRecord;
  }

  /**
   * Returns how sure it is that the ceasefire is in effect at the asked time: {@link #onRecord()}
   * when no claim in force says it is over; at most POSSIBLY when one does (CONTESTED).
   */
  public Certainty inEffect() {
    return state == State.CONTESTED ? onRecord.and(Certainty.POSSIBLY) : onRecord;
  }

  /** Returns true if a claim in force at the asked time possibly says it is over while the record says it may be in effect. */
  public boolean isContested() {
    return state == State.CONTESTED;
  }

  /** Returns the reports of its state whose positions are possibly in force at the asked time, in model order. */
  public ImmutableList<InForceReport> reports() {
    return reports;
  }

  /**
   * Returns who says, in a position possibly in force at the asked time, that it is in effect
   * (holding or violated), in report order.
   */
  public ImmutableSet<EntityId> saysInEffect() {
    return speakers(Certainty.DEFINITELY);
  }

  /**
   * Returns who says, in a position possibly in force at the asked time, that it is over (ended or
   * never in effect), in report order.
   */
  public ImmutableSet<EntityId> saysOver() {
    return speakers(Certainty.NOT);
  }

  private ImmutableSet<EntityId> speakers(Certainty says) {
    return reports.stream().filter(r -> r.report().saysInEffect() == says)
        .map(r -> r.report().speaker()).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns how sure it is that the ceasefire is in effect at the asked time in the account of
   * {@code speaker} (a party, as {@link ModelIndex#speaker} names it, or a source in its own
   * voice): NOT when its report that the ceasefire is over is surely in force; otherwise the
   * record's certainty, at most POSSIBLY while such a report is possibly in force. What others say
   * does not change it.
   *
   * @throws NullPointerException if {@code speaker} is null
   */
  public Certainty accordingTo(EntityId speaker) {
    Objects.requireNonNull(speaker, "speaker");
    Certainty over = Certainty.NOT;
    for (InForceReport r : reports) {
      if (r.report().speaker().equals(speaker) && r.report().saysInEffect() == Certainty.NOT) {
        over = over.or(r.inForce());
      }
    }
    return onRecord.and(over.negate());
  }

  /**
   * Returns the hostile events ({@link dev.disputemodel.EventKind#isHostilities()}) of its
   * conflict possibly after it took effect, possibly before its recorded end and possibly by the
   * asked time, in time order: evidence that it was violated. Empty when no source dates when it
   * took effect. Cost on first call: O(events of the conflict).
   */
  public ImmutableList<Event> hostilities() {
    return hostilities.get();
  }

  private ImmutableList<Event> findHostilities() {
    Optional<FuzzyTime> from = recordPeriod.flatMap(FuzzyPeriod::start);
    if (from.isEmpty()) {
      return ImmutableList.of();
    }
    Optional<FuzzyTime> until = recordPeriod.flatMap(FuzzyPeriod::end);
    List<Event> out = new ArrayList<>();
    for (Event e : index.eventsByConflict().get(ceasefire.conflict())) {
      if (!e.kind().isHostilities()) {
        continue;
      }
      Certainty inside = e.time().isAfter(from.get())
          .and(until.map(u -> e.time().isBefore(u)).orElse(Certainty.DEFINITELY))
          .and(when.certaintyOf(Optional.of(FuzzyPeriod.since(e.time()))));
      if (inside.isPossible()) {
        out.add(e);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** Returns the ceasefire's id, state and certainty, and who says it is over. */
  @Override
  public String toString() {
    return ceasefire.id() + " " + state + " (" + certainty + ")"
        + (state == State.CONTESTED ? " over per " + saysOver() + ", in effect per " + saysInEffect() : "");
  }
}
