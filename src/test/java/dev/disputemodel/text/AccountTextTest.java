package dev.disputemodel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementDocument;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
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
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.Deployment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Ending;
import dev.disputemodel.Estimate;
import dev.disputemodel.ForceStrength;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Initiated;
import dev.disputemodel.Intensity;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.OtherDecision;
import dev.disputemodel.OtherProvision;
import dev.disputemodel.Outcome;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
import dev.disputemodel.Share;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.TerritoryShare;
import dev.disputemodel.Withdrawal;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * The whole account of a model in which every section has entries and every optional part is
 * present somewhere and absent elsewhere, as exact text. Names and figures are test data.
 */
class AccountTextTest {
  private static final SourceId S = SourceId.of("S");
  private static final SourceId S2 = SourceId.of("S2");
  private static final PartyId A = PartyId.of("A");
  private static final PartyId B = PartyId.of("B");
  private static final PartyId P = PartyId.of("P");
  private static final PartyId J = PartyId.of("J");
  private static final PartyId M = PartyId.of("M");
  private static final TerritoryId T = TerritoryId.of("T");
  private static final TerritoryId W = TerritoryId.of("W");
  private static final TerritoryId V = TerritoryId.of("V");
  private static final ConflictId C = ConflictId.of("C");
  private static final ConflictId C2 = ConflictId.of("C2");
  private static final ConflictId C3 = ConflictId.of("C3");
  private static final CeasefireId F = CeasefireId.of("F");
  private static final CeasefireId F2 = CeasefireId.of("F2");
  private static final AgreementId G = AgreementId.of("G");
  private static final AgreementId G2 = AgreementId.of("G2");
  private static final ClaimId K1 = ClaimId.of("K1");
  private static final ClaimId K2 = ClaimId.of("K2");
  private static final ClaimId K3 = ClaimId.of("K3");
  private static final ClaimId K4 = ClaimId.of("K4");
  private static final FuzzyTime D1 = FuzzyTime.onDay(LocalDate.of(2022, 9, 12));
  private static final FuzzyTime D2 = FuzzyTime.onDay(LocalDate.of(2022, 9, 13));
  private static final FuzzyTime D3 = FuzzyTime.onDay(LocalDate.of(2022, 9, 14));

  private static Party party(PartyId id, String name, PartyKind kind) {
    return Party.builder().id(id).name(name).kind(kind).build();
  }

  private static Claim.Builder claim(ClaimId id, PartyId claimant) {
    return Claim.builder().id(id).source(S).madeAt(D2).claimant(claimant);
  }

