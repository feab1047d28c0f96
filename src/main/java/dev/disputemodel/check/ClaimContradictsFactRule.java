package dev.disputemodel.check;

import static dev.disputemodel.time.EqualBounds.SAME_MOMENT;
import static dev.disputemodel.time.UnstatedPeriod.HOLDS_THROUGHOUT;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.Control;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.EntityId;
import dev.disputemodel.FactFigure;
import dev.disputemodel.FactTime;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.RecognitionCount;
import dev.disputemodel.Recognizes;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TimeAspect;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.index.Answer;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code claim-contradicts-fact}: a claim that contradicts what the model records as fact: a
 * territory's status at the time the claim was made, or a time or figure of an entity. These are
 * compared, nothing else:
 *
 * <ul>
 *   <li>a {@link Sovereignty} claim against the territory's <em>internationally recognized</em>
 *       {@link SovereigntyStatus} in force when the claim was made (partial recognitions are
 *       positions, not facts, and are not compared);
 *   <li>a {@link Control} claim against the territory's {@link ControlStatus} records in force
 *       when the claim was made: asserting a controller that no record names while another is
 *       recorded, or denying the control a record states;
 *   <li>a {@link Recognizes} claim against the statuses that name its recognizer, and a
 *       {@link RecognitionCount} claim against the recognizer counts of the statuses of its
 *       sovereign, in force when the claim was made;
 *   <li>a {@link FactTime} or {@link FactFigure} claim against the value the model records for
 *       the same question ({@link FactTime#recordedIn}, {@link FactFigure#recordedIn}): a time
 *       definitely disjoint from the recorded one, a figure no count of which the recorded one
 *       allows, or a denial of exactly the recorded value. Always certain.
 *   <li>an {@link AgreementStatus} claim against the agreement's recorded
 *       {@linkplain dev.disputemodel.Agreement#stage() stage} ({@link AgreementStatus#recordedIn}):
 *       "never in force" against an agreement recorded in force or ended, or the reverse; and an
 *       asserted {@link FactTime} dating the entry into force or end of an agreement recorded as
 *       lapsed. Always certain.
 * </ul>
 *
 * <p>The finding is a disagreement in the world, not an error in the model (UCDP dates the start
 * of the 1974 war in Cyprus to 20 June, the model records 20 July): a warning, kept when the claim
 * is a position and the record is right.
 *
 * <p>A status with no stated period holds at every time. Certain when the status definitely
 * held when the claim was made. Cost: linear in claims times the statuses of their territory.
 */
final class ClaimContradictsFactRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("claim-contradicts-fact", Severity.WARNING,
          "A claim contradicts a territory's recorded status or recognitions, or an entity's recorded"
              + " time or figure");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    List<Finding> out = new ArrayList<>();
    for (Claim claim : index.model().claims()) {
      boolean asserts = claim.polarity() == Polarity.ASSERTS;
      for (int i = 0; i < claim.propositions().size(); i++) {
        Proposition p = claim.propositions().get(i);
        Optional<? extends Proposition> recorded = p instanceof FactTime ft
            ? ft.recordedIn(index.model())
            : p instanceof FactFigure ff ? ff.recordedIn(index.model())
            : p instanceof AgreementStatus as ? as.recordedIn(index.model()) : Optional.empty();
        Optional<FuzzyTime> lapsed = p instanceof FactTime ft && asserts ? lapsed(index, ft) : Optional.empty();
        if (lapsed.isPresent()) {
          report(out, claim, i, p, p.key().subjects().get(0), Certainty.DEFINITELY,
              List.of("lapsed " + lapsed.get() + ", never in force"));
        } else if (recorded.isPresent()) {
          if (Claim.answersContradict(claim.polarity(), p, Polarity.ASSERTS, recorded.get())) {
            report(out, claim, i, p, p.key().subjects().get(0), Certainty.DEFINITELY,
                List.of(new Answer(Polarity.ASSERTS, recorded.get()).toString()));
          }
        } else if (p instanceof Sovereignty s) {
          statuses(out, index, claim, i, s.territory(),
              st -> st.internationallyRecognized()
                  && st.sovereign().equals(Optional.of(s.sovereign())) != asserts,
              st -> " internationally recognized");
        } else if (p instanceof Recognizes r) {
          statuses(out, index, claim, i, r.territory(),
              st -> st.recognizers().contains(r.recognizer())
                  && st.sovereign().equals(Optional.of(r.sovereign())) != asserts,
              st -> " recognized by " + r.recognizer());
        } else if (p instanceof RecognitionCount rc) {
          statuses(out, index, claim, i, rc.territory(),
              st -> st.sovereign().equals(Optional.of(rc.sovereign()))
                  && st.recognizerCount().isPresent()
                  && (asserts ? !rc.count().isCompatibleWith(st.recognizerCount().get())
                      : rc.count().equals(st.recognizerCount().get())),
              st -> " recognized by " + st.recognizerCount().get());
        } else if (p instanceof Control ctl) {
          Optional<Territory> t = index.model().territory(ctl.territory());
          if (t.isEmpty()) {
            continue;
          }
          Certainty same = Certainty.NOT;
          Certainty other = Certainty.NOT;
          List<String> facts = new ArrayList<>();
          for (int j = 0; j < t.get().control().size(); j++) {
            ControlStatus st = t.get().control().get(j);
            Certainty active = HOLDS_THROUGHOUT.covers(st.period(), claim.madeAt(), SAME_MOMENT);
            if (!active.isPossible()) {
              continue;
            }
            if (st.controller().equals(ctl.controller())) {
              same = same.or(active);
              if (!asserts) {
                facts.add("control[" + j + "]: " + st.kind() + " by " + st.controller());
              }
            } else {
              other = other.or(active);
              if (asserts) {
                facts.add("control[" + j + "]: " + st.kind() + " by " + st.controller());
              }
            }
          }
          Certainty c = asserts ? other.and(same.negate()) : same;
          report(out, claim, i, p, ctl.territory(), c, facts);
        }
      }
    }
    return out;
  }

  /**
   * Reports claim {@code claim}'s proposition {@code i} if a sovereignty status of {@code
   * territory} that it {@code contradicts} may hold when the claim was made (certain if one
   * surely holds then); each such status is named with its {@code describe}d recognition.
   */
  private static void statuses(List<Finding> out, ModelIndex index, Claim claim, int i,
      TerritoryId territory, Predicate<SovereigntyStatus> contradicts,
      Function<SovereigntyStatus, String> describe) {
    Optional<Territory> t = index.model().territory(territory);
    if (t.isEmpty()) {
      return;
    }
    Certainty c = Certainty.NOT;
    List<String> facts = new ArrayList<>();
    for (int j = 0; j < t.get().sovereignty().size(); j++) {
      SovereigntyStatus st = t.get().sovereignty().get(j);
      if (!contradicts.test(st)) {
        continue;
      }
      Certainty active = HOLDS_THROUGHOUT.covers(st.period(), claim.madeAt(), SAME_MOMENT);
      if (active.isPossible()) {
        c = c.or(active);
        facts.add("sovereignty[" + j + "]: "
            + st.sovereign().map(Object::toString).orElse("no sovereign") + describe.apply(st));
      }
    }
    report(out, claim, i, claim.propositions().get(i), territory, c, facts);
  }

  /**
   * Returns when the agreement a claim dates the entry into force or end of lapsed, if it did: an
   * agreement never in force neither took effect nor ended.
   */
  private static Optional<FuzzyTime> lapsed(ModelIndex index, FactTime ft) {
    if (!(ft.subject() instanceof AgreementId id)
        || ft.aspect() != TimeAspect.TOOK_EFFECT && ft.aspect() != TimeAspect.ENDED) {
      return Optional.empty();
    }
    return index.model().agreement(id).flatMap(Agreement::lapsed);
  }

  private static void report(
      List<Finding> out, Claim claim, int i, Proposition p, EntityId subject, Certainty c,
      List<String> facts) {
    if (!c.isPossible()) {
      return;
    }
    Answer answer = new Answer(claim.polarity(), p);
    out.add(DESCRIPTOR.finding(claim.id())
        .certainty(c)
        .path("propositions[" + i + "]")
        .value(answer)
        .related(subject)
        .message(claim.id() + " says " + answer + " of " + subject + " (" + claim.madeAt()
            + "), but the model records " + String.join("; ", facts)
            + (p instanceof FactTime || p instanceof FactFigure || p instanceof AgreementStatus
                ? "" : " at that time") + ". If the"
            + " record is wrong, correct it; if the claim is a position, keep both")
        .build());
  }
}
