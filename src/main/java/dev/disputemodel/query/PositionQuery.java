package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Claim;
import dev.disputemodel.Containment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.PartyId;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Questions about positions held over time ({@link Claim#heldDuring()}, {@link Claim#ends()}):
 * which positions are in force on a question on a date, per claimant; a claimant's latest position
 * on a question as known on a date; who claims a territory on a date, through the territories
 * containing it and inside it; and the history of one claimant's positions on a question.
 *
 * <p>A question is that of {@link ModelIndex#question(PropositionKey)}: the claims with a
 * proposition of its key and, for sovereignty over a territory, the claims asserting a sovereign
 * over a territory containing it. A claimant is who speaks in a claim ({@link
 * DisputeModel#speaker(Claim)}: a party's principal, or a source in its own voice). "In force" is
 * {@link DisputeModel#inForce(Claim, FuzzyTime)} (as known now) or {@link
 * DisputeModel#inForce(Claim, FuzzyTime, FuzzyTime)} (as known on a date). Every answer is
 * three-valued: a position comes with {@code DEFINITELY} or {@code POSSIBLY}; positions {@code NOT}
 * in force are left out.
 *
 * <p>Cost: the first position query builds an index of positions by time and territory (linear
 * in the claims, a few bytes per claim): the period each position is held as known now, and
 * each territory's asserted sovereignty claims sorted by when they may begin. A question's claims
 * are then found by a hash lookup per key and per containing territory, and each is judged with
 * a few comparisons (as known on a date, a claim something ends is judged by the model, in
 * O(its endings)); {@link #claimantsOf} reads, in each claimed territory containing or inside the
 * one asked about, only the positions begun by the date. No query costs O(claims in the model).
 *
 * <p>Immutable and thread-safe. Every id argument must name an entity of the model, else
 * {@link InvalidValueException}; nulls throw {@link NullPointerException}.
 */
public final class PositionQuery {
  private final QueryScope scope;
  private final ModelIndex index;
  private final DisputeModel model;

  PositionQuery(ModelQueries queries, QueryScope scope) {
    this.scope = scope;
    this.index = queries.index();
    this.model = queries.model();
  }

  /**
   * A position: a claim, who holds it, and how surely it is in force on the date asked.
   *
   * @param claim the claim that states the position
   * @param claimant who speaks in it ({@link DisputeModel#speaker(Claim)})
   * @param certainty {@code DEFINITELY} or {@code POSSIBLY}, never {@code NOT}
   */
  public record Position(Claim claim, EntityId claimant, Certainty certainty) {
    /** Checks that no argument is null. */
    public Position {
      Objects.requireNonNull(claim, "claim");
      Objects.requireNonNull(claimant, "claimant");
      Objects.requireNonNull(certainty, "certainty");
    }
  }

  /**
   * Who claims a territory on a date: a claimant asserting a sovereign over the territory asked
   * about, over a territory containing it, or over one inside it.
   *
   * @param claimant who speaks in the claims ({@link DisputeModel#speaker(Claim)})
   * @param sovereign the party it says is sovereign
   * @param territory the territory its claim names
   * @param relation how {@code territory} relates to the territory asked about: {@code SAME},
   *     {@code PART} (a claim on a part of it) or {@code WHOLE} (a claim on what contains it)
   * @param certainty the surest of its claims in force on the date: {@code DEFINITELY} or
   *     {@code POSSIBLY}
   */
  public record TerritorialClaimant(EntityId claimant, PartyId sovereign, TerritoryId territory,
      Containment relation, Certainty certainty) {
    /** Checks that no argument is null. */
    public TerritorialClaimant {
      Objects.requireNonNull(claimant, "claimant");
      Objects.requireNonNull(sovereign, "sovereign");
      Objects.requireNonNull(territory, "territory");
      Objects.requireNonNull(relation, "relation");
      Objects.requireNonNull(certainty, "certainty");
    }
  }

  /**
   * Returns the positions on {@code question} in force on {@code date} as known now, in model
   * order (the question's own claims first, then those on containing territories, nearest first).
   */
  public ImmutableList<Position> inForce(PropositionKey question, FuzzyTime date) {
    return positions(question, null, date, null);
  }

  /**
   * Returns the positions on {@code question} in force on {@code date} as known on
   * {@code asKnownOn}: claims known by then, ended only by the endings known by then.
   */
  public ImmutableList<Position> inForce(
      PropositionKey question, FuzzyTime date, FuzzyTime asKnownOn) {
    return positions(question, null, date, Objects.requireNonNull(asKnownOn, "asKnownOn"));
  }

  /**
   * Returns the positions of {@code claimant} (a party, which counts with everyone who acts for
   * it, or a source in its own voice) on {@code question} in force on {@code date} as known now.
   *
   * @throws InvalidValueException if {@code claimant} is not in the model
   */
  public ImmutableList<Position> inForce(
      PropositionKey question, EntityId claimant, FuzzyTime date) {
    return positions(question, speakerOf(claimant), date, null);
  }

  /**
   * Returns {@code claimant}'s latest position on {@code question} as known on {@code asKnownOn}:
   * of its claims on the question in force on {@code asKnownOn} as known then, the one made last
   * ({@link FuzzyTime#ORDER}; of equal times, the later in the question's order). {@code DEFINITELY} when that claim is definitely
   * in force and definitely made after every other such claim; else {@code POSSIBLY}. Empty when
   * it has no position then: it never spoke on the question, or withdrew what it said.
   *
   * @throws InvalidValueException if {@code claimant} is not in the model
   */
  public Optional<Position> latest(
      PropositionKey question, EntityId claimant, FuzzyTime asKnownOn) {
    Objects.requireNonNull(asKnownOn, "asKnownOn");
    ImmutableList<Position> held = positions(question, speakerOf(claimant), asKnownOn, asKnownOn);
    if (held.isEmpty()) {
      return Optional.empty();
    }
    Position last = held.get(0);
    for (Position p : held) { // the last made; of equal times, the later in the question's order
      if (FuzzyTime.ORDER.compare(p.claim().madeAt(), last.claim().madeAt()) >= 0) {
        last = p;
      }
    }
    Certainty c = last.certainty();
    for (Position p : held) {
      if (p != last && !p.claim().madeAt().isBefore(last.claim().madeAt().earliest())
          .isDefinite()) {
        c = c.and(Certainty.POSSIBLY);
      }
    }
    return Optional.of(new Position(last.claim(), last.claimant(), c));
  }

  /**
   * Returns every claim of {@code claimant} on {@code question} (its own and those on containing
   * territories) and its claims that withdraw one of them, in the order they were made
   * ({@link FuzzyTime#ORDER}; claims made at equal times in the question's order, each withdrawal
   * after the claim it withdraws): the history of its positions.
   *
   * @throws InvalidValueException if {@code claimant} is not in the model
   */
  public ImmutableList<Claim> history(PropositionKey question, EntityId claimant) {
    Objects.requireNonNull(question, "question");
    EntityId speaker = speakerOf(claimant);
    List<Claim> mine = new ArrayList<>();
    for (Claim c : index.question(question).claims()) {
      if (index.speaker(c).equals(speaker)) {
        mine.add(c);
        for (Claim ending : model.endingsOf(c.id())) {
          if (ending.propositions().isEmpty() && index.speaker(ending).equals(speaker)
              && !mine.contains(ending)) {
            mine.add(ending);
          }
        }
      }
    }
    mine.sort(Comparator.comparing(Claim::madeAt, FuzzyTime.ORDER)); // stable: ties keep order
    return ImmutableList.copyOf(mine);
  }

  /**
   * Returns who claims {@code territory} on {@code date} as known now: each claimant asserting a
   * sovereign over it, over a territory containing it or over one inside it, with a position in
   * force then; one entry per claimant, sovereign and territory named, with the surest certainty,
   * in the order of the territories (the territory, those containing it nearest first, those
   * inside it breadth-first), then model order.
   *
   * @throws InvalidValueException if {@code territory} is not in the model
   */
  public ImmutableList<TerritorialClaimant> claimantsOf(TerritoryId territory, FuzzyTime date) {
    Objects.requireNonNull(date, "date");
    scope.require(territory, "territory");
    return scope.positionIndex().claimantsOf(territory, date);
  }

  private ImmutableList<Position> positions(PropositionKey question, @Nullable EntityId speaker,
      FuzzyTime date, @Nullable FuzzyTime asKnownOn) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(date, "date");
    PositionIndex positions = scope.positionIndex();
    List<Claim> claims = model.claims();
    ImmutableList.Builder<Position> out = ImmutableList.builder();
    for (int[] part : positions.questionClaims(question)) {
      for (int i : part) {
        Claim c = claims.get(i);
        // the claimant first: "as known on" may ask the model
        if (speaker != null && !index.speaker(c).equals(speaker)) {
          continue;
        }
        Certainty held = asKnownOn == null
            ? positions.inForce(i, date) : positions.inForce(i, date, asKnownOn);
        if (held.isPossible()) {
          out.add(new Position(c, speaker != null ? speaker : index.speaker(c), held));
        }
      }
    }
    return out.build();
  }

  /** Returns who speaks for {@code claimant}: a party's principal, or the source itself. */
  private EntityId speakerOf(EntityId claimant) {
    Objects.requireNonNull(claimant, "claimant");
    if (model.find(claimant).isEmpty()) {
      throw new InvalidValueException("PositionQuery", "claimant", claimant,
          "no party or source with this id in the model");
    }
    return claimant instanceof PartyId p ? index.principal(p) : claimant;
  }
}