  static final DisputeModel MODEL = DisputeModel.builder()
      .addSources(Source.builder().id(S).kind(SourceKind.NEWS_REPORT).title("Report").published(D3).build(),
          Source.builder().id(S2).kind(SourceKind.OFFICIAL_STATEMENT).title("Statement").build())
      .addParties(party(A, "Alpha", PartyKind.STATE), party(B, "Beta", PartyKind.STATE),
          Party.builder().id(P).name("Premier").kind(PartyKind.PERSON).office("Prime Minister").actsFor(A)
              .addAliases("The Premier", "PM").majorityReligion("Christian").build(),
          Party.builder().id(J).name("Court").kind(PartyKind.COURT_OR_TRIBUNAL).addAliases("The Court").build(),
          party(M, "Mediator", PartyKind.INTERNATIONAL_ORGANIZATION))
      .addRelations(PartyRelation.builder().id(RelationId.of("R1")).from(B).kind(RelationKind.ALLY_OF).to(M)
              .hedge("reportedly").period(FuzzyPeriod.since(D1)).source(S).build(),
          PartyRelation.builder().id(RelationId.of("R2")).from(P).kind(RelationKind.MEMBER_OF).to(A).source(S2)
              .build())
      .addTerritories(Territory.builder().id(W).name("Whole").kind(TerritoryKind.COUNTRY).build(),
          Territory.builder().id(T).name("Tee").kind(TerritoryKind.REGION).parent(W).addAdjacentTo(V, W)
              .addSovereignty(SovereigntyStatus.builder().sovereign(A).internationallyRecognized(true).source(S)
                  .build())
              .addControl(ControlStatus.builder().controller(B).kind(ControlKind.OCCUPIES).source(S).build())
              .addPopulation(PopulationStatus.builder().group("Tees").kinState(A).source(S).build())
              .build(),
          Territory.builder().id(V).name("Vee").kind(TerritoryKind.BORDER_ZONE).build())
      .addConflicts(
          Conflict.builder().id(C).name("War").addAliases("The War", "Big War").type(ConflictType.INTERSTATE)
              .incompatibility(Incompatibility.TERRITORY).addTerritoriesAtStake(T)
              .period(FuzzyPeriod.since(D1)).intensity(Intensity.WAR).putIntensityByYear(2021, Intensity.MINOR)
              .putIntensityByYear(2022, Intensity.WAR).outcome(Outcome.CEASEFIRE)
              .addSides(Side.builder().label("one").addPrimaries(A).build(),
                  Side.builder().label("two").addPrimaries(B).build())
              .build(),
          Conflict.builder().id(C2).name("Clashes").parent(C).incompatibility(Incompatibility.GOVERNMENT)
              .addSides(Side.builder().label("one").addPrimaries(A).build(),
                  Side.builder().label("two").addPrimaries(B).build())
              .build(),
          Conflict.builder().id(C3).name("Skirmish").parent(C2)
              .addSides(Side.builder().label("one").addPrimaries(A).build(),
                  Side.builder().label("two").addPrimaries(B).build())
              .build())
      .addEvents(Event.builder().id(EventId.of("E1")).conflict(C).kind(EventKind.DEPLOYMENT).time(D1)
              .description("Troops came at night").addPlaces(T, V).addParticipants(A, B)
              .troops(Estimate.about(300)).source(S).build(),
          Event.builder().id(EventId.of("E2")).conflict(C2).kind(EventKind.CLASH).time(D2).source(S).build())
      .addCeasefires(Ceasefire.builder().id(F).name("Truce").conflict(C).addSignatories(A, B).agreed(D1)
              .effective(D2).ended(D3).addProvisions(new Withdrawal(B, T), new OtherProvision("calm"))
              .source(S).build(),
          Ceasefire.builder().id(F2).name("Second truce").conflict(C).addLinks(ChainLink.renews(F).withDate(D3))
              .source(S).build(),
          Ceasefire.builder().id(CeasefireId.of("F3")).name("Old truce").conflict(C2).source(S).build())
      .addAgreements(Agreement.builder().id(G).name("Accord").kind(AgreementKind.FULL).conflict(C)
              .addSignatories(A, B).addDocuments(AgreementDocument.of("First part", S, A, B).withSigned(D2),
                  AgreementDocument.of("Annex", S, A, B))
              .proposer(M).proposed(D1).agreed(D2).effective(D2).ended(D3).addCeasefires(F, F2)
              .addProvisions(new Deployment(M, T, Estimate.exact(50)))
              .addLinks(ChainLink.succeeds(F)).source(S).build(),
          Agreement.builder().id(G2).name("Plan").kind(AgreementKind.PROCESS).conflict(C).proposed(D1).lapsed(D3)
              .source(S).build())
      .addRulings(Ruling.builder().id(RulingId.of("R1")).name("Opinion").body(J).issued(D3).binding(false)
          .addDecisions(new OtherDecision("the parties shall talk")).source(S).build())
      .addMediators(
          Mediator.builder().id(MediatorId.of("M1")).party(M).role(MediatorRole.BROKER).conflict(C).ceasefire(F)
              .attestedBy(K1).source(S).build(),
          Mediator.builder().id(MediatorId.of("M2")).party(J).role(MediatorRole.BROKER).conflict(C).ceasefire(F)
              .source(S).build(),
          Mediator.builder().id(MediatorId.of("M3")).party(M).role(MediatorRole.PEACEKEEPER).conflict(C)
              .ceasefire(F).period(FuzzyPeriod.since(D2)).forceSize(Estimate.atMost(2000))
              .source(S).build(),
          Mediator.builder().id(MediatorId.of("M5")).party(J).role(MediatorRole.OBSERVER).conflict(C)
              .agreement(G).attestedBy(K4).source(S).build(),
          Mediator.builder().id(MediatorId.of("M4")).party(B).role(MediatorRole.BROKER).conflict(C).ceasefire(F2)
              .source(S).build())
      .addClaims(
          claim(K1, P).hedge("allegedly").quote("They started it").heldDuring(FuzzyPeriod.since(D1))
              .addPropositions(new Initiated(C, B), new CeasefireStatus(F, CeasefireState.VIOLATED)).build(),
          claim(K2, B).addPropositions(new CeasefireStatus(F, CeasefireState.HOLDING),
              new CeasefireStatus(F, CeasefireState.IN_FORCE), new Initiated(C, A)).build(),
          Claim.builder().id(K3).source(S2).madeAt(D3).polarity(Polarity.DENIES)
              .addPropositions(new Initiated(C, B)).addEnd(Ending.replaces(K2).withEffective(D3))
              .addEnd(Ending.withdraws(K4)).build(),
          claim(K4, A).addPropositions(new Sovereignty(T, A)).build(),
          claim(ClaimId.of("K5"), M).addPropositions(new CeasefireStatus(F2, CeasefireState.ENDED)).build())
      .build();

