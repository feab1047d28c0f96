package dev.disputemodel.testing;

import dev.disputemodel.BindingForce;
import dev.disputemodel.BoundaryDecision;
import dev.disputemodel.ControlDecision;
import dev.disputemodel.Decision;
import dev.disputemodel.OtherDecision;
import dev.disputemodel.PartyKind;
import dev.disputemodel.ProceduralDecision;
import dev.disputemodel.Procedure;
import dev.disputemodel.Ruling;
import dev.disputemodel.SovereigntyDecision;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans the rulings of a conflict, within the window of its accords: given by a third party (a
 * court or tribunal when the draft has one), binding or advisory, with one or two typed decisions
 * about the territories at stake (sovereignty or control for a primary party, a boundary, a
 * procedural question, another decision), sometimes under one of the conflict's agreements.
 * Parties respond to rulings in claims ({@link RulingResponseTopic}).
 */
final class RulingPlanner {
  private final ModelDraft d;
  private final Choices c;

  RulingPlanner(ModelDraft draft) {
    this.d = draft;
    this.c = draft.c;
  }

  /** Plans at most one ruling of {@code plan}, issued within {@code [lo, hi)}. */
  void plan(ConflictPlan plan, long lo, long hi) {
    List<Integer> bodies = bodies();
    if (bodies.isEmpty() || plan.primaries.isEmpty() || d.territories.size() == 0
        || !c.nextBoolean(0.3)) {
      return;
    }
    Optional<FuzzyTime> issued = Times.within(c, lo, hi, d.precision());
    if (issued.isEmpty()) {
      return;
    }
    int index = d.rulings.size();
    Ruling.Builder b = Ruling.builder().id(d.rulings.id(index)).name("Ruling " + (index + 1))
        .body(d.parties.id(c.pick(bodies))).issued(issued.get()).bindingForce(c.nextBoolean(0.6) ? BindingForce.BINDING
            : c.nextBoolean(0.5) ? BindingForce.NOT_BINDING : BindingForce.UNSTATED)
        .source(d.anySource());
    int nDecisions = c.between(1, 2);
    for (int i = 0; i < nDecisions; i++) {
      b.addDecisions(decision(plan));
    }
    if (!plan.agreements.isEmpty() && c.nextBoolean(0.3)) {
      b.under(c.pick(plan.agreements).id());
    }
    if (c.nextBoolean(0.7)) {
      b.conflict(plan.conflict.id());
    }
    d.rulings.add(b.build());
  }

  /** Returns the courts and tribunals of the third pool, else every third party. */
  private List<Integer> bodies() {
    List<Integer> courts = new ArrayList<>();
    for (int p : d.roles.thirdParties) {
      if (d.parties.get(p).kind() == PartyKind.COURT_OR_TRIBUNAL) {
        courts.add(p);
      }
    }
    return courts.isEmpty() ? d.roles.thirdParties : courts;
  }

  private Decision decision(ConflictPlan plan) {
    int territory = plan.atStake.isEmpty() ? c.nextInt(d.territories.size()) : c.pick(plan.atStake);
    switch (c.nextInt(5)) {
      case 0:
        return new SovereigntyDecision(d.territories.id(territory), d.parties.id(c.pick(plan.primaries)));
      case 1:
        return new ControlDecision(d.territories.id(territory), d.parties.id(c.pick(plan.primaries)));
      case 2:
        if (d.territories.size() > 1) {
          int other = (territory + 1 + c.nextInt(d.territories.size() - 1)) % d.territories.size();
          return new BoundaryDecision(d.territories.id(territory), d.territories.id(other),
              c.nextBoolean(0.5) ? Optional.of("Along the watershed") : Optional.empty());
        }
        return new OtherDecision("The parties shall negotiate");
      case 3:
        return new ProceduralDecision(c.pick(List.of(Procedure.values())), c.nextBoolean(0.7));
      default:
        return new OtherDecision("The parties shall negotiate");
    }
  }
}
