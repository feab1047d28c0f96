package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.disputemodel.ChangeProcedure;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.TerritorialChange;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Questions about who held territory over time, asked of a model's sovereignty statuses,
 * {@link TerritorialChange territorial changes} and party existence (as the Correlates of War
 * import fills them): the chain of sovereigns of a territory, the territories a state gained or
 * lost by procedure and period, and the states that existed on a date.
 *
 * <p>Built once per model with {@link #over(DisputeModel)}; the changes are indexed by gainer and
 * by loser, so a question about one party costs the number of its changes. Immutable and
 * thread-safe.
 */
public final class Sovereigns {
  /**
   * One link of a territory's chain of sovereigns: a party held it over a period, as a status
   * states.
   *
   * @param sovereign who held it; empty when the status names no sovereign
   * @param period when, if stated
   * @param status the status it comes from
   */
  public record Holder(Optional<PartyId> sovereign, Optional<FuzzyPeriod> period,
      SovereigntyStatus status) {
    /** Rejects nulls. */
    public Holder {
      Objects.requireNonNull(sovereign, "sovereign");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(status, "status");
    }
  }

  /**
   * A state and how sure it is that it existed at the time asked.
   *
   * @param state the state
   * @param certainty {@code DEFINITELY} or {@code POSSIBLY}
   */
  public record Existing(PartyId state, Certainty certainty) {
    /** Rejects nulls. */
    public Existing {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(certainty, "certainty");
    }
  }

  /** Orders holders by the start of their period; an unstated start comes first. */
  private static final Comparator<Holder> BY_START = Comparator.comparing(
      (Holder h) -> h.period().flatMap(FuzzyPeriod::start).map(FuzzyTime::earliestEpochSecond)
          .orElse(Long.MIN_VALUE));

  private final DisputeModel model;
  private final ImmutableListMultimap<PartyId, TerritorialChange> byGainer;
  private final ImmutableListMultimap<PartyId, TerritorialChange> byLoser;

  private Sovereigns(DisputeModel model) {
    this.model = model;
    ImmutableListMultimap.Builder<PartyId, TerritorialChange> g = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<PartyId, TerritorialChange> l = ImmutableListMultimap.builder();
    for (TerritorialChange c : model.territorialChanges()) {
      g.put(c.gainer(), c);
      c.loser().ifPresent(p -> l.put(p, c));
    }
    this.byGainer = g.build();
    this.byLoser = l.build();
  }

  /**
   * Returns the questions over {@code model}, its indexes built now. Cost: linear in the number
   * of territorial changes.
   *
   * @throws NullPointerException if {@code model} is null
   */
  public static Sovereigns over(DisputeModel model) {
    return new Sovereigns(Objects.requireNonNull(model, "model"));
  }

  /**
   * Returns the chain of sovereigns of {@code territory}: every sovereignty status of it, in the
   * order of their starts (an unstated start first; equal starts in model order). Alaska in the
   * COW import: Russia until October 1867, the United States since. Cost: the statuses of the
   * territory, sorted.
   *
   * @throws InvalidValueException if {@code territory} is not in the model
   * @throws NullPointerException if {@code territory} is null
   */
  public ImmutableList<Holder> chain(TerritoryId territory) {
    Territory t = model.territory(Objects.requireNonNull(territory, "territory")).orElseThrow(
        () -> new InvalidValueException("Sovereigns", "territory", territory, "no Territory with this id"));
    return t.sovereignty().stream().map(s -> new Holder(s.sovereign(), s.period(), s))
        .sorted(BY_START).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the changes by which {@code party} gained territory, of {@code procedure} if given,
   * whose time {@code when} accepts, in model order. Cost: the changes the party gained.
   *
   * @throws NullPointerException if an argument is null
   */
  public ImmutableList<TerritorialChange> gained(PartyId party, Optional<ChangeProcedure> procedure,
      When when) {
    return filter(byGainer.get(Objects.requireNonNull(party, "party")), procedure, when);
  }

  /**
   * Returns the changes by which {@code party} lost territory, of {@code procedure} if given,
   * whose time {@code when} accepts, in model order. Cost: the changes the party lost.
   *
   * @throws NullPointerException if an argument is null
   */
  public ImmutableList<TerritorialChange> lost(PartyId party, Optional<ChangeProcedure> procedure,
      When when) {
    return filter(byLoser.get(Objects.requireNonNull(party, "party")), procedure, when);
  }

  private static ImmutableList<TerritorialChange> filter(ImmutableList<TerritorialChange> changes,
      Optional<ChangeProcedure> procedure, When when) {
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(when, "when");
    return changes.stream()
        .filter(c -> procedure.isEmpty() || c.procedure().equals(procedure))
        .filter(c -> when.accepts(Optional.of(FuzzyPeriod.at(c.time()))))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the parties of kind {@link PartyKind#STATE} that existed at {@code date}
   * ({@link Party#exists}) at least as surely as {@code required}, with how surely, in model
   * order. A state with no stated existence is taken to exist at any date, as the model reads
   * it: in the COW import, a state in the list from its first day (1816) to its last (2016)
   * with no gap. Cost: linear in the parties.
   *
   * @throws InvalidValueException if {@code required} is {@link Certainty#NOT}
   * @throws NullPointerException if an argument is null
   */
  public ImmutableList<Existing> statesOn(FuzzyTime date, Certainty required) {
    Objects.requireNonNull(date, "date");
    if (Objects.requireNonNull(required, "required") == Certainty.NOT) {
      throw new InvalidValueException("Sovereigns", "required", required, "must be DEFINITELY or POSSIBLY");
    }
    ImmutableList.Builder<Existing> out = ImmutableList.builder();
    for (Party p : model.parties()) {
      if (p.kind() != PartyKind.STATE) {
        continue;
      }
      Certainty c = p.exists(date);
      if (c == Certainty.DEFINITELY || (c == Certainty.POSSIBLY && required == Certainty.POSSIBLY)) {
        out.add(new Existing(p.id(), c));
      }
    }
    return out.build();
  }
}