  @Test
  void aCeasefireListsOnlyTheStatesAClaimGivesToIt() {
    DisputeModel model = DisputeModel.builder().from(MODEL)
        .addClaims(claim(ClaimId.of("K9"), B).addPropositions(new CeasefireStatus(F2, CeasefireState.HOLDING),
            new CeasefireStatus(F, CeasefireState.ENDED)).build())
        .build();
    String text = ModelAccount.of(model).toText();
    assertTrue(text.contains("state: never stored; claimed by Claim:K1 Premier: violated; Claim:K2 Beta:"
        + " holding, in force; Claim:K9 Beta: ended\n"), text);
    assertTrue(text.contains("state: never stored; claimed by Claim:K5 Mediator: ended; Claim:K9 Beta:"
        + " holding\n"), text);
  }

  @Test
  void aTerritorysAreaAndShareAndAForcesStrengthsAreTold() {
    DisputeModel model = DisputeModel.builder().from(MODEL)
        .territories(MODEL.territories().stream()
            .map(t -> t.id().equals(V)
                ? Territory.builder().from(t).area(Estimate.range(300, 350))
                    .share(new TerritoryShare(W, Share.percent("12.5").withWording("an eighth")))
                    .build()
                : t)
            .toList())
        .mediators(MODEL.mediators().stream()
            .map(m -> m.id().equals(MediatorId.of("M3"))
                ? Mediator.builder().from(m)
                    .addStrengths(new ForceStrength(Estimate.exact(1960), D2, S),
                        new ForceStrength(Estimate.about(1500), FuzzyTime.inYear(Year.of(2023)), S2))
                    .build()
                : m)
            .toList())
        .build();
    String text = ModelAccount.of(model).toText();
    assertTrue(text.contains("\n  Vee [Territory:V]: border zone\n      area (km²): between 300 and 350\n"
        + "      share: 12.5% (\u201can eighth\u201d) of Whole [Territory:W]\n"), text);
    assertTrue(text.contains(", force of at most 2000 troops\n      strength 2022-09-13: 1960 [Source:S]\n"
        + "      strength 2023: about 1500 [Source:S2]\n"), text);
  }

