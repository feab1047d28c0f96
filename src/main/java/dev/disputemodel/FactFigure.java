package dev.disputemodel;

import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * "The {@code kind} of {@code subject} was {@code value}": a figure of another entity, as a claim
 * gives it, so that a second version of a figure is typed data. The ICJ's judgment on
 * jurisdiction of 18 December 2020 in Guyana v. Venezuela was voted "12 to 4" by one report and
 * "14 to 2" by another: two claims, each with a {@code VOTES_FOR} and a {@code VOTES_AGAINST}
 * figure of the ruling.
 *
 * <p>The question is the subject and the kind. Two figures contradict when no count is allowed
 * by both ({@link Estimate#isCompatibleWith}): "12" and "14" cannot both be right, "12" and "at
 * least 10" can. The model's own value, where it records one, is {@link #recordedIn}; a claim
 * contradicting it is a {@code claim-contradicts-fact} finding.
 *
 * @param subject the entity whose figure it is; not null
 * @param kind which figure; applies to the subject's kind ({@link FigureKind#appliesTo}); not null
 * @param value the figure given; not null
 */
public record FactFigure(EntityId subject, FigureKind kind, Estimate value)
    implements Proposition {
  /**
   * Rejects nulls and a figure the subject does not have.
   *
   * @throws InvalidValueException if {@code kind} does not apply to {@code subject}'s kind
   */
  public FactFigure {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (!kind.appliesTo(subject)) {
      throw new InvalidValueException("FactFigure", "kind", kind,
          "does not apply to a " + subject.kind() + " (" + subject + ")");
    }
  }

  /** Returns the question "what was the subject's [kind]": subject, qualified by the kind. */
  @Override
  public PropositionKey key() {
    return new PropositionKey(PropositionType.FACT_FIGURE, List.of(subject), kind.name());
  }

  /** Returns true if {@code other} gives the same figure of the same subject and no count fits both. */
  @Override
  public boolean contradicts(Proposition other) {
    return other instanceof FactFigure f
        && f.subject.equals(subject)
        && f.kind == kind
        && !f.value.isCompatibleWith(value);
  }

  /**
   * Returns the figure the model records for this question, as a proposition with the same key:
   * an event's {@link Event#troops()}, a territory's {@link Territory#area()}, or its recorded
   * {@link Territory#share()} as whole percent (from the share's low bound rounded down to its
   * high bound rounded up, so that it allows every whole percent the share may be). Empty when the
   * model records none (a ruling's votes are never recorded as fact) or has no such entity.
   *
   * @throws NullPointerException if {@code model} is null
   */
  public Optional<FactFigure> recordedIn(DisputeModel model) {
    Objects.requireNonNull(model, "model");
    if (kind == FigureKind.TROOPS && subject instanceof EventId e) {
      return model.event(e).flatMap(Event::troops).map(t -> new FactFigure(subject, kind, t));
    }
    if (subject instanceof TerritoryId t && (kind == FigureKind.AREA || kind == FigureKind.SHARE)) {
      Optional<Estimate> value = kind == FigureKind.AREA
          ? model.territory(t).flatMap(Territory::area)
          : model.territory(t).flatMap(Territory::share).map(s -> wholePercent(s.share()));
      return value.map(v -> new FactFigure(subject, kind, v));
    }
    return Optional.empty();
  }

  /** Returns the whole percents {@code share} may be: low rounded down to high rounded up. */
  static Estimate wholePercent(Share share) {
    long low = share.low().setScale(0, RoundingMode.FLOOR).longValueExact();
    long high = share.high().setScale(0, RoundingMode.CEILING).longValueExact();
    return low == high ? Estimate.exact(low) : Estimate.range(low, high);
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
