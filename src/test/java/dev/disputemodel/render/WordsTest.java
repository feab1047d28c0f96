package dev.disputemodel.render;

import static dev.disputemodel.render.PictureFixtures.NORTHLAND;
import static dev.disputemodel.render.PictureFixtures.SOUTHLAND;
import static dev.disputemodel.render.PictureFixtures.VALLEY;
import static dev.disputemodel.render.PictureFixtures.WAR;
import static dev.disputemodel.render.PictureFixtures.WESTLAND;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementStatus;
import dev.disputemodel.AgreementStage;
import dev.disputemodel.Attack;
import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Control;
import dev.disputemodel.Estimate;
import dev.disputemodel.EventKind;
import dev.disputemodel.NoStatement;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Recognizes;
import dev.disputemodel.Stance;
import dev.disputemodel.StanceKind;
import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.AgreementResponse;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.CharacterKind;
import dev.disputemodel.Characterization;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.FactFigure;
import dev.disputemodel.FactTime;
import dev.disputemodel.FigureKind;
import dev.disputemodel.Initiated;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.ProceduralDecision;
import dev.disputemodel.Procedure;
import dev.disputemodel.RecognitionCount;
import dev.disputemodel.ResponseKind;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.Succession;
import dev.disputemodel.SuccessionKind;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TimeAspect;
import dev.disputemodel.VoteResult;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The exact words pictures use for each kind of proposition and for figures, on the small
 * invented dispute of {@link PictureFixtures}: a picture that showed an empty label instead of
 * "Northland controls Valley" would still be well-formed SVG, so only the words themselves tell.
 */
class WordsTest {
  private final Words words = new Words(PictureFixtures.model());

  @Test
  void propositionsReadAsShortSentencesNamingEntitiesByName() {
    assertAll(
        () -> assertEquals("at least 49 killed (Northland)",
            words.proposition(Casualties.of(WAR, NORTHLAND, CasualtyKind.KILLED, Estimate.atLeast(49)))),
        () -> assertEquals("clash by Northland on Southland at Valley", words.proposition(new Attack(
            WAR, NORTHLAND, EventKind.CLASH, Optional.of(SOUTHLAND), Optional.of(VALLEY), Optional.empty()))),
        () -> assertEquals("Southland: condemns", words.proposition(Stance.of(SOUTHLAND, StanceKind.CONDEMNATION, WAR))),
        () -> assertEquals("Northland silent on control", words.proposition(
            new NoStatement(NORTHLAND, PropositionKey.of(PropositionType.CONTROL, VALLEY)))),
        () -> assertEquals("Northland controls Valley", words.proposition(new Control(VALLEY, NORTHLAND))),
        () -> assertEquals("Agreement:A9 signed", words.proposition(new AgreementStatus(AgreementId.of("A9"), AgreementStage.SIGNED))),
        () -> assertEquals("Southland recognizes Northland over Valley",
            words.proposition(new Recognizes(SOUTHLAND, VALLEY, NORTHLAND))));
  }

  @Test
  void figuresKeepTheSourcesWordingElseTheirForm() {
    assertAll(
        () -> assertEquals("dozens", Words.figure(Estimate.atLeast(24).withWording("dozens"))),
        () -> assertEquals("about 50", Words.figure(Estimate.about(50))),
        () -> assertEquals("at least 24", Words.figure(Estimate.atLeast(24))),
        () -> assertEquals("an unknown number", Words.figure(Estimate.unknown())));
  }

  private static final AgreementId ACCORD = AgreementId.of("A1");
  private static final RulingId AWARD = RulingId.of("U1");
  private static final EventId DEPLOYED = EventId.of("E7");
  private static final EventId VOTE = EventId.of("E8");
  private static final EventId POLL = EventId.of("E9");

