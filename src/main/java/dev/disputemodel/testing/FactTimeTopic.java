package dev.disputemodel.testing;

import dev.disputemodel.EntityId;
import dev.disputemodel.FactTime;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.TimeAspect;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a conflict started, a ruling was issued or an event happened ({@link FactTime}). Every
 * answer allows the recorded time and never equals it (so a fault that denies an answer does not
 * also deny the record): a recorded time coarser than a day is answered with a day inside it (two
 * such days contest the question, and neither contradicts the record), a finer one with the year
 * it begins in. Where nothing is recorded (a conflict with no stated start), families of a
 * contested question may name any day of the facts.
 */
final class FactTimeTopic implements Topic {
  private final ModelDraft d;
  private final EntityId subject;
  private final TimeAspect aspect;
  private final Optional<FuzzyTime> recorded;

  private FactTimeTopic(ModelDraft draft, EntityId subject, TimeAspect aspect, Optional<FuzzyTime> recorded) {
    this.d = draft;
    this.subject = subject;
    this.aspect = aspect;
    this.recorded = recorded;
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    List<FactTimeTopic> candidates = new ArrayList<>(3);
    if (!d.conflicts.isEmpty()) {
      ConflictPlan plan = d.c.pick(d.conflicts.all());
      candidates.add(new FactTimeTopic(d, plan.conflict.id(), TimeAspect.STARTED,
          plan.conflict.period().flatMap(p -> p.start())));
    }
    if (!d.rulings.isEmpty()) {
      dev.disputemodel.Ruling r = d.c.pick(d.rulings.all());
      candidates.add(new FactTimeTopic(d, r.id(), TimeAspect.ISSUED, Optional.of(r.issued())));
    }
    if (!d.events.isEmpty()) {
      dev.disputemodel.Event e = d.c.pick(d.events.all());
      candidates.add(new FactTimeTopic(d, e.id(), TimeAspect.OCCURRED, Optional.of(e.time())));
    }
    return candidates.isEmpty() ? Optional.empty() : Optional.of(d.c.pick(candidates));
  }

  @Override
  public PropositionKey key() {
    return new FactTime(subject, aspect, FuzzyTime.inYear(java.time.Year.of(2000))).key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    FuzzyTime time;
    if (recorded.isPresent()) {
      FuzzyTime r = recorded.get();
      time = r.precision().compareTo(Precision.DAY) > 0
          ? Times.within(d.c, r.earliestEpochSecond(), r.latestEpochSecond(), Precision.DAY)
              .orElseThrow() // a unit coarser than a day holds a day
          : FuzzyTime.inYear(java.time.Year.of(r.earliest().getYear()));
    } else {
      time = Times.within(d.c, d.time.start, d.time.factsEnd, Precision.DAY)
          .orElseGet(() -> FuzzyTime.inYear(java.time.Year.of(2000)));
    }
    return Answer.of(Polarity.ASSERTS, new FactTime(subject, aspect, time));
  }
}
