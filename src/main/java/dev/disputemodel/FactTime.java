package dev.disputemodel;

import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * "{@code subject} {@code aspect} at {@code time}": a time of another entity, as a claim gives it,
 * so that a second version of a date is typed data. The UCDP dataset's start of the 1974 war in
 * Cyprus is {@code FactTime(C3, STARTED, 1974-06-20)} against the 20 July the model records;
 * a source dating the Kumanovo agreement's entry into force to 10 June 1999 is
 * {@code FactTime(S1, TOOK_EFFECT, 1999-06-10)} against the 9 June recorded.
 *
 * <p>The question is the subject and the aspect. Two times contradict only when they are
 * definitely disjoint ({@link FuzzyTime#overlaps} is {@code NOT}): "July 1974" and "20 July 1974"
 * may both be right, "20 June 1974" and "20 July 1974" cannot. The model's own value, where it
 * records one, is {@link #recordedIn}; a claim contradicting it is a {@code claim-contradicts-fact}
 * finding (a disagreement in the world, reported as a warning, not an error in the model).
 *
 * @param subject the entity whose time it is; not null
 * @param aspect which of its times; applies to the subject's kind ({@link TimeAspect#appliesTo});
 *     not null
 * @param time the time given; not null
 */
public record FactTime(EntityId subject, TimeAspect aspect, FuzzyTime time) implements Proposition {
  /**
   * Rejects nulls and an aspect the subject does not have.
   *
   * @throws InvalidValueException if {@code aspect} does not apply to {@code subject}'s kind
   */
  public FactTime {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(time, "time");
    if (!aspect.appliesTo(subject)) {
      throw new InvalidValueException("FactTime", "aspect", aspect,
          "does not apply to a " + subject.kind() + " (" + subject + ")");
    }
  }

  /** Returns the question "when did the subject [aspect]": subject, qualified by the aspect. */
  @Override
  public PropositionKey key() {
    return new PropositionKey(PropositionType.FACT_TIME, List.of(subject), aspect.name());
  }

  /** Returns true if {@code other} gives the same time of the same subject, definitely disjoint. */
  @Override
  public boolean contradicts(Proposition other) {
    return other instanceof FactTime f
        && f.subject.equals(subject)
        && f.aspect == aspect
        && !f.time.overlaps(time).isPossible();
  }

  /**
   * Returns the time the model records for this question, as a proposition with the same key: a
   * conflict's period start or end, a party's proclamation or dissolution, an accord's
   * agreed, effective ({@link Accord#takesEffect()}) or ended time, a ruling's issue, an event's
   * time. Empty when the model records no such time or has no such entity.
   *
   * @throws NullPointerException if {@code model} is null
   */
  public Optional<FactTime> recordedIn(DisputeModel model) {
    return recordedTime(Objects.requireNonNull(model, "model"))
        .map(t -> new FactTime(subject, aspect, t));
  }

  private Optional<FuzzyTime> recordedTime(DisputeModel model) {
    if (subject instanceof ConflictId c) {
      return model.conflict(c).flatMap(Conflict::period)
          .flatMap(p -> aspect == TimeAspect.STARTED ? p.start() : p.end());
    } else if (subject instanceof PartyId p) {
      return model.party(p).flatMap(
          x -> aspect == TimeAspect.STARTED ? x.proclaimed() : x.dissolved());
    } else if (subject instanceof AccordId a) {
      return model.accord(a).flatMap(x -> switch (aspect) {
        case AGREED -> x.agreed();
        case TOOK_EFFECT -> x.takesEffect();
        default -> x.ended();
      });
    } else if (subject instanceof RulingId r) {
      return model.ruling(r).map(Ruling::issued);
    } else if (subject instanceof EventId e) {
      return model.event(e).map(Event::time);
    }
    return Optional.empty(); // unreachable: the constructor admits only the kinds above
  }

  @Override
  public List<Reference> references() {
    return List.of(new Reference("subject", subject));
  }

  @Override
  public boolean allTargetsMatch(Predicate<? super EntityId> test) {
    Objects.requireNonNull(test, "test");
    return test.test(subject);
  }
}