  /** The fixture with an agreement, a ruling, a deployment of troops and two votes. */
  private static DisputeModel richer() {
    DisputeModel base = PictureFixtures.model();
    return DisputeModel.builder().from(base)
        .addAgreements(Agreement.builder().id(ACCORD).name("Ford accord").kind(AgreementKind.FULL).conflict(WAR)
            .addSignatories(NORTHLAND, SOUTHLAND).source(PictureFixtures.GAZETTE).build())
        .addRulings(Ruling.builder().id(AWARD).name("Valley award").body(PictureFixtures.MEDIATIA)
            .issued(FuzzyTime.inYear(java.time.Year.of(2004))).binding(true)
            .addDecisions(new ProceduralDecision(Procedure.JURISDICTION, true)).source(PictureFixtures.GAZETTE).build())
        .addEvents(
            Event.builder().id(DEPLOYED).conflict(WAR).kind(EventKind.DEPLOYMENT).time(PictureFixtures.day(2003, 6, 7))
                .troops(Estimate.about(300)).source(PictureFixtures.GAZETTE).build(),
            Event.builder().id(VOTE).conflict(WAR).kind(EventKind.ELECTION).time(PictureFixtures.day(2003, 6, 8))
                .description("Valley vote")
                .addResults(VoteResult.builder().addWinners(NORTHLAND).source(PictureFixtures.GAZETTE).build())
                .source(PictureFixtures.GAZETTE).build(),
            Event.builder().id(POLL).conflict(WAR).kind(EventKind.ELECTION).time(PictureFixtures.day(2003, 6, 9))
                .addResults(VoteResult.builder().addWinners(NORTHLAND).source(PictureFixtures.GAZETTE).build(),
                    VoteResult.builder().addWinners(SOUTHLAND).source(PictureFixtures.CHRONICLE).build())
                .source(PictureFixtures.GAZETTE).build())
        .build();
  }

  @Test
  void everyOtherKindOfPropositionReadsAsASentenceToo() {
    Words w = new Words(richer());
    assertAll(
        () -> assertEquals("Southland struck first", w.proposition(new Initiated(WAR, SOUTHLAND))),
        () -> assertEquals("June truce holding",
            w.proposition(new CeasefireStatus(PictureFixtures.TRUCE, CeasefireState.HOLDING))),
        () -> assertEquals("June truce (said of Ford accord) never in effect",
            w.proposition(new CeasefireStatus(PictureFixtures.TRUCE, CeasefireState.NEVER_IN_EFFECT).naming(ACCORD))),
        () -> assertEquals("Westland backs the account of Southland",
            w.proposition(new BacksAccount(WESTLAND, PictureFixtures.NORTH_STRUCK_FIRST))),
        () -> assertEquals("Westland backs the account of Claim:K99",
            w.proposition(new BacksAccount(WESTLAND, ClaimId.of("K99")))),
        () -> assertEquals("Northland sovereign over Valley", w.proposition(new Sovereignty(VALLEY, NORTHLAND))),
        () -> assertEquals("Northland sovereign rights over Valley",
            w.proposition(Sovereignty.rightsOnly(VALLEY, NORTHLAND))),
        () -> assertEquals("Southland rejects Ford accord",
            w.proposition(new AgreementResponse(SOUTHLAND, ACCORD, ResponseKind.REJECTS))),
        () -> assertEquals("Valley war started Mar 2001",
            w.proposition(new FactTime(WAR, TimeAspect.STARTED, FuzzyTime.inMonth(YearMonth.of(2001, 3))))),
        () -> assertEquals("area of Valley: about 9000",
            w.proposition(new FactFigure(VALLEY, FigureKind.AREA, Estimate.about(9000)))),
        () -> assertEquals("Deployment (about 300 troops): invasion",
            w.proposition(new Characterization(DEPLOYED, CharacterKind.INVASION))),
        () -> assertEquals("Northland recognized over Valley by at least 20",
            w.proposition(new RecognitionCount(VALLEY, NORTHLAND, Estimate.atLeast(20)))),
        () -> assertEquals("bombing by Northland", w.proposition(new Attack(
            WAR, NORTHLAND, EventKind.BOMBING, Optional.empty(), Optional.empty(), Optional.empty()))),
        () -> assertEquals("12 wounded (all sides)",
            w.proposition(Casualties.total(WAR, CasualtyKind.WOUNDED, Estimate.exact(12)))));
  }

