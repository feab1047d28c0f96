package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.add;
import static dev.disputemodel.testing.ModelEdit.replace;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.EntityId;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.Territory;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.YearMonth;
import java.util.List;

/**
 * {@link FaultKind#TIME_ORDER}: two times of one entity become "a month M" and "a day of M", so
 * the later may be before the earlier (builders reject definite inversions): a possible fault.
 * Where it lands is drawn from every pair the rule compares: a relation's period (an existing
 * relation, preferably), a party's proclaimed and dissolved times, a ceasefire's agreed, effective
 * and ended times (each pair the rule compares), an agreement's proposal and signing, its signing
 * and lapse, and the period of a conflict, a supporter, a
 * mediator role, and a territory's sovereignty, control and population statuses. Except for
 * relations the fault lands on entities it adds (a party, conflict, ceasefire, mediator or
 * territory nothing else refers to), so no other rule's answer moves.
 */
final class TimeOrderFault implements Fault {
  /** Where the inverted pair of times lands. */
  private enum Place {
    RELATION, PARTY, CEASEFIRE_EFFECTIVE, CEASEFIRE_ENDED, CEASEFIRE_ENDED_UNEFFECTIVE, CONFLICT,
    SUPPORTER, MEDIATOR, SOVEREIGNTY, CONTROL, POPULATION, AGREEMENT_PROPOSED, AGREEMENT_LAPSED
  }

  private static final List<Place> PLACES = List.of(Place.values());

  @Override
  public FaultKind kind() {
    return FaultKind.TIME_ORDER;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    Place place = c.pick(PLACES);
    if (place == Place.RELATION) {
      return relation(e);
    }
    YearMonth month = YearMonth.of(2000, 1 + c.nextInt(12));
    FuzzyTime start = FuzzyTime.inMonth(month);
    FuzzyTime end = FuzzyTime.onDay(month.atDay(1 + c.nextInt(month.lengthOfMonth())));
    FuzzyPeriod period = FuzzyPeriod.of(start, end);
    EntityId focus;
    switch (place) {
      case PARTY:
        focus = add(e.parties, Party.builder().id(PartyId.of(e.freshId("P")))
            .kind(PartyKind.GOVERNMENT_BODY).name("Injected party")
            .proclaimed(start).dissolved(end).build()).id();
        break;
      case CEASEFIRE_EFFECTIVE:
        focus = add(e.ceasefires, ceasefire(e).agreed(start).effective(end).build()).id();
        break;
      case CEASEFIRE_ENDED:
        focus = add(e.ceasefires, ceasefire(e).effective(start).ended(end).build()).id();
        break;
      case CEASEFIRE_ENDED_UNEFFECTIVE:
        focus = add(e.ceasefires, ceasefire(e).agreed(start).ended(end).build()).id();
        break;
      case CONFLICT:
        focus = add(e.conflicts, conflict(e).period(period).build()).id();
        break;
      case AGREEMENT_PROPOSED:
        focus = add(e.agreements, agreement(e).proposed(start).agreed(end).build()).id();
        break;
      case AGREEMENT_LAPSED:
        focus = add(e.agreements, agreement(e).agreed(start).lapsed(end).build()).id();
        break;
      case SUPPORTER:
        focus = add(e.conflicts, conflict(e)
            .addSide(Side.builder().label("A").addPrimary(e.newParty(PartyKind.STATE))
                .addSupporter(Supporter.builder().party(e.newParty(PartyKind.STATE))
                    .type(SupportType.POLITICAL).period(period).build())
                .build())
            .build()).id();
        break;
      case MEDIATOR:
        focus = add(e.mediators, Mediator.builder().id(MediatorId.of(e.freshId("M")))
            .party(e.newParty(PartyKind.STATE)).role(MediatorRole.BROKER)
            .conflict(add(e.conflicts, conflict(e).build()).id()).period(period)
            .source(e.source()).build()).id();
        break;
      default:
        focus = territory(e, place, period);
        break;
    }
    return e.fault(kind(), focus, List.of(), Certainty.POSSIBLY,
        focus + " now has times from " + start + " to " + end + " (" + place
            + "): the later may be before the earlier");
  }

  /** The original fault: a relation's period from a month to a day of it. */
  private static InjectedFault relation(ModelEdit e) {
    Choices c = e.c;
    PartyRelation r;
    if (!e.relations.isEmpty() && c.nextBoolean(0.8)) {
      r = c.pick(e.relations);
    } else {
      r = add(e.relations, PartyRelation.builder().id(RelationId.of(e.freshId("R")))
          .from(e.party(0)).to(e.party(1)).kind(RelationKind.HAS_TIES_TO).source(e.source())
          .build());
    }
    YearMonth month = r.period().flatMap(FuzzyPeriod::start)
        .map(t -> YearMonth.from(t.earliest())).orElse(YearMonth.of(2000, 1));
    FuzzyTime start = FuzzyTime.inMonth(month);
    FuzzyTime end = FuzzyTime.onDay(month.atDay(1 + c.nextInt(month.lengthOfMonth())));
    replace(e.relations, r, r.withPeriod(FuzzyPeriod.of(start, end)));
    return e.fault(FaultKind.TIME_ORDER, r.id(), List.of(), Certainty.POSSIBLY,
        r.id() + " now runs from " + start + " to " + end + ": its end may be before its start");
  }

  private static Conflict.Builder conflict(ModelEdit e) {
    return Conflict.builder().id(ConflictId.of(e.freshId("C"))).name("Injected conflict");
  }

  /** An agreement of a new conflict. */
  private static Agreement.Builder agreement(ModelEdit e) {
    ConflictId conflict = add(e.conflicts, conflict(e).build()).id();
    return Agreement.builder().id(AgreementId.of(e.freshId("A"))).name("Injected agreement")
        .kind(AgreementKind.OTHER).conflict(conflict).source(e.source());
  }

  /** A ceasefire of a new conflict with no events, so nothing can violate it. */
  private static Ceasefire.Builder ceasefire(ModelEdit e) {
    ConflictId conflict = add(e.conflicts, conflict(e).build()).id();
    return Ceasefire.builder().id(CeasefireId.of(e.freshId("S"))).name("Injected ceasefire")
        .conflict(conflict).source(e.source());
  }

  /** A new territory with one status of the kind {@code place} names, for {@code period}. */
  private static EntityId territory(ModelEdit e, Place place, FuzzyPeriod period) {
    Territory t = e.newTerritory();
    Territory.Builder b = Territory.builder().from(t);
    switch (place) {
      case SOVEREIGNTY:
        b.addSovereignty(SovereigntyStatus.builder().sovereign(e.newParty(PartyKind.STATE))
            .internationallyRecognized(true).period(period).source(e.source()).build());
        break;
      case CONTROL:
        b.addControl(ControlStatus.builder().controller(e.newParty(PartyKind.STATE))
            .kind(ControlKind.values()[0]).period(period).source(e.source()).build());
        break;
      default:
        b.addPopulation(PopulationStatus.builder().group("Injected group").period(period)
            .source(e.source()).build());
        break;
    }
    replace(e.territories, t, b.build());
    return t.id();
  }
}
