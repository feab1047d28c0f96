package dev.disputemodel.testing;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.RelationId;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.Precision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The model being planned: every entity planned so far, by kind ({@link Planned}), with what the
 * planners of later entities need to know to stay consistent with the earlier ones (the parties'
 * roles, the territories nobody recorded a status for, the attacks events record, the claims
 * each family made, the true casualty counts). Each planner ({@link PartyPlanner},
 * {@link TerritoryPlanner}, {@link ConflictPlanner}, {@link CeasefirePlanner},
 * {@link RelationPlanner}, {@link ClaimPlanner}) adds its concept's entities here, drawing every
 * decision from the one {@link Choices}. Mutable, for one planning run, one thread.
 */
final class ModelDraft {
  /** Words a source may hedge a relation or claim with. */
  static final List<String> HEDGES = List.of("apparently", "reportedly", "it is understood");

  final Choices c;
  final ModelConfig config;
  final TimeFrame time;

  final Planned<SourceId, Source> sources = new Planned<>("D", SourceId::of);
  final Planned<PartyId, Party> parties = new Planned<>("P", PartyId::of);
  final PartyRoles roles = new PartyRoles();
  final Planned<TerritoryId, Territory> territories = new Planned<>("T", TerritoryId::of);
  /** Territories with no recorded sovereignty: the only ones sovereignty may be claimed over. */
  final List<Integer> sovereigntyFree = new ArrayList<>();
  /** Territories with no recorded control: the only ones control may be claimed over. */
  final List<Integer> controlFree = new ArrayList<>();
  final Planned<ConflictId, ConflictPlan> conflicts = new Planned<>("C", ConflictId::of);
  final Planned<EventId, Event> events = new Planned<>("E", EventId::of);
  final Planned<CeasefireId, Ceasefire> ceasefires = new Planned<>("S", CeasefireId::of);
  final Planned<dev.disputemodel.AgreementId, dev.disputemodel.Agreement> agreements =
      new Planned<>("A", dev.disputemodel.AgreementId::of);
  final Planned<dev.disputemodel.RulingId, dev.disputemodel.Ruling> rulings =
      new Planned<>("J", dev.disputemodel.RulingId::of);
  final Planned<MediatorId, MediatorDraft> mediators = new Planned<>("M", MediatorId::of);
  final Planned<RelationId, PartyRelation> relations = new Planned<>("R", RelationId::of);
  final Planned<ClaimId, Claim> claims = new Planned<>("K", ClaimId::of);
  final CasualtyCounts casualties;

  private final Set<Long> recordedAttacks = new HashSet<>();
  private final List<Integer> claimFamily = new ArrayList<>();
  private final Map<Integer, List<Integer>> partyClaimsByFamily = new HashMap<>();

  /** A mediator role whose attestation is drawn once the claims are planned. */
  record MediatorDraft(Mediator.Builder builder, int party) {}

  ModelDraft(Choices c, ModelConfig config) {
    this.c = c;
    this.config = config;
    this.time = new TimeFrame(config);
    this.casualties = new CasualtyCounts(c, config.maxFigure());
  }

  Precision precision() {
    return time.precision(c);
  }

  /**
   * Draws a closed period inside {@code [lo, hi)} at {@code precision}: certainly ordered, or
   * rough ({@link ModelConfig#roughPeriodShare()}). Empty if there is no room.
   */
  Optional<FuzzyPeriod> closedPeriod(long lo, long hi, Precision precision) {
    double rough = config.roughPeriodShare();
    return rough > 0 && c.nextBoolean(rough)
        ? Times.rough(c, lo, hi, precision) : Times.closed(c, lo, hi, precision);
  }

  /** Draws a period of any shape (closed, ongoing, unknown start) inside {@code [lo, hi)}. */
  Optional<FuzzyPeriod> anyPeriod(long lo, long hi) {
    Precision p = precision();
    switch (c.nextInt(3)) {
      case 0:
        return closedPeriod(lo, hi, p);
      case 1:
        return Times.within(c, lo, hi, p).map(FuzzyPeriod::since);
      default:
        return Times.within(c, lo, hi, p).map(FuzzyPeriod::until);
    }
  }

  SourceId anySource() {
    return sources.get(c.nextInt(sources.size())).id();
  }

  /** Records that an event of {@code conflict} shows {@code party} making an attack of {@code kind}. */
  void recordAttack(int conflict, int party, EventKind kind) {
    recordedAttacks.add(attackKey(conflict, party, kind));
  }

  boolean isRecordedAttack(int conflict, int party, EventKind kind) {
    return recordedAttacks.contains(attackKey(conflict, party, kind));
  }

  private static long attackKey(int conflict, int party, EventKind kind) {
    return ((long) conflict << 36) | ((long) party << 4) | kind.ordinal();
  }

  /**
   * Adds a claim made for {@code family} (see {@link ClaimPlanner}); {@code byParty} if a party,
   * not the source in its own voice, makes it. Returns its index.
   */
  int addClaim(Claim claim, int family, boolean byParty) {
    int index = claims.add(claim);
    claimFamily.add(family);
    if (byParty) {
      partyClaimsByFamily.computeIfAbsent(family, k -> new ArrayList<>()).add(index);
    }
    return index;
  }

  /** Returns the family a claim was made for. */
  int familyOf(int claim) {
    return claimFamily.get(claim);
  }

  /** Returns the indexes of the claims parties of the family rooted at {@code root} made. */
  List<Integer> partyClaims(int root) {
    return partyClaimsByFamily.getOrDefault(root, List.of());
  }

  /** Builds the model from the planned entities and the finished mediator roles. */
  DisputeModel build(List<Mediator> finishedMediators) {
    DisputeModel.Builder model = DisputeModel.builder();
    model.addAllParties(parties.all()).addAllTerritories(territories.all())
        .addAllSources(sources.all()).addAllRelations(relations.all()).addAllEvents(events.all())
        .addAllClaims(claims.all());
    conflicts.all().forEach(p -> model.addConflict(p.conflict));
    model.addAllCeasefires(ceasefires.all()).addAllAgreements(agreements.all())
        .addAllRulings(rulings.all()).addAllMediators(finishedMediators);
    return model.build();
  }
}