  @Test
  void entitiesAreCalledByNameAndOtherThingsByWhatTheyAre() {
    DisputeModel model = richer();
    Words w = new Words(model);
    assertAll(
        () -> assertEquals("Northland", w.name(NORTHLAND)),
        () -> assertEquals("Valley", w.name(VALLEY)),
        () -> assertEquals("Valley war", w.name(WAR)),
        () -> assertEquals("June truce", w.name(PictureFixtures.TRUCE)),
        () -> assertEquals("Ford accord", w.name(ACCORD)),
        () -> assertEquals("Valley award", w.name(AWARD)),
        () -> assertEquals("Gazette", w.name(PictureFixtures.GAZETTE)),
        () -> assertEquals("Clash: Fighting at the ford", w.name(PictureFixtures.CLASH)),
        () -> assertEquals("Deployment (about 300 troops)", w.name(DEPLOYED)),
        () -> assertEquals("Election: Valley vote (1 result)", w.name(VOTE)),
        () -> assertEquals("Election (2 results, by source)", w.name(POLL)),
        () -> assertEquals("Mediatia, broker", w.name(PictureFixtures.BROKER)),
        () -> assertEquals("Westland apparently backs Southland", w.name(PictureFixtures.BACKS)),
        () -> assertEquals("Eastland ally of Northland", w.name(PictureFixtures.ALLY)),
        () -> assertEquals("claim by Southland: Northland struck first", w.name(PictureFixtures.NORTH_STRUCK_FIRST)),
        () -> assertEquals("Territory:T9", w.name(TerritoryId.of("T9"))),
        () -> assertEquals("P9", w.party(PartyId.of("P9"))),
        () -> assertEquals("Northland, Valley, Territory:T9", w.names(List.of(NORTHLAND, VALLEY, TerritoryId.of("T9")))),
        () -> assertEquals("", w.names(List.of())));
  }

  @Test
  void aClaimSaysWhoSpeaksAndWhatItSaysWithItsHedgeAndDenial() {
    DisputeModel model = PictureFixtures.model();
    Words w = new Words(model);
    Claim backs = model.claim(PictureFixtures.BACKS_ACCOUNT).orElseThrow();
    assertEquals("Gazette", w.speaker(backs));
    assertEquals("reportedly, Westland backs the account of Southland", w.statement(backs));
    Claim denial = Claim.builder().id(ClaimId.of("K98")).claimant(SOUTHLAND).source(PictureFixtures.GAZETTE)
        .madeAt(PictureFixtures.day(2003, 6, 3)).polarity(Polarity.DENIES)
        .addPropositions(new Initiated(PictureFixtures.FLARE_UP, SOUTHLAND), new Control(VALLEY, SOUTHLAND)).build();
    assertEquals("Southland", w.speaker(denial));
    assertEquals("denies: Southland struck first; Southland controls Valley", w.statement(denial));
  }

  @Test
  void everyFigureFormStanceRelationAndSuccessionHasItsWords() {
    assertAll(
        () -> assertEquals("49", Words.figure(Estimate.exact(49))),
        () -> assertEquals("at most 7", Words.figure(Estimate.atMost(7))),
        () -> assertEquals("1000\u20133000", Words.figure(Estimate.range(1000, 3000))),
        () -> assertEquals("calls to desist", Words.stance(StanceKind.CALL_TO_DESIST)),
        () -> assertEquals("declares support", Words.stance(StanceKind.SUPPORT)),
        () -> assertEquals("call for negotiations", Words.stance(StanceKind.CALL_FOR_NEGOTIATIONS)),
        () -> assertEquals("1 claim", Words.count(1, "claim", "claims")),
        () -> assertEquals("1,204 claims", Words.count(1204, "claim", "claims")),
        () -> assertEquals("0 claims", Words.count(0, "claim", "claims")),
        () -> assertEquals("", Words.capitalized("")),
        () -> assertEquals("X", Words.capitalized("x")),
        () -> assertEquals("succeeds Eastland (independence, 26 May 1966)", words.succession(
            Succession.of(PictureFixtures.EASTLAND, SuccessionKind.INDEPENDENCE)
                .withDate(FuzzyTime.onDay(LocalDate.of(1966, 5, 26))))),
        () -> assertEquals("succeeds P9 (renaming)", words.succession(
            Succession.of(PartyId.of("P9"), SuccessionKind.RENAMING))));
  }
}
