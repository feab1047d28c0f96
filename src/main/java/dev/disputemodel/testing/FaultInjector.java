package dev.disputemodel.testing;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.ChainLink;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ConflictType;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.NoStatement;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.Precision;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Puts exactly one fault of a given {@link FaultKind} into a valid model, and says what the
 * consistency checker should report about it ({@link InjectedFault}): the proof that each rule
 * finds what it should.
 *
 * <p>The input is meant to be a valid model as {@link Generators#models} makes them (no ERROR or
 * WARNING finding). The injector changes or adds as little as it can: it prefers to change an
 * entity already in the model (an existing ceasefire gains a signatory, an existing event is
 * dated before its conflict), and adds the minimal entities a fault needs when the model has none
 * to change (a conflict with two sides, a ceasefire, a territory, a source speaking in its own
 * voice). So every kind applies to every generated model. Added entities get fresh ids ending in
 * {@code -fault-N}. The faulty model is built by {@link DisputeModel#builder()}, so it passes every
 * construction invariant: only faults the checker, not the builders, can see are injected.
 *
 * <p>Which entity is changed is drawn from {@link Choices}, so an {@link #faults(Gen) injected
 * fault generator} shrinks with its model. Stateless and thread-safe.
 */
public final class FaultInjector {
  private static final ImmutableList<FaultKind> KINDS = ImmutableList.copyOf(FaultKind.values());
  private static final FuzzyTime FALLBACK_TIME = FuzzyTime.inYear(Year.of(2000));

  private FaultInjector() {}

  /**
   * Injects a fault of {@code kind} into {@code model}, making the simplest choice wherever there
   * is one (the first candidate entity): deterministic for a model and kind.
   *
   * @throws NullPointerException if an argument is null
   * @throws dev.disputemodel.InvalidModelException if {@code model} is not one the kit generates
   *     and the change cannot be built (not expected for generated models)
   */
  public static InjectedFault inject(DisputeModel model, FaultKind kind) {
    return inject(model, kind, Choices.replay(new long[0], 0));
  }

  /**
   * Injects a fault of {@code kind} into {@code model}, drawing which entity to change (and how)
   * from {@code choices}.
   *
   * @throws NullPointerException if an argument is null
   * @throws dev.disputemodel.InvalidModelException if {@code model} is not one the kit generates
   *     and the change cannot be built (not expected for generated models)
   */
  public static InjectedFault inject(DisputeModel model, FaultKind kind, Choices choices) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(choices, "choices");
    return new Draft(model, choices).inject(kind);
  }

  /**
   * Returns a generator of models from {@code models}, each with one fault of a kind drawn from
   * every {@link FaultKind}: the pairs (valid model, fault) for properties of the checker.
   */
  public static Gen<InjectedFault> faults(Gen<DisputeModel> models) {
    Objects.requireNonNull(models, "models");
    return c -> {
      DisputeModel model = models.generate(c);
      return inject(model, c.pick(KINDS), c);
    };
  }

  /** Returns a generator of models from {@code models}, each with one fault of {@code kind}. */
  public static Gen<InjectedFault> faults(Gen<DisputeModel> models, FaultKind kind) {
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(kind, "kind");
    return c -> inject(models.generate(c), kind, c);
  }

  /** The model being changed, as lists, with its lookups. Used once, by one thread. */
  private static final class Draft {
    private final DisputeModel original;
    private final Choices c;
    private final List<Party> parties;
    private final List<PartyRelation> relations;
    private final List<Territory> territories;
    private final List<Conflict> conflicts;
    private final List<Event> events;
    private final List<Ceasefire> ceasefires;
    private final List<Mediator> mediators;
    private final List<Claim> claims;
    private final List<Source> sources;
    private final Set<String> usedIds = new HashSet<>();
    private int fresh;

    Draft(DisputeModel model, Choices c) {
      this.original = model;
      this.c = c;
      this.parties = new ArrayList<>(model.parties());
      this.relations = new ArrayList<>(model.relations());
      this.territories = new ArrayList<>(model.territories());
      this.conflicts = new ArrayList<>(model.conflicts());
      this.events = new ArrayList<>(model.events());
      this.ceasefires = new ArrayList<>(model.ceasefires());
      this.mediators = new ArrayList<>(model.mediators());
      this.claims = new ArrayList<>(model.claims());
      this.sources = new ArrayList<>(model.sources());
      for (Entity e : model.entities()) {
        usedIds.add(e.id().value());
      }
    }

    InjectedFault inject(FaultKind kind) {
      switch (kind) {
        case TIME_ORDER:
          return timeOrder();
        case OUTSIDE_CONFLICT_PERIOD:
          return outsideConflictPeriod();
        case HIERARCHY_CYCLE:
          return hierarchyCycle();
        case PARTY_ON_BOTH_SIDES:
          return partyOnBothSides();
        case SIGNATORY_NOT_PARTY:
          return signatoryNotParty();
        case MEDIATOR_BELLIGERENT:
          return mediatorBelligerent();
        case MEDIATOR_ALLIED:
          return mediatorAllied();
        case CONFLICT_TYPE:
          return conflictType();
        case RECOGNIZED_SOVEREIGNS_OVERLAP:
          return recognizedSovereignsOverlap();
        case CONTESTED_QUESTION:
          return contestedQuestion();
        case SELF_CONTRADICTION:
          return selfContradiction();
        case NO_STATEMENT_CONTRADICTED:
          return noStatementContradicted();
        case CLAIM_CONTRADICTS_FACT:
          return claimContradictsFact();
        case CEASEFIRE_VIOLATED:
          return ceasefireViolated();
        case CASUALTY_PARTS_EXCEED_TOTAL:
          return casualtyPartsExceedTotal();
        default:
          throw new AssertionError("unknown fault kind " + kind);
      }
    }

    // ------------------------------------------------------------------ one method per kind

    private InjectedFault timeOrder() {
      PartyRelation r;
      if (!relations.isEmpty() && c.nextBoolean(0.8)) {
        r = c.pick(relations);
      } else {
        r = add(relations, PartyRelation.builder().id(RelationId.of(freshId("R")))
            .from(party(0)).to(party(1)).kind(RelationKind.HAS_TIES_TO).source(source())
            .build());
      }
      YearMonth month = r.period().flatMap(FuzzyPeriod::start)
          .map(t -> YearMonth.from(t.earliest())).orElse(YearMonth.of(2000, 1));
      FuzzyTime start = FuzzyTime.inMonth(month);
      FuzzyTime end = FuzzyTime.onDay(month.atDay(1 + c.nextInt(month.lengthOfMonth())));
      replace(relations, r, r.withPeriod(FuzzyPeriod.of(start, end)));
      return fault(FaultKind.TIME_ORDER, r.id(), List.of(), Certainty.POSSIBLY,
          r.id() + " now runs from " + start + " to " + end + ": its end may be before its start");
    }

    private InjectedFault outsideConflictPeriod() {
      List<Conflict> dated = filter(conflicts, k -> k.period().flatMap(FuzzyPeriod::start).isPresent());
      Conflict conflict = dated.isEmpty()
          ? add(conflicts, Conflict.builder().id(ConflictId.of(freshId("C")))
              .name("Injected conflict").period(FuzzyPeriod.since(FALLBACK_TIME)).build())
          : c.pick(dated);
      FuzzyTime start = conflict.period().flatMap(FuzzyPeriod::start).orElseThrow();
      FuzzyTime before = FuzzyTime.onDay(start.earliest().toLocalDate().minusDays(1 + c.nextInt(30)));
      List<Event> own = filter(events, e -> e.conflict().equals(conflict.id()));
      Event event;
      if (!own.isEmpty() && c.nextBoolean(0.7)) {
        Event old = c.pick(own);
        event = old.withTime(before);
        replace(events, old, event);
      } else {
        event = add(events, Event.builder().id(EventId.of(freshId("E"))).conflict(conflict.id())
            .kind(EventKind.OTHER).time(before).source(source()).build());
      }
      return fault(FaultKind.OUTSIDE_CONFLICT_PERIOD, event.id(), List.of(conflict.id()),
          Certainty.DEFINITELY, event.id() + " of " + conflict.id() + " is dated " + before
              + ", before the conflict's start " + start);
    }

    private InjectedFault hierarchyCycle() {
      while (territories.size() < 2) {
        add(territories, Territory.builder().id(TerritoryId.of(freshId("T")))
            .name("Injected territory").kind(TerritoryKind.REGION).build());
      }
      List<Territory> pool = new ArrayList<>(territories);
      int length = c.between(2, Math.min(3, pool.size()));
      List<Territory> cycle = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        cycle.add(pool.remove(c.nextInt(pool.size())));
      }
      List<TerritoryId> ids = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        Territory t = cycle.get(i);
        TerritoryId parent = cycle.get((i + 1) % length).id();
        replace(territories, t, t.withParent(parent));
        ids.add(t.id());
      }
      TerritoryId focus = ids.stream().min(Comparator.naturalOrder()).orElseThrow();
      List<EntityId> related = new ArrayList<>(ids);
      related.remove(focus);
      return fault(FaultKind.HIERARCHY_CYCLE, focus, related, Certainty.DEFINITELY,
          "parent links " + ids + " now form a cycle");
    }

    private InjectedFault partyOnBothSides() {
      Conflict conflict = conflictWithSides();
      int from = c.nextInt(conflict.sides().size());
      int to = (from + 1 + c.nextInt(conflict.sides().size() - 1)) % conflict.sides().size();
      PartyId party = c.pick(List.copyOf(conflict.sides().get(from).primaries()));
      Side side = conflict.sides().get(to);
      boolean asPrimary = c.nextBoolean(0.5);
      Side changed = asPrimary
          ? Side.builder().from(side).addPrimary(party).build()
          : Side.builder().from(side).addSupporter(Supporter.of(party, SupportType.ARMS)).build();
      List<Side> sides = new ArrayList<>(conflict.sides());
      sides.set(to, changed);
      replace(conflicts, conflict, conflict.withSides(sides));
      return fault(FaultKind.PARTY_ON_BOTH_SIDES, conflict.id(), List.of(party),
          Certainty.DEFINITELY, party + ", a primary party on side " + conflict.sides().get(from).label()
              + " of " + conflict.id() + ", is now " + (asPrimary ? "a primary party" : "an arms supporter")
              + " on side " + side.label() + " too");
    }

    private InjectedFault signatoryNotParty() {
      List<Ceasefire> candidates = filter(ceasefires, k -> sidesOwner(k.conflict()).isPresent());
      Ceasefire ceasefire = candidates.isEmpty()
          ? add(ceasefires, Ceasefire.builder().id(CeasefireId.of(freshId("S")))
              .name("Injected ceasefire").conflict(conflictWithSides().id()).source(source()).build())
          : c.pick(candidates);
      Set<PartyId> involved = new HashSet<>();
      for (Side s : sidesOwner(ceasefire.conflict()).orElseThrow().sides()) {
        involved.addAll(s.primaries());
        s.supporters().forEach(x -> involved.add(x.party()));
      }
      for (Mediator m : mediators) {
        if (m.conflict().equals(ceasefire.conflict())) {
          involved.addAll(chain(m.party()));
        }
      }
      List<Party> outsiders = filter(parties, p -> chain(p.id()).stream().noneMatch(involved::contains)
          && !ceasefire.signatories().contains(p.id()));
      PartyId signatory = !outsiders.isEmpty() && c.nextBoolean(0.7)
          ? c.pick(outsiders).id()
          : newParty(PartyKind.OTHER);
      replace(ceasefires, ceasefire,
          Ceasefire.builder().from(ceasefire).addSignatory(signatory).build());
      return fault(FaultKind.SIGNATORY_NOT_PARTY, ceasefire.id(),
          List.of(signatory, ceasefire.conflict()), Certainty.DEFINITELY,
          signatory + " now signs " + ceasefire.id() + " but is on no side of "
              + ceasefire.conflict() + " and does not mediate it");
    }

    private InjectedFault mediatorBelligerent() {
      List<Mediator> candidates = filter(mediators,
          m -> sidesOwner(m.conflict()).isPresent() && !hasAlliance(chain(m.party())));
      Mediator mediator;
      PartyId fighter;
      if (!candidates.isEmpty() && c.nextBoolean(0.7)) {
        mediator = c.pick(candidates);
        fighter = mediator.party();
        Conflict owner = sidesOwner(mediator.conflict()).orElseThrow();
        addPrimary(owner, c.nextInt(owner.sides().size()), fighter);
      } else {
        Conflict conflict = conflictWithSides();
        fighter = newParty(PartyKind.STATE);
        addPrimary(conflict, c.nextInt(conflict.sides().size()), fighter);
        mediator = add(mediators, Mediator.builder().id(MediatorId.of(freshId("M")))
            .party(fighter).role(MediatorRole.MEDIATOR).conflict(conflict.id()).source(source())
            .build());
      }
      return fault(FaultKind.MEDIATOR_BELLIGERENT, mediator.id(),
          List.of(fighter, mediator.conflict()), Certainty.DEFINITELY,
          fighter + " holds role " + mediator.id() + " (" + mediator.role() + ") in "
              + mediator.conflict() + " and now fights in it as a primary party");
    }

    private InjectedFault mediatorAllied() {
      List<Mediator> candidates = filter(mediators, m -> sidesOwner(m.conflict()).isPresent());
      Mediator mediator;
      if (!candidates.isEmpty() && c.nextBoolean(0.8)) {
        mediator = c.pick(candidates);
      } else {
        Conflict conflict = conflictWithSides();
        mediator = add(mediators, Mediator.builder().id(MediatorId.of(freshId("M")))
            .party(newParty(PartyKind.INTERNATIONAL_ORGANIZATION)).role(MediatorRole.MEDIATOR)
            .conflict(conflict.id()).source(source()).build());
      }
      List<PartyId> fighters = new ArrayList<>();
      for (Side s : sidesOwner(mediator.conflict()).orElseThrow().sides()) {
        fighters.addAll(s.primaries());
        s.supporters().stream().filter(x -> x.type() == SupportType.TROOPS)
            .forEach(x -> fighters.add(x.party()));
      }
      PartyId ally = c.pick(fighters);
      PartyRelation alliance = add(relations, PartyRelation.builder()
          .id(RelationId.of(freshId("R"))).from(mediator.party()).to(ally)
          .kind(RelationKind.ALLY_OF).source(source()).build());
      List<PartyId> chain = chain(mediator.party());
      PartyId principal = chain.get(chain.size() - 1);
      return fault(FaultKind.MEDIATOR_ALLIED, principal,
          List.of(ally, alliance.id(), mediator.id(), mediator.conflict()), Certainty.DEFINITELY,
          mediator.party() + ", " + mediator.role() + " in " + mediator.conflict()
              + " (" + mediator.id() + "), is now allied to " + ally + ", who fights in it ("
              + alliance.id() + ", no period)");
    }

    private InjectedFault conflictType() {
      Conflict conflict = conflictWithSides();
      Optional<PartyId> troops = conflict.sides().stream()
          .flatMap(s -> s.supporters().stream())
          .filter(s -> s.type() == SupportType.TROOPS && isState(s.party()))
          .map(Supporter::party)
          .findFirst();
      ConflictType type = troops.isPresent()
          ? ConflictType.INTRASTATE : ConflictType.INTERNATIONALIZED_INTRASTATE;
      replace(conflicts, conflict, conflict.withType(type));
      return fault(FaultKind.CONFLICT_TYPE, conflict.id(),
          troops.map(p -> List.<EntityId>of(p)).orElse(List.of()), Certainty.DEFINITELY,
          conflict.id() + " is now typed " + type + (troops.isPresent()
              ? " although state " + troops.get() + " supports a side with troops"
              : " although no state supports a side with troops"));
    }

    private InjectedFault recognizedSovereignsOverlap() {
      Set<TerritoryId> claimed = sovereigntyClaimed();
      List<Territory> recorded = filter(territories,
          t -> !t.sovereignty().isEmpty() && !claimed.contains(t.id()));
      List<Territory> unclaimed = filter(territories, t -> !claimed.contains(t.id()));
      Territory territory = !recorded.isEmpty() ? c.pick(recorded)
          : !unclaimed.isEmpty() ? c.pick(unclaimed) : newTerritory();
      List<PartyId> recognized = new ArrayList<>();
      territory.sovereignty().stream().filter(SovereigntyStatus::internationallyRecognized)
          .forEach(s -> recognized.add(s.sovereign()));
      List<SovereigntyStatus> statuses = new ArrayList<>(territory.sovereignty());
      if (recognized.isEmpty()) {
        PartyId first = parties.isEmpty() ? party(0) : c.pick(parties).id();
        statuses.add(recognizedStatus(first));
        recognized.add(first);
      }
      List<Party> others = filter(parties, p -> !recognized.contains(p.id()));
      PartyId second = others.isEmpty() ? newParty(PartyKind.STATE) : c.pick(others).id();
      statuses.add(recognizedStatus(second));
      replace(territories, territory, territory.withSovereignty(statuses));
      return fault(FaultKind.RECOGNIZED_SOVEREIGNS_OVERLAP, territory.id(),
          List.of(recognized.get(0), second), Certainty.DEFINITELY,
          territory.id() + " now has " + second + " as internationally recognized sovereign, with"
              + " no period, besides " + recognized.get(0));
    }

    private InjectedFault contestedQuestion() {
      List<Claim> asserted = filter(claims, k -> k.polarity() == Polarity.ASSERTS);
      if (asserted.isEmpty()) {
        TerritoryId t = newTerritory().id();
        Claim a = addClaim(Optional.of(party(0)), source(), Polarity.ASSERTS,
            new Sovereignty(t, party(0)), FALLBACK_TIME);
        Claim b = addClaim(Optional.of(party(1)), source(), Polarity.ASSERTS,
            new Sovereignty(t, party(1)), FALLBACK_TIME);
        return fault(FaultKind.CONTESTED_QUESTION, t, List.of(a.id(), b.id()),
            Certainty.DEFINITELY, party(0) + " (" + a.id() + ") and " + party(1) + " (" + b.id()
                + ") each claim the new territory " + t);
      }
      Claim claim = c.pick(asserted);
      Proposition p = c.pick(claim.propositions());
      Claim denial = addClaim(Optional.empty(), newSource(), Polarity.DENIES, p, claim.madeAt());
      EntityId focus = p.key().subjects().isEmpty() ? claim.id() : p.key().subjects().get(0);
      return fault(FaultKind.CONTESTED_QUESTION, focus, List.of(claim.id(), denial.id()),
          Certainty.DEFINITELY, denial.source() + ", in its own voice, denies in " + denial.id()
              + " what " + claim.id() + " asserts on " + p.key());
    }

    private InjectedFault selfContradiction() {
      List<Claim> asserted = filter(claims, k -> k.polarity() == Polarity.ASSERTS);
      if (asserted.isEmpty()) {
        TerritoryId t = newTerritory().id();
        Sovereignty p = new Sovereignty(t, party(0));
        Claim a = addClaim(Optional.of(party(0)), source(), Polarity.ASSERTS, p, FALLBACK_TIME);
        Claim b = addClaim(Optional.of(party(0)), source(), Polarity.DENIES, p, after(FALLBACK_TIME));
        return fault(FaultKind.SELF_CONTRADICTION, b.id(), List.of(a.id()), Certainty.DEFINITELY,
            party(0) + " asserts (" + a.id() + ") and later denies (" + b.id() + ") " + p);
      }
      Claim picked = c.pick(asserted);
      PropositionKey key = c.pick(picked.propositions()).key();
      EntityId speaker = speaker(picked);
      Claim last = claims.stream()
          .filter(k -> speaker(k).equals(speaker)
              && k.propositions().stream().anyMatch(p -> p.key().equals(key)))
          .max(Comparator.comparing(Claim::madeAt, FuzzyTime.ORDER).thenComparing(Claim::id))
          .orElseThrow();
      Proposition p = last.propositions().stream().filter(x -> x.key().equals(key)).findFirst()
          .orElseThrow();
      Polarity opposite = last.polarity() == Polarity.ASSERTS ? Polarity.DENIES : Polarity.ASSERTS;
      Claim denial = addClaim(last.claimant(), last.source(), opposite, p, after(last.madeAt()));
      return fault(FaultKind.SELF_CONTRADICTION, denial.id(), List.of(last.id()),
          Certainty.DEFINITELY, speaker + " " + opposite.name().toLowerCase(java.util.Locale.ROOT)
              + " in " + denial.id() + " (" + denial.madeAt() + ") what its latest claim on " + key
              + ", " + last.id() + ", " + last.polarity().name().toLowerCase(java.util.Locale.ROOT)
              + ", without revising it");
    }

    private InjectedFault noStatementContradicted() {
      List<Claim> statements = filter(claims, k -> k.claimant().isPresent()
          && k.propositions().stream().anyMatch(p -> !(p instanceof NoStatement)));
      Claim statement;
      PartyId party;
      PropositionKey about;
      if (statements.isEmpty()) {
        TerritoryId t = newTerritory().id();
        party = party(0);
        statement = addClaim(Optional.of(party), source(), Polarity.ASSERTS,
            new Sovereignty(t, party), FALLBACK_TIME);
        about = statement.propositions().get(0).key();
      } else {
        statement = c.pick(statements);
        party = statement.claimant().orElseThrow();
        about = c.pick(filter(statement.propositions(), p -> !(p instanceof NoStatement))).key();
      }
      Claim silence = addClaim(Optional.empty(), newSource(), Polarity.ASSERTS,
          new NoStatement(party, about), after(statement.madeAt()));
      return fault(FaultKind.NO_STATEMENT_CONTRADICTED, silence.id(),
          List.of(statement.id(), party), Certainty.DEFINITELY,
          silence.id() + " says " + party + " made no statement on " + about + ", after "
              + statement.id() + " in which it did");
    }

    private InjectedFault claimContradictsFact() {
      Set<TerritoryId> claimed = sovereigntyClaimed();
      List<Territory> candidates = filter(territories, t -> !claimed.contains(t.id())
          && t.sovereignty().stream().anyMatch(FaultInjector::startsOrAlways));
      Territory territory;
      SovereigntyStatus status;
      if (candidates.isEmpty()) {
        Territory t = newTerritory();
        status = recognizedStatus(party(0));
        territory = t.withSovereignty(List.of(status));
        replace(territories, t, territory);
      } else {
        territory = c.pick(candidates);
        status = c.pick(filter(territory.sovereignty(), FaultInjector::startsOrAlways));
      }
      List<Party> others = filter(parties, p -> !p.id().equals(status.sovereign()));
      PartyId claimant = others.isEmpty() ? newParty(PartyKind.STATE) : c.pick(others).id();
      FuzzyTime madeAt = status.period().flatMap(FuzzyPeriod::start).orElse(FALLBACK_TIME);
      Claim claim = addClaim(Optional.of(claimant), source(), Polarity.ASSERTS,
          new Sovereignty(territory.id(), claimant), madeAt);
      return fault(FaultKind.CLAIM_CONTRADICTS_FACT, claim.id(), List.of(territory.id()),
          Certainty.DEFINITELY, claim.id() + " (" + madeAt + ") says " + claimant
              + " is sovereign over " + territory.id() + ", where the model records "
              + status.sovereign() + " as internationally recognized sovereign");
    }

    private InjectedFault ceasefireViolated() {
      List<Ceasefire> started = filter(ceasefires, k -> k.effective().or(k::agreed).isPresent());
      Ceasefire ceasefire;
      if (started.isEmpty()) {
        Conflict conflict = add(conflicts, Conflict.builder().id(ConflictId.of(freshId("C")))
            .name("Injected conflict")
            .addSide(Side.builder().label("A").addPrimary(party(0)).build())
            .addSide(Side.builder().label("B").addPrimary(party(1)).build())
            .build());
        ceasefire = add(ceasefires, Ceasefire.builder().id(CeasefireId.of(freshId("S")))
            .name("Injected ceasefire").conflict(conflict.id()).effective(FALLBACK_TIME)
            .source(source()).build());
      } else {
        ceasefire = c.pick(started);
      }
      FuzzyTime from = ceasefire.effective().or(ceasefire::agreed).orElseThrow();
      long lo = from.latestEpochSecond();
      long hi = lo + 365L * 86_400;
      if (ceasefire.ended().isPresent()) {
        hi = Math.min(hi, ceasefire.ended().get().earliestEpochSecond());
      }
      for (Ceasefire later : ceasefires) { // a renewal or successor ends it too
        for (ChainLink link : later.links()) {
          if (link.earlier().equals(ceasefire.id()) && link.kind().endsEarlier()) {
            Optional<FuzzyTime> end = link.effectiveIn(later);
            if (end.isPresent()) {
              hi = Math.min(hi, end.get().earliestEpochSecond());
            }
          }
        }
      }
      Optional<FuzzyTime> conflictEnd = conflicts.stream()
          .filter(k -> k.id().equals(ceasefire.conflict())).findFirst()
          .flatMap(Conflict::period).flatMap(FuzzyPeriod::end);
      if (conflictEnd.isPresent()) {
        hi = Math.min(hi, conflictEnd.get().earliestEpochSecond());
      }
      Optional<FuzzyTime> time = Times.within(c, lo, hi, c.pick(List.of(Precision.DAY, Precision.HOUR)));
      if (time.isEmpty()) {
        Claim report = addClaim(Optional.empty(), newSource(), Polarity.ASSERTS,
            new CeasefireStatus(ceasefire.id(), CeasefireState.VIOLATED), after(from));
        return fault(FaultKind.CEASEFIRE_VIOLATED, ceasefire.id(), List.of(report.id()),
            Certainty.POSSIBLY, report.id() + " says " + ceasefire.id() + " is violated (no time"
                + " is left between its taking effect and its end for a recorded clash)");
      }
      Event clash = add(events, Event.builder().id(EventId.of(freshId("E")))
          .conflict(ceasefire.conflict()).kind(EventKind.CLASH).time(time.get()).source(source())
          .build());
      return fault(FaultKind.CEASEFIRE_VIOLATED, ceasefire.id(), List.of(clash.id()),
          Certainty.DEFINITELY, "clash " + clash.id() + " (" + time.get() + ") in "
              + ceasefire.conflict() + " after " + ceasefire.id() + " took effect (" + from + ")");
    }

    private InjectedFault casualtyPartsExceedTotal() {
      Conflict conflict = conflicts.isEmpty() ? conflictWithSides() : c.pick(conflicts);
      List<PartyId> involved = conflict.parties();
      PartyId party = involved.isEmpty() ? party(0) : c.pick(involved);
      long total = c.nextLong(1000);
      long part = total + 1 + c.nextLong(1000);
      SourceId voice = newSource();
      Claim parts = addClaim(Optional.empty(), voice, Polarity.ASSERTS,
          Casualties.of(conflict.id(), party, CasualtyKind.KILLED, Estimate.exact(part)),
          FALLBACK_TIME);
      Claim sum = addClaim(Optional.empty(), voice, Polarity.ASSERTS,
          Casualties.total(conflict.id(), CasualtyKind.KILLED, Estimate.exact(total)),
          FALLBACK_TIME);
      return fault(FaultKind.CASUALTY_PARTS_EXCEED_TOTAL, sum.id(),
          List.of(parts.id(), conflict.id()), Certainty.DEFINITELY,
          voice + " says " + part + " of " + party + " were killed in " + conflict.id() + " ("
              + parts.id() + ") but " + total + " in all (" + sum.id() + ")");
    }

    // ------------------------------------------------------------------ helpers

    private InjectedFault fault(
        FaultKind kind, EntityId focus, List<? extends EntityId> related, Certainty certainty,
        String description) {
      DisputeModel model = DisputeModel.builder()
          .addAllParties(parties).addAllRelations(relations).addAllTerritories(territories)
          .addAllConflicts(conflicts).addAllEvents(events).addAllCeasefires(ceasefires)
          .addAllMediators(mediators).addAllClaims(claims).addAllSources(sources)
          .build();
      return new InjectedFault(kind, original, model, focus, ImmutableList.copyOf(related),
          certainty, description);
    }

    private String freshId(String prefix) {
      String id;
      do {
        id = prefix + "-fault-" + (++fresh);
      } while (!usedIds.add(id));
      return id;
    }

    /** Returns the id of the {@code i}-th party, adding states until there are enough. */
    private PartyId party(int i) {
      while (parties.size() <= i) {
        newParty(PartyKind.STATE);
      }
      return parties.get(i).id();
    }

    private PartyId newParty(PartyKind kind) {
      return add(parties, Party.builder().id(PartyId.of(freshId("P"))).kind(kind)
          .name("Injected party").build()).id();
    }

    private Territory newTerritory() {
      return add(territories, Territory.builder().id(TerritoryId.of(freshId("T")))
          .name("Injected territory").kind(TerritoryKind.REGION).build());
    }

    private SourceId source() {
      return sources.isEmpty() ? newSource() : c.pick(sources).id();
    }

    private SourceId newSource() {
      return add(sources, Source.builder().id(SourceId.of(freshId("D"))).kind(SourceKind.OTHER)
          .title("Injected source").build()).id();
    }

    private SovereigntyStatus recognizedStatus(PartyId sovereign) {
      return SovereigntyStatus.builder().sovereign(sovereign).internationallyRecognized(true)
          .source(source()).build();
    }

    private Claim addClaim(
        Optional<PartyId> claimant, SourceId source, Polarity polarity, Proposition p,
        FuzzyTime madeAt) {
      Claim.Builder b = Claim.builder().id(ClaimId.of(freshId("K"))).source(source)
          .polarity(polarity).addProposition(p).madeAt(madeAt);
      claimant.ifPresent(b::claimant);
      return add(claims, b.build());
    }

    /** Returns a conflict with at least two sides, adding one (A: first party, B: second). */
    private Conflict conflictWithSides() {
      List<Conflict> sided = filter(conflicts, k -> k.sides().size() >= 2);
      if (!sided.isEmpty()) {
        return c.pick(sided);
      }
      return add(conflicts, Conflict.builder().id(ConflictId.of(freshId("C")))
          .name("Injected conflict")
          .addSide(Side.builder().label("A").addPrimary(party(0)).build())
          .addSide(Side.builder().label("B").addPrimary(party(1)).build())
          .build());
    }

    private void addPrimary(Conflict conflict, int side, PartyId party) {
      Conflict current = find(conflicts, conflict.id(), Conflict::id);
      List<Side> sides = new ArrayList<>(current.sides());
      sides.set(side, Side.builder().from(sides.get(side)).addPrimary(party).build());
      replace(conflicts, current, current.withSides(sides));
    }

    /** Returns the conflict whose sides count for {@code id}: it or its nearest sided ancestor. */
    private Optional<Conflict> sidesOwner(ConflictId id) {
      Set<ConflictId> seen = new HashSet<>();
      Optional<Conflict> at = findOptional(conflicts, id, Conflict::id);
      while (at.isPresent() && seen.add(at.get().id())) {
        if (!at.get().sides().isEmpty()) {
          return at;
        }
        at = at.get().parent().flatMap(p -> findOptional(conflicts, p, Conflict::id));
      }
      return Optional.empty();
    }

    /** Returns the party and everyone it acts for, in order (the principal last). */
    private List<PartyId> chain(PartyId party) {
      Set<PartyId> chain = new LinkedHashSet<>();
      Optional<PartyId> next = Optional.of(party);
      while (next.isPresent() && chain.add(next.get())) {
        next = findOptional(parties, next.get(), Party::id).flatMap(Party::actsFor);
      }
      return List.copyOf(chain);
    }

    private boolean isState(PartyId party) {
      return chain(party).stream().anyMatch(p ->
          findOptional(parties, p, Party::id).map(x -> x.kind() == PartyKind.STATE).orElse(false));
    }

    private boolean hasAlliance(List<PartyId> chain) {
      return relations.stream().anyMatch(r -> r.kind() == RelationKind.ALLY_OF
          && (chain.contains(r.from()) || chain.contains(r.to())));
    }

    private EntityId speaker(Claim claim) {
      return claim.claimant().<EntityId>map(p -> {
        List<PartyId> chain = chain(p);
        return chain.get(chain.size() - 1);
      }).orElse(claim.source());
    }

    private Set<TerritoryId> sovereigntyClaimed() {
      Set<TerritoryId> claimed = new HashSet<>();
      for (Claim k : claims) {
        for (Proposition p : k.propositions()) {
          if (p instanceof Sovereignty s) {
            claimed.add(s.territory());
          }
        }
      }
      return claimed;
    }

    private static <T> T add(List<T> list, T value) {
      list.add(value);
      return value;
    }

    private static <T> void replace(List<T> list, T old, T value) {
      int i = list.indexOf(old);
      if (i < 0) {
        throw new IllegalStateException("not in the model: " + old);
      }
      list.set(i, value);
    }

    private static <T> List<T> filter(List<T> list, Predicate<? super T> keep) {
      List<T> out = new ArrayList<>();
      for (T t : list) {
        if (keep.test(t)) {
          out.add(t);
        }
      }
      return out;
    }

    private static <T, I> T find(List<T> list, I id, Function<T, I> idOf) {
      return findOptional(list, id, idOf).orElseThrow(
          () -> new IllegalStateException("no entity " + id + " in the model"));
    }

    private static <T, I> Optional<T> findOptional(List<T> list, I id, Function<T, I> idOf) {
      for (T t : list) {
        if (idOf.apply(t).equals(id)) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }
  }

  /** Whether a recognized status is certainly in force at its start, or has no period at all. */
  private static boolean startsOrAlways(SovereigntyStatus s) {
    return s.internationallyRecognized()
        && (s.period().isEmpty() || s.period().get().start().isPresent());
  }

  /** Returns the minute at which {@code t} certainly has passed. */
  private static FuzzyTime after(FuzzyTime t) {
    return FuzzyTime.atMinute(java.time.LocalDateTime.ofEpochSecond(
        t.latestEpochSecond(), 0, ZoneOffset.UTC));
  }
}