  @Test
  void everySectionWithEveryOptionalPartPresentOrAbsent() {
    String text = ModelAccount.of(MODEL).toText();
    assertEquals("""
        SOURCES
          Report [Source:S] (news report), published 2022-09-14
          Statement [Source:S2] (official statement)

        PARTIES
          Alpha [Party:A]: state
          Beta [Party:B]: state
          Premier [Party:P]: person, Prime Minister, acts for Alpha [Party:A]; also called The Premier, PM; Christian majority
          Court [Party:J]: court or tribunal; also called The Court
          Mediator [Party:M]: international organization

        RELATIONS
          [Relation:R1] Beta [Party:B] ally of Mediator [Party:M], hedged "reportedly", since 2022-09-12 (ongoing) (source: Report [Source:S])
          [Relation:R2] Premier [Party:P] member of Alpha [Party:A] (source: Statement [Source:S2])

        TERRITORIES
          Whole [Territory:W]: country
          Tee [Territory:T]: region, within Whole [Territory:W], next to Vee [Territory:V], Whole [Territory:W]
              sovereign: Alpha [Party:A], internationally recognized
              held: Beta [Party:B] occupies
              inhabited by: Tees (kin state Alpha [Party:A])
          Vee [Territory:V]: border zone

        CONFLICTS AND EPISODES
          War [Conflict:C], since 2022-09-12 (ongoing)
              also called: The War; Big War
              type: interstate
              fought over: territory (Tee [Territory:T])
              sides: one (Alpha [Party:A]) vs two (Beta [Party:B])
              intensity: war (2021: minor) (2022: war)
              ended by: ceasefire
              Clashes [Conflict:C2]
                  fought over: government
                  sides: one (Alpha [Party:A]) vs two (Beta [Party:B])
                  Skirmish [Conflict:C3]
                      sides: one (Alpha [Party:A]) vs two (Beta [Party:B])

        EVENTS (recorded as fact)
          [Event:E1] 2022-09-12: deployment in War [Conflict:C]
              Troops came at night
              where: Tee [Territory:T], Vee [Territory:V]
              who: Alpha [Party:A], Beta [Party:B]; troops: about 300
          [Event:E2] 2022-09-13: clash in Clashes [Conflict:C2]
              who:\s

        CEASEFIRES
          Truce [Ceasefire:F], in War [Conflict:C]
              parties: Alpha [Party:A], Beta [Party:B]
              agreed: 2022-09-12
              effective: 2022-09-13
              ended: 2022-09-14
              term: Beta [Party:B] withdraws from Tee [Territory:T]
              term: calm
              brokered by: Mediator [Party:M] (on its own word, Claim:K1)
              brokered by: Court [Party:J]
              state: never stored; claimed by Claim:K1 Premier: violated; Claim:K2 Beta: holding, in force
          Second truce [Ceasefire:F2], in War [Conflict:C]
              renews Truce [Ceasefire:F], 2022-09-14
              brokered by: Beta [Party:B]
              state: never stored; claimed by Claim:K5 Mediator: ended
          Old truce [Ceasefire:F3], in Clashes [Conflict:C2]
              state: never stored; no claim about it

        AGREEMENTS
          Accord [Agreement:G], full, in War [Conflict:C]
              parties: Alpha [Party:A], Beta [Party:B]
              document: First part, signed by Alpha [Party:A], Beta [Party:B], 2022-09-13
              document: Annex, signed by Alpha [Party:A], Beta [Party:B]
              proposed by: Mediator [Party:M]
              proposed: 2022-09-12
              agreed: 2022-09-13
              effective: 2022-09-13
              ended: 2022-09-14
              contains: Truce [Ceasefire:F], Second truce [Ceasefire:F2]
              term: Mediator [Party:M] deploys 50 troops to Tee [Territory:T]
              succeeds Truce [Ceasefire:F]
          Plan [Agreement:G2], process, in War [Conflict:C]
              proposed: 2022-09-12
              never in force: lapsed 2022-09-14

        RULINGS
          Opinion [Ruling:R1], by Court [Party:J], 2022-09-14, not binding
              decides: the parties shall talk

        THIRD PARTIES
          [Mediator:M1] Mediator [Party:M]: broker in War [Conflict:C], of Truce [Ceasefire:F], on the word of Claim:K1
          [Mediator:M2] Court [Party:J]: broker in War [Conflict:C], of Truce [Ceasefire:F]
          [Mediator:M3] Mediator [Party:M]: peacekeeper in War [Conflict:C], of Truce [Ceasefire:F], since 2022-09-13 (ongoing), force of at most 2000 troops
          [Mediator:M5] Court [Party:J]: observer in War [Conflict:C], of Accord [Agreement:G], on the word of Claim:K4
          [Mediator:M4] Beta [Party:B]: broker in War [Conflict:C], of Second truce [Ceasefire:F2]

        CLAIMS (who said what)
          [Claim:K1] Premier [Party:P] for Alpha [Party:A], made 2022-09-13, reported in Report [Source:S], hedged "allegedly"
              quote: \u201cThey started it\u201d
              held: since 2022-09-12 (ongoing)
              asserts: Beta [Party:B] started the hostilities of War [Conflict:C]
              asserts: Truce [Ceasefire:F] is violated
          [Claim:K2] Beta [Party:B], made 2022-09-13, reported in Report [Source:S]
              asserts: Truce [Ceasefire:F] is holding
              asserts: Truce [Ceasefire:F] is in force
              asserts: Alpha [Party:A] started the hostilities of War [Conflict:C]
          [Claim:K3] the article, in its own voice, made 2022-09-14, reported in Statement [Source:S2]
              replaces Claim:K2, effective 2022-09-14
              withdraws Claim:K4
              denies: Beta [Party:B] started the hostilities of War [Conflict:C]
          [Claim:K4] Alpha [Party:A], made 2022-09-13, reported in Report [Source:S]
              asserts: Alpha [Party:A] is sovereign over Tee [Territory:T]
          [Claim:K5] Mediator [Party:M], made 2022-09-13, reported in Report [Source:S]
              asserts: Second truce [Ceasefire:F2] is ended

        CONTRADICTIONS (decided from the types)
          Claim:K1 (Premier) contradicts Claim:K2 (Beta)
          Claim:K1 (Premier) contradicts Claim:K3 (the article)

        """, text.substring(0, text.indexOf("CONSISTENCY REPORT")));
  }
}
