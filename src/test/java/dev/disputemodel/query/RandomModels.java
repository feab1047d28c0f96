package dev.disputemodel.query;

import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Initiated;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.NoStatement;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.Proposition;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Supporter;
import dev.disputemodel.SupportType;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfDay;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A simple seeded generator of valid models for the equivalence tests: every kind of entity, with
 * uncertain times of every precision, open and unknown period ends, unstated periods, actsFor
 * chains, nested and (rarely) cyclic territories, episodes, every proposition type, both
 * polarities, sources with and without a publication time. Small vocabularies make collisions
 * (shared keys, contested questions) frequent. To be replaced by the test kit's generators
 * (dev.disputemodel.testing) once merged.
 */
final class RandomModels {
  private final Random r;

  private RandomModels(long seed) {
    this.r = new Random(seed);
  }

  static DisputeModel generate(long seed, int claims) {
    return new RandomModels(seed).build(claims);
  }

  private DisputeModel build(int claimCount) {
    int parties = 3 + r.nextInt(8);
    int territories = 1 + r.nextInt(7);
    int conflicts = 1 + r.nextInt(4);
    int sources = 1 + r.nextInt(3);
    DisputeModel.Builder b = DisputeModel.builder();
    for (int i = 0; i < sources; i++) {
      Source.Builder s = Source.builder().id(src(i)).kind(SourceKind.NEWS_REPORT).title("Source " + i);
      if (r.nextInt(3) > 0) {
        s.published(time());
      }
      b.addSources(s.build());
    }
    for (int i = 0; i < parties; i++) {
      Party.Builder p = Party.builder().id(party(i)).name("Party " + i)
          .kind(i % 3 == 2 ? PartyKind.PERSON : PartyKind.STATE);
      if (i > 0 && r.nextInt(3) == 0) {
        p.actsFor(party(r.nextInt(i)));
      }
      b.addParties(p.build());
    }
    int relations = r.nextInt(2 * parties);
    for (int i = 0; i < relations; i++) {
      int from = r.nextInt(parties);
      int to = (from + 1 + r.nextInt(parties - 1)) % parties;
      PartyRelation.Builder rel = PartyRelation.builder().id(RelationId.of("R" + i)).from(party(from))
          .to(party(to)).kind(pick(RelationKind.values())).source(src(r.nextInt(sources)));
      period().ifPresent(rel::period);
      b.addRelations(rel.build());
    }
    for (int i = 0; i < territories; i++) {
      Territory.Builder t = Territory.builder().id(territory(i)).name("T " + i).kind(TerritoryKind.REGION);
      if (i > 0 && r.nextInt(3) > 0) {
        t.parent(territory(r.nextInt(i)));
      } else if (i == 0 && territories > 2 && r.nextInt(5) == 0) {
        t.parent(territory(territories - 1)); // closes a cycle if that one descends from 0
      }
      for (int k = r.nextInt(3); k > 0; k--) {
        SovereigntyStatus.Builder s = SovereigntyStatus.builder().sovereign(party(r.nextInt(parties)))
            .internationallyRecognized(true).source(src(0));
        period().ifPresent(s::period);
        t.addSovereignty(s.build());
      }
      for (int k = r.nextInt(3); k > 0; k--) {
        ControlStatus.Builder c = ControlStatus.builder().controller(party(r.nextInt(parties)))
            .kind(ControlKind.CONTROLS).source(src(0));
        period().ifPresent(c::period);
        t.addControl(c.build());
      }
      for (int k = r.nextInt(2); k > 0; k--) {
        PopulationStatus.Builder p = PopulationStatus.builder().group("G" + r.nextInt(3)).source(src(0));
        if (r.nextBoolean()) {
          p.kinState(party(r.nextInt(parties)));
        }
        period().ifPresent(p::period);
        t.addPopulation(p.build());
      }
      b.addTerritories(t.build());
    }
    for (int i = 0; i < conflicts; i++) {
      Conflict.Builder c = Conflict.builder().id(conflict(i)).name("C " + i);
      if (i > 0 && r.nextBoolean()) {
        c.parent(conflict(r.nextInt(i)));
      }
      if (i == 0 || r.nextBoolean()) {
        int a = r.nextInt(parties);
        int d = (a + 1 + r.nextInt(parties - 1)) % parties;
        Side.Builder sa = Side.builder().label("A").addPrimary(party(a));
        if (r.nextBoolean()) {
          sa.addSupporters(Supporter.of(party(r.nextInt(parties)), r.nextBoolean() ? SupportType.TROOPS : SupportType.ARMS));
        }
        c.addSides(sa.build(), Side.builder().label("B").addPrimary(party(d)).build());
      }
      if (r.nextBoolean()) {
        c.addTerritoriesAtStake(territory(r.nextInt(territories)));
      }
      period().ifPresent(c::period);
      b.addConflicts(c.build());
    }
    int events = r.nextInt(8);
    for (int i = 0; i < events; i++) {
      EventKind kind = pick(EventKind.values());
      Event.Builder e = Event.builder().id(EventId.of("E" + i)).conflict(conflict(r.nextInt(conflicts)))
          .kind(kind).time(time()).source(src(r.nextInt(sources)))
          .addParticipants(party(r.nextInt(parties)));
      if (r.nextBoolean()) {
        e.addPlaces(territory(r.nextInt(territories)));
      }
      b.addEvents(e.build());
    }
    int ceasefires = r.nextInt(4);
    for (int i = 0; i < ceasefires; i++) {
      Ceasefire.Builder c = Ceasefire.builder().id(ceasefire(i)).name("CF " + i)
          .conflict(conflict(r.nextInt(conflicts))).source(src(0)).addSignatories(party(r.nextInt(parties)));
      int shape = r.nextInt(4);
      FuzzyTime start = time();
      if (shape == 0) {
        c.effective(start);
      } else if (shape == 1) {
        c.agreed(start).effective(FuzzyTime.onDay(start.latest().toLocalDate().plusDays(2)));
      } else if (shape == 2) {
        c.effective(start).ended(FuzzyTime.onDay(start.latest().toLocalDate().plusDays(1 + r.nextInt(400))));
      }
      b.addCeasefires(c.build());
    }
    int mediators = r.nextInt(4);
    for (int i = 0; i < mediators; i++) {
      Mediator.Builder m = Mediator.builder().id(MediatorId.of("M" + i)).party(party(r.nextInt(parties)))
          .role(pick(MediatorRole.values())).conflict(conflict(r.nextInt(conflicts))).source(src(0));
      if (ceasefires > 0 && r.nextBoolean()) {
        m.ceasefire(ceasefire(r.nextInt(ceasefires)));
      }
      period().ifPresent(m::period);
      b.addMediators(m.build());
    }
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < claimCount; i++) {
      Claim.Builder k = Claim.builder().id(ClaimId.of("K" + i)).source(src(r.nextInt(sources))).madeAt(time());
      if (r.nextInt(5) > 0) {
        k.claimant(party(r.nextInt(parties)));
      }
      if (r.nextInt(6) == 0) {
        k.polarity(Polarity.DENIES);
      }
      for (int n = 1 + r.nextInt(2); n > 0; n--) {
        k.addPropositions(proposition(parties, territories, conflicts, ceasefires, i));
      }
      claims.add(k.build());
    }
    b.addAllClaims(claims);
    return b.build();
  }

  private Proposition proposition(int parties, int territories, int conflicts, int ceasefires, int claim) {
    ConflictId c = conflict(r.nextInt(conflicts));
    PartyId p = party(r.nextInt(parties));
    switch (r.nextInt(ceasefires > 0 ? 9 : 8)) {
      case 0:
        return new Sovereignty(territory(r.nextInt(territories)), p);
      case 1:
        return new dev.disputemodel.Control(territory(r.nextInt(territories)), p);
      case 2:
        return new Casualties(c, r.nextInt(4) == 0 ? Optional.empty() : Optional.of(p),
            pick(CasualtyKind.values()), estimate());
      case 3:
        return new Initiated(c, p);
      case 4:
        return new Attack(c, p, pick(EventKind.values()),
            r.nextBoolean() ? Optional.of(party(r.nextInt(parties))) : Optional.empty(),
            r.nextBoolean() ? Optional.of(territory(r.nextInt(territories))) : Optional.empty());
      case 5:
        return claim > 0 ? new BacksAccount(p, ClaimId.of("K" + r.nextInt(claim))) : new Initiated(c, p);
      case 6:
        return new NoStatement(p, new Initiated(c, p).key());
      case 7:
        return dev.disputemodel.Stance.of(p, pick(dev.disputemodel.StanceKind.values()), c);
      default:
        return new CeasefireStatus(ceasefire(r.nextInt(ceasefires)), pick(CeasefireState.values()));
    }
  }

  private Estimate estimate() {
    switch (r.nextInt(5)) {
      case 0:
        return Estimate.exact(r.nextInt(60));
      case 1:
        return Estimate.atLeast(r.nextInt(60));
      case 2:
        int lo = r.nextInt(60);
        return Estimate.range(lo, lo + 1 + r.nextInt(30));
      case 3:
        return Estimate.about(r.nextInt(60));
      default:
        return Estimate.unknown();
    }
  }

  private FuzzyTime time() {
    LocalDate day = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(5 * 365));
    switch (r.nextInt(5)) {
      case 0:
        return FuzzyTime.on(day, pick(PartOfDay.values()));
      case 1:
        return FuzzyTime.inMonth(YearMonth.from(day));
      case 2:
        return FuzzyTime.inYear(Year.of(day.getYear()));
      default:
        return FuzzyTime.onDay(day);
    }
  }

  private Optional<FuzzyPeriod> period() {
    FuzzyTime a = time();
    FuzzyTime z = time();
    FuzzyTime first = FuzzyTime.ORDER.compare(a, z) <= 0 ? a : z;
    FuzzyTime last = first == a ? z : a;
    switch (r.nextInt(6)) {
      case 0:
        return Optional.empty();
      case 1:
        return Optional.of(FuzzyPeriod.since(first));
      case 2:
        return Optional.of(FuzzyPeriod.until(last));
      case 3:
        return Optional.of(FuzzyPeriod.at(first));
      default:
        return last.isBefore(first).isDefinite()
            ? Optional.of(FuzzyPeriod.at(first)) : Optional.of(FuzzyPeriod.of(first, last));
    }
  }

  private <T> T pick(T[] values) {
    return values[r.nextInt(values.length)];
  }

  static PartyId party(int i) {
    return PartyId.of("P" + i);
  }

  static TerritoryId territory(int i) {
    return TerritoryId.of("T" + i);
  }

  static ConflictId conflict(int i) {
    return ConflictId.of("C" + i);
  }

  static CeasefireId ceasefire(int i) {
    return CeasefireId.of("S" + i);
  }

  static SourceId src(int i) {
    return SourceId.of("src" + i);
  }
}
