package dev.disputemodel.check;

import static dev.disputemodel.time.EqualBounds.SAME_MOMENT;

import dev.disputemodel.Accord;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.EntityId;
import dev.disputemodel.Event;
import dev.disputemodel.Mediator;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.Ruling;
import dev.disputemodel.Side;
import dev.disputemodel.Supporter;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code role-outside-existence}: a party that plays a role at a time when, by its own
 * {@linkplain Party#existence() existence period}, it did not exist: before it was proclaimed,
 * after it was dissolved, or within one of its {@linkplain Party#interruptions() interruptions}
 * (a role at a time an interruption covers, or over a period an interruption encloses). The roles
 * and their times:
 *
 * <ul>
 *   <li>a third-party role ({@link Mediator}): the start and the end of its period, if stated (an
 *       ongoing role of a dissolved party lies after its dissolution);
 *   <li>a primary party or supporter of a conflict's side: the supporter's period, else the
 *       conflict's, when it cannot overlap the party's existence;
 *   <li>a signatory of a ceasefire or agreement: when it was agreed, else when it took effect;
 *   <li>the body of a ruling: when it was given;
 *   <li>a participant in an event: the event's time;
 *   <li>a claimant: when the claim was made.
 * </ul>
 *
 * <p>Nothing is reported for a party with no stated existence, or a role with no stated time. Two
 * times with the same bounds are the same stated moment: a state that signs on the day it is
 * proclaimed signs while it exists. Cost: linear in the size of the model (one lookup per party
 * in a role).
 */
final class RoleOutsideExistenceRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("role-outside-existence", Severity.ERROR,
          "A party plays a role before it was proclaimed or after it was dissolved");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    Map<PartyId, Party> bounded = new HashMap<>();
    for (Party p : index.model().parties()) {
      if (p.existence().isPresent() || !p.interruptions().isEmpty()) {
        bounded.put(p.id(), p);
      }
    }
    List<Finding> out = new ArrayList<>();
    if (bounded.isEmpty()) {
      return out;
    }
    Reporter r = new Reporter(bounded, out);
    for (Mediator m : index.model().mediators()) {
      m.period().ifPresent(p -> r.period(m.id(), "party", m.party(), "is " + m.role() + " in "
          + m.conflict(), p));
    }
    for (Conflict c : index.model().conflicts()) {
      for (int i = 0; i < c.sides().size(); i++) {
        Side side = c.sides().get(i);
        String primaries = "sides[" + i + "].primaries";
        for (PartyId p : side.primaries()) {
          c.period().ifPresent(period -> r.overlap(c.id(), primaries, p, "fights in " + c.id(), period));
        }
        for (int j = 0; j < side.supporters().size(); j++) {
          Supporter s = side.supporters().get(j);
          Optional<FuzzyPeriod> period = s.period().or(c::period);
          String path = "sides[" + i + "].supporters[" + j + "].party";
          period.ifPresent(p -> r.overlap(c.id(), path, s.party(), "supports side " + side.label()
              + " of " + c.id(), p));
        }
      }
    }
    for (Accord a : ChainCycleRule.accords(index)) {
      Optional<FuzzyTime> signed = a.agreed().or(a::effective);
      if (signed.isPresent()) {
        a.signatories().forEach(p -> r.time(a.id(), "signatories", p, "signs " + a.id(), signed.get()));
      }
    }
    for (Ruling ruling : index.model().rulings()) {
      r.time(ruling.id(), "body", ruling.body(), "gives " + ruling.id(), ruling.issued());
    }
    for (Event e : index.model().events()) {
      e.participants().forEach(p -> r.time(e.id(), "participants", p, "takes part in " + e.id(), e.time()));
    }
    for (Claim k : index.model().claims()) {
      k.claimant().ifPresent(p -> r.time(k.id(), "claimant", p, "makes " + k.id(), k.madeAt()));
    }
    return out;
  }

  /** Reports the roles of parties with a stated existence. */
  private static final class Reporter {
    private final Map<PartyId, Party> bounded;
    private final List<Finding> out;

    Reporter(Map<PartyId, Party> bounded, List<Finding> out) {
      this.bounded = bounded;
      this.out = out;
    }

    /** A role at one uncertain time. */
    void time(EntityId focus, String path, PartyId party, String role, FuzzyTime at) {
      Party p = bounded.get(party);
      if (p != null) {
        report(focus, path, p, role + " at " + at,
            beforeProclaimed(p, at).or(afterDissolved(p, at)).or(interrupted(p, at)));
      }
    }

    /** A role over a period: its start may not precede proclamation nor its end follow dissolution. */
    void period(EntityId focus, String path, PartyId party, String role, FuzzyPeriod period) {
      Party p = bounded.get(party);
      if (p == null) {
        return;
      }
      Optional<FuzzyTime> first = period.start().or(period::end);
      Certainty before = first.map(t -> beforeProclaimed(p, t)).orElse(Certainty.NOT);
      Certainty after;
      if (period.end().isPresent()) {
        after = afterDissolved(p, period.end().get());
      } else {
        after = p.dissolved().isPresent() ? Certainty.DEFINITELY : Certainty.NOT;
      }
      report(focus, path, p, role + " over " + period, before.or(after).or(interrupted(p, period)));
    }

    /**
     * A role over a period that must share some time with the party's existence: it must not end
     * before the party was proclaimed nor begin after it was dissolved (an unstated bound of
     * either bounds nothing).
     */
    void overlap(EntityId focus, String path, PartyId party, String role, FuzzyPeriod period) {
      Party p = bounded.get(party);
      if (p == null) {
        return;
      }
      Certainty endsBefore = period.end().map(t -> beforeProclaimed(p, t)).orElse(Certainty.NOT);
      Certainty startsAfter = period.start().map(t -> afterDissolved(p, t)).orElse(Certainty.NOT);
      report(focus, path, p, role + " over " + period,
          endsBefore.or(startsAfter).or(interrupted(p, period)));
    }

    private void report(EntityId focus, String path, Party party, String role, Certainty outside) {
      if (!outside.isPossible()) {
        return;
      }
      String existence = party.existence().map(Object::toString).orElse("(unstated)");
      out.add(DESCRIPTOR.finding(focus)
          .certainty(outside)
          .path(path)
          .value(party.id())
          .related(party.id())
          .message(party.id() + " " + role + ", which " + (outside.isDefinite() ? "lies" : "may lie")
              + " outside its existence " + existence + " (proclaimed .. dissolved)"
              + (party.interruptions().isEmpty() ? "" : " interrupted " + party.interruptions())
              + ". Correct the time of the role, the party in it, or the party's proclaimed or"
              + " dissolved time" + (party.interruptions().isEmpty() ? "" : " or interruptions"))
          .build());
    }

    /** Whether an interruption of the party's existence covers {@code t}. */
    private static Certainty interrupted(Party p, FuzzyTime t) {
      Certainty in = Certainty.NOT;
      for (FuzzyPeriod gap : p.interruptions()) {
        in = in.or(gap.covers(t));
      }
      return in;
    }

    /** Whether an interruption of the party's existence encloses {@code period}. */
    private static Certainty interrupted(Party p, FuzzyPeriod period) {
      Certainty in = Certainty.NOT;
      for (FuzzyPeriod gap : p.interruptions()) {
        in = in.or(gap.encloses(period));
      }
      return in;
    }

    private static Certainty beforeProclaimed(Party p, FuzzyTime t) {
      return p.proclaimed().map(start -> SAME_MOMENT.isBefore(t, start)).orElse(Certainty.NOT);
    }

    private static Certainty afterDissolved(Party p, FuzzyTime t) {
      return p.dissolved().map(end -> SAME_MOMENT.isAfter(t, end)).orElse(Certainty.NOT);
    }
  }
}
