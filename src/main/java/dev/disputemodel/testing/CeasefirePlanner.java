package dev.disputemodel.testing;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ChainLink;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.Deployment;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.OtherProvision;
import dev.disputemodel.Provision;
import dev.disputemodel.Withdrawal;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans the ceasefires, agreements, rulings and mediator roles of a conflict, in the last part of
 * its period (after its events and episodes). Each ceasefire, then the agreement if any, has its
 * own slice, agreed, effective and ended in its thirds, in order; signatories are primary parties;
 * a withdrawal is by a primary party, a deployment by a peacekeeping mission. An accord may link
 * to the accord before it (renews, recommits to or succeeds it, sometimes at a date of its own
 * within its own slice, so never before the earlier one takes effect); an agreement may contain
 * earlier ceasefires. Rulings come from {@link RulingPlanner}. Mediators are third parties (never
 * belligerents); a role may name a ceasefire of the conflict it brokered or an agreement it
 * guarantees or witnessed, and is attested by a claim of the mediator's family once the claims
 * are planned ({@link #finishMediators()}).
 */
final class CeasefirePlanner {
  private static final List<MediatorRole> ROLES = List.of(MediatorRole.values());
  private static final List<String> OTHER_TERMS =
      List.of("Exchange of prisoners", "Humanitarian corridor");

  private static final List<AgreementKind> AGREEMENT_KINDS = List.of(AgreementKind.values());

  private final ModelDraft d;
  private final Choices c;
  private final RulingPlanner rulings;

  CeasefirePlanner(ModelDraft draft) {
    this.d = draft;
    this.c = draft.c;
    this.rulings = new RulingPlanner(draft);
  }

  /**
   * Plans ceasefires, then an agreement (when ceasefires are allowed at all), rulings, then
   * mediator roles, of {@code plan} within {@code [lo, hi)}.
   */
  void plan(ConflictPlan plan, long lo, long hi, boolean ongoing) {
    int nCeasefires = c.between(0, d.config.maxCeasefiresPerConflict());
    int nAgreements = d.config.maxCeasefiresPerConflict() == 0 ? 0 : c.between(0, 1);
    long slice = (hi - lo) / Math.max(nCeasefires + nAgreements, 1);
    for (int i = 0; i < nCeasefires; i++) {
      ceasefire(plan, lo + i * slice, lo + (i + 1) * slice);
    }
    for (int i = nCeasefires; i < nCeasefires + nAgreements; i++) {
      agreement(plan, lo + i * slice, lo + (i + 1) * slice);
    }
    rulings.plan(plan, lo, hi);
    int nMediators =
        d.roles.thirdMediators.isEmpty() ? 0 : c.between(0, d.config.maxMediatorsPerConflict());
    for (int i = 0; i < nMediators; i++) {
      mediator(plan, lo, hi, ongoing);
    }
  }

  private void ceasefire(ConflictPlan plan, long lo, long hi) {
    int index = d.ceasefires.size();
    Ceasefire.Builder b = Ceasefire.builder().id(d.ceasefires.id(index))
        .conflict(plan.conflict.id()).name("Ceasefire " + (index + 1)).source(d.anySource());
    long third = (hi - lo) / 3;
    if (c.nextBoolean(0.7)) {
      Times.within(c, lo, lo + third, d.precision()).ifPresent(b::agreed);
    }
    if (c.nextBoolean(0.7)) {
      Times.within(c, lo + third, lo + 2 * third, d.precision()).ifPresent(b::effective);
    }
    if (c.nextBoolean(0.4)) {
      Times.within(c, lo + 2 * third, hi, d.precision()).ifPresent(b::ended);
    }
    for (int p : plan.primaries) {
      if (c.nextBoolean(0.6)) {
        b.addSignatory(d.parties.id(p));
      }
    }
    int nProvisions = c.nextInt(3);
    for (int i = 0; i < nProvisions; i++) {
      b.addProvision(provision(plan));
    }
    link(plan, lo, hi).ifPresent(b::addLinks);
    Ceasefire ceasefire = b.build();
    plan.ceasefires.add(ceasefire);
    d.ceasefires.add(ceasefire);
  }

  /**
   * Draws, half the time, a link to the conflict's last ceasefire so far, of any kind, at a date
   * of its own within {@code [lo, hi)} (the later accord's slice) a third of the time.
   */
  private Optional<ChainLink> link(ConflictPlan plan, long lo, long hi) {
    if (plan.ceasefires.isEmpty() || !c.nextBoolean(0.5)) {
      return Optional.empty();
    }
    CeasefireId earlier = plan.ceasefires.get(plan.ceasefires.size() - 1).id();
    ChainLink link;
    switch (c.nextInt(3)) {
      case 0:
        link = ChainLink.renews(earlier);
        break;
      case 1:
        link = ChainLink.recommitsTo(earlier);
        break;
      default:
        link = ChainLink.succeeds(earlier);
        break;
    }
    if (c.nextBoolean(0.3)) {
      Optional<FuzzyTime> date = Times.within(c, lo, hi, d.precision());
      if (date.isPresent()) {
        link = link.withDate(date.get());
      }
    }
    return Optional.of(link);
  }

  private void agreement(ConflictPlan plan, long lo, long hi) {
    int index = d.agreements.size();
    Agreement.Builder b = Agreement.builder().id(d.agreements.id(index))
        .conflict(plan.conflict.id()).name("Agreement " + (index + 1))
        .kind(c.pick(AGREEMENT_KINDS)).source(d.anySource());
    long third = (hi - lo) / 3;
    if (c.nextBoolean(0.8)) {
      Times.within(c, lo, lo + third, d.precision()).ifPresent(b::agreed);
    }
    if (c.nextBoolean(0.5)) {
      Times.within(c, lo + third, lo + 2 * third, d.precision()).ifPresent(b::effective);
    }
    if (c.nextBoolean(0.2)) {
      Times.within(c, lo + 2 * third, hi, d.precision()).ifPresent(b::ended);
    }
    for (int p : plan.primaries) {
      if (c.nextBoolean(0.6)) {
        b.addSignatories(d.parties.id(p));
      }
    }
    for (Ceasefire cf : plan.ceasefires) {
      if (c.nextBoolean(0.3)) {
        b.addCeasefires(cf.id());
      }
    }
    if (c.nextBoolean(0.5)) {
      b.addProvisions(provision(plan));
    }
    link(plan, lo, hi).ifPresent(b::addLinks);
    lifecycle(b, plan, lo, third);
    Agreement agreement = b.build();
    plan.agreements.add(agreement);
    d.agreements.add(agreement);
  }

  /**
   * Sometimes makes the agreement one proposed by a primary party (in the first third when it has
   * no signing time) that lapsed, never in force (in the second third, with no effective or ended
   * time); sometimes splits its signatories into one document each.
   */
  private void lifecycle(Agreement.Builder b, ConflictPlan plan, long lo, long third) {
    Agreement draft = b.build();
    if (!plan.primaries.isEmpty() && c.nextBoolean(0.2)) {
      b.proposer(d.parties.id(c.pick(plan.primaries))).effective(Optional.empty())
          .ended(Optional.empty()).links(List.of());
      if (draft.agreed().isEmpty()) {
        Times.within(c, lo, lo + third, d.precision()).ifPresent(b::proposed);
      }
      if (c.nextBoolean(0.7)) {
        Times.within(c, lo + third, lo + 2 * third, d.precision()).ifPresent(b::lapsed);
      }
    }
    if (draft.signatories().size() >= 2 && c.nextBoolean(0.2)) {
      b.signatories(List.of());
      int n = 0;
      for (dev.disputemodel.PartyId p : draft.signatories()) {
        b.addDocuments(dev.disputemodel.AgreementDocument.of(
            "Document " + (++n) + " of " + draft.name(), d.anySource(), p));
      }
    }
  }

  private Provision provision(ConflictPlan plan) {
    int territory =
        plan.atStake.isEmpty() ? c.nextInt(d.territories.size()) : c.pick(plan.atStake);
    switch (c.nextInt(3)) {
      case 0:
        return new Withdrawal(d.parties.id(c.pick(plan.primaries)), d.territories.id(territory));
      case 1:
        if (!d.roles.peacekeepers.isEmpty()) {
          return new Deployment(d.parties.id(c.pick(d.roles.peacekeepers)),
              d.territories.id(territory),
              Figures.allowing(c, c.nextLong(d.config.maxFigure() + 1)));
        }
        return new OtherProvision("Deployment of observers");
      default:
        return new OtherProvision(c.pick(OTHER_TERMS));
    }
  }

  private void mediator(ConflictPlan plan, long lo, long hi, boolean ongoing) {
    int party = c.pick(d.roles.thirdMediators);
    MediatorRole role = c.pick(ROLES);
    Mediator.Builder b = Mediator.builder().id(d.mediators.nextId()).party(d.parties.id(party))
        .role(role).conflict(plan.conflict.id()).source(d.anySource());
    if (!plan.ceasefires.isEmpty() && (role == MediatorRole.BROKER || c.nextBoolean(0.3))) {
      b.ceasefire(c.pick(plan.ceasefires).id());
    } else if (!plan.agreements.isEmpty() && (role == MediatorRole.GUARANTOR
        || role == MediatorRole.WITNESS || c.nextBoolean(0.2))) {
      b.agreement(c.pick(plan.agreements).id());
    }
    if ((role == MediatorRole.PEACEKEEPER || role == MediatorRole.OBSERVER)
        && c.nextBoolean(0.6)) {
      b.forceSize(Figures.allowing(c, c.nextLong(d.config.maxFigure() + 1)));
    }
    if (c.nextBoolean(0.5)) {
      Optional<FuzzyPeriod> period = ongoing && c.nextBoolean(0.5)
          ? Times.within(c, lo, hi, d.precision()).map(FuzzyPeriod::since)
          : d.closedPeriod(lo, hi, d.precision());
      period.ifPresent(b::period);
    }
    d.mediators.add(new ModelDraft.MediatorDraft(b, party));
  }

  /**
   * Returns the mediator roles, each attested (sometimes) by a claim its mediator's family made:
   * called once the claims are planned.
   */
  List<Mediator> finishMediators() {
    List<Mediator> finished = new ArrayList<>();
    for (ModelDraft.MediatorDraft m : d.mediators.all()) {
      List<Integer> own = d.partyClaims(d.roles.root(m.party()));
      if (!own.isEmpty() && c.nextBoolean(0.3)) {
        m.builder().attestedBy(d.claims.id(c.pick(own)));
      }
      finished.add(m.builder().build());
    }
    return finished;
  }
}
