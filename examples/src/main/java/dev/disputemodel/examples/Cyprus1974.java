package dev.disputemodel.examples;

import static dev.disputemodel.examples.Facts.claim;
import static dev.disputemodel.examples.Facts.day;
import static dev.disputemodel.examples.Facts.hour;
import static dev.disputemodel.examples.Facts.month;
import static dev.disputemodel.examples.Facts.party;
import static dev.disputemodel.examples.Facts.person;
import static dev.disputemodel.examples.Facts.side;
import static dev.disputemodel.examples.Facts.source;
import static dev.disputemodel.examples.Facts.year;

import dev.disputemodel.Agreement;
import dev.disputemodel.Attack;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.AgreementResponse;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CharacterKind;
import dev.disputemodel.Characterization;
import dev.disputemodel.FactTime;
import dev.disputemodel.OtherDecision;
import dev.disputemodel.Succession;
import dev.disputemodel.SuccessionKind;
import dev.disputemodel.TimeAspect;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.ChainLink;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimDecision;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ClaimVerdict;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ConflictType;
import dev.disputemodel.Control;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.FactFigure;
import dev.disputemodel.FigureKind;
import dev.disputemodel.ForceStrength;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Intensity;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.OtherProvision;
import dev.disputemodel.Outcome;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Polarity;
import dev.disputemodel.ResponseKind;
import dev.disputemodel.Ruling;
import dev.disputemodel.Share;
import dev.disputemodel.RulingId;
import dev.disputemodel.Side;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Supporter;
import dev.disputemodel.SupportType;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.TerritoryShare;
import dev.disputemodel.VoteResult;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.Optional;

/**
 * Cyprus: the 1974 fighting (coup, Turkish landing, two ceasefires), the 1974 ceasefire line and
 * the UN buffer zone, UNFICYP since 1964, and the Turkish Republic of Northern Cyprus recognized
 * only by Turkey; every item from {@code examples/facts/cyprus-facts.md}, whose ids ({@code P6},
 * {@code S3}, {@code SRC21}) the model's ids repeat.
 *
 * <p>What the fact sheet has and this model cannot type is listed in {@code examples/README.md}
 * (misfits): the contested share of the island, the buffer zone's contested width and area,
 * UNFICYP's force-size series, the Annan Plan as a proposed agreement never in force.
 *
 * <p>The model is built once and is immutable; {@link #model()} returns it.
 */
public final class Cyprus1974 {
  private Cyprus1974() {}

  // ---------------------------------------------------------------- sources (fact sheet ids)

  /** SRC01 UCDP/PRIO Armed Conflict Dataset 23.1 (conflict 323, 1974). */
  public static final SourceId UCDP_ACD = SourceId.of("SRC01");
  /** SRC03 Security Council resolution 186 (1964). */
  public static final SourceId RES_186 = SourceId.of("SRC03");
  /** SRC04 UNFICYP, "UNFICYP mandate". */
  public static final SourceId MANDATE = SourceId.of("SRC04");
  /** SRC06 UNFICYP, "Events in the Summer of 1974" (The Blue Helmets). */
  public static final SourceId SUMMER_1974 = SourceId.of("SRC06");
  /** SRC08 UNFICYP, "Operations since 1974" (The Blue Helmets). */
  public static final SourceId SINCE_1974 = SourceId.of("SRC08");
  /** SRC09 UNFICYP, "About the buffer zone". */
  public static final SourceId BUFFER_ZONE_PAGE = SourceId.of("SRC09");
  /** SRC10 First Report of the Secretary-General on UNFICYP (S/5679), 1964. */
  public static final SourceId S_5679 = SourceId.of("SRC10");
  /** SRC12 Second Report of the Secretary-General on UNFICYP (S/5950), 10 September 1964. */
  public static final SourceId S_5950 = SourceId.of("SRC12");
  /** SRC13 UN Chronicle, resolution 578 (1985) of 12 December 1985. */
  public static final SourceId UN_CHRONICLE_1985 = SourceId.of("SRC13");
  /** SRC14 Report of the Secretary-General S/2006/931, 1 December 2006. */
  public static final SourceId S_2006_931 = SourceId.of("SRC14");
  /** SRC15 Report of the Secretary-General S/2007/699, 3 December 2007. */
  public static final SourceId S_2007_699 = SourceId.of("SRC15");
  /** SRC16 Report of the Secretary-General S/2008/353, 2 June 2008. */
  public static final SourceId S_2008_353 = SourceId.of("SRC16");
  /** SRC17 Report of the Secretary-General S/2013/392, 5 July 2013. */
  public static final SourceId S_2013_392 = SourceId.of("SRC17");
  /** SRC18 Report of the Secretary-General S/2024/527, 3 July 2024 (advance copy). */
  public static final SourceId S_2024_527 = SourceId.of("SRC18");
  /** SRC21 Security Council resolution 541 (1983). */
  public static final SourceId RES_541 = SourceId.of("SRC21");
  /** SRC22 Wikipedia, "United Nations Security Council Resolution 541". */
  public static final SourceId RES_541_WIKI = SourceId.of("SRC22");
  /** SRC23 Declaration by the Foreign Ministers of Greece, Turkey and the United Kingdom, 30 July 1974. */
  public static final SourceId GENEVA_DECLARATION = SourceId.of("SRC23");
  /** SRC25 Facts on File World News Digest, 17 August 1974. */
  public static final SourceId FACTS_ON_FILE = SourceId.of("SRC25");
  /** SRC27 Sputnik via UrduPoint, "Turkish Invasion Of Cyprus", 15 July 2019. */
  public static final SourceId SPUTNIK_2019 = SourceId.of("SRC27");
  /** SRC30 Cyprus News Agency, "UNFICYP to reduce numbers", 28 January 2005. */
  public static final SourceId CNA_2005 = SourceId.of("SRC30");
  /** SRC32 TIME magazine, 1975 and 1983 articles (as quoted). */
  public static final SourceId TIME = SourceId.of("SRC32");
  /** SRC33 Wikipedia, "United Nations Buffer Zone in Cyprus" (copies). */
  public static final SourceId BUFFER_ZONE_WIKI = SourceId.of("SRC33");
  /** SRC36 Wikipedia, "2004 Cypriot Annan Plan referendums". */
  public static final SourceId REFERENDUMS_WIKI = SourceId.of("SRC36");
  /** SRC37 famagusta.news, "21 years since the referendum and the rejection of the Annan plan", April 2025. */
  public static final SourceId FAMAGUSTA_2025 = SourceId.of("SRC37");
  /** SRC52 UN press release SG/SM/9239: the Secretary-General presents the final plan, 31 March 2004. */
  public static final SourceId SG_SM_9239 = SourceId.of("SRC52");
  /** SRC39 Wikipedia, "Annan Plan for Cyprus", referendum section (copy). */
  public static final SourceId ANNAN_PLAN_WIKI = SourceId.of("SRC39");
  /** SRC40 AP, "Greek Cypriots vote overwhelmingly to reject reunification", 2004. */
  public static final SourceId AP_2004 = SourceId.of("SRC40");
  /** SRC41 The Full Wiki copy of "Declaration of Independence of the TRNC". */
  public static final SourceId TRNC_WIKI = SourceId.of("SRC41");
  /** SRC42 247newsreel, summary of Kathimerini of 16 November 1983. */
  public static final SourceId KATHIMERINI = SourceId.of("SRC42");
  /** SRC53 Turkey's foreign ministry, spokesperson's statement QA-42, 20 July 2017. */
  public static final SourceId MFA_QA_42 = SourceId.of("SRC53");

  // ---------------------------------------------------------------- parties

  /** P1 Republic of Cyprus. */
  public static final PartyId CYPRUS = PartyId.of("P1");
  /** P2 Turkey. */
  public static final PartyId TURKEY = PartyId.of("P2");
  /** P3 Greece. */
  public static final PartyId GREECE = PartyId.of("P3");
  /** P4 United Kingdom. */
  public static final PartyId UNITED_KINGDOM = PartyId.of("P4");
  /** P5 Turkish Federated State of Cyprus, February 1975 to 15 November 1983. */
  public static final PartyId TFSC = PartyId.of("P5");
  /** P6 "Turkish Republic of Northern Cyprus", since 15 November 1983. */
  public static final PartyId TRNC = PartyId.of("P6");
  /** P7 Cyprus National Guard. */
  public static final PartyId NATIONAL_GUARD = PartyId.of("P7");
  /** P11 Rauf Denktaş. */
  public static final PartyId DENKTAS = PartyId.of("P11");
  /** P13 United Nations Security Council. */
  public static final PartyId SECURITY_COUNCIL = PartyId.of("P13");
  /** P14 UNFICYP. */
  public static final PartyId UNFICYP = PartyId.of("P14");
  /** P15 UN Secretary-General (the office). */
  public static final PartyId SECRETARY_GENERAL = PartyId.of("P15");
  /** P16 James Callaghan, British Foreign Secretary. */
  public static final PartyId CALLAGHAN = PartyId.of("P16");
  /** P20 the Council of the European Communities. */
  public static final PartyId EC_COUNCIL = PartyId.of("P20");

  // ---------------------------------------------------------------- territories

  /** T1 Cyprus, the island. */
  public static final TerritoryId ISLAND = TerritoryId.of("T1");
  /** T2 the Republic of Cyprus's territory: the island but the base areas. */
  public static final TerritoryId REPUBLIC = TerritoryId.of("T2");
  /** T3 British Sovereign Base Areas, Akrotiri and Dhekelia. */
  public static final TerritoryId BASE_AREAS = TerritoryId.of("T3");
  /** T4 Northern Cyprus. */
  public static final TerritoryId NORTH = TerritoryId.of("T4");
  /** T5 United Nations Buffer Zone, the "Green Line". */
  public static final TerritoryId BUFFER_ZONE = TerritoryId.of("T5");
  /** T6 Varosha. */
  public static final TerritoryId VAROSHA = TerritoryId.of("T6");
  /** T9 the maritime security lines. */
  public static final TerritoryId MARITIME_LINES = TerritoryId.of("T9");
  /** T10 the Kyrenia (Girne) area. */
  public static final TerritoryId KYRENIA = TerritoryId.of("T10");

  // ---------------------------------------------------------------- conflicts, events, accords

  /** C1 the Cyprus dispute over the status of the north. */
  public static final ConflictId DISPUTE = ConflictId.of("C1");
  /** C3 the 1974 war (UCDP conflict 323). */
  public static final ConflictId WAR_1974 = ConflictId.of("C3");

  /** E6 the coup of 15 July 1974. */
  public static final EventId COUP = EventId.of("E6");
  /** E16 the proclamation of the Turkish Federated State of Cyprus, February 1975. */
  public static final EventId TFSC_PROCLAIMED = EventId.of("E16");
  /** E17 the proclamation of the TRNC, 15 November 1983. */
  public static final EventId TRNC_PROCLAIMED = EventId.of("E17");
  /** E19a the Greek Cypriot referendum on the Annan Plan, 24 April 2004. */
  public static final EventId REFERENDUM_GREEK_CYPRIOT = EventId.of("E19a");
  /** E19b the Turkish Cypriot referendum on the Annan Plan, 24 April 2004. */
  public static final EventId REFERENDUM_TURKISH_CYPRIOT = EventId.of("E19b");
  /** E8 the Turkish landing on the north coast, 20 July 1974. */
  public static final EventId LANDING = EventId.of("E8");
  /** E10 fighting resumes, 23 July 1974. */
  public static final EventId FIGHTING_RESUMES = EventId.of("E10");
  /** E14 the Turkish advance after the Geneva talks broke down, 14 August 1974. */
  public static final EventId ADVANCE = EventId.of("E14");

  /** S1 the ceasefire of 22 July 1974, 16:00 local time. */
  public static final CeasefireId CEASEFIRE_JULY = CeasefireId.of("S1");
  /** S2 the Geneva Declaration of 30 July 1974. */
  public static final AgreementId GENEVA_1974 = AgreementId.of("S2");
  /** S4 the Treaty of Guarantee, signed at Nicosia on 16 August 1960. */
  public static final AgreementId TREATY_OF_GUARANTEE = AgreementId.of("S4");
  /** S5 the Annan Plan (the fifth revision of the UN proposal), never in force. */
  public static final AgreementId ANNAN_PLAN = AgreementId.of("S5");
  /** S3 the de facto ceasefire of 16 August 1974, whose lines bound the buffer zone. */
  public static final CeasefireId CEASEFIRE_AUGUST = CeasefireId.of("S3");

  /** J1 Security Council resolution 186 (1964). */
  public static final RulingId RESOLUTION_186 = RulingId.of("J1");
  /** J3 Security Council resolution 541 (1983). */
  public static final RulingId RESOLUTION_541 = RulingId.of("J3");

  /** M1 UNFICYP as peacekeeper since 1964. */
  public static final MediatorId PEACEKEEPING = MediatorId.of("M1");
  /** M2a, M2b, M2c the guarantors under the 1960 Treaty of Guarantee. */
  public static final MediatorId TURKEY_GUARANTOR = MediatorId.of("M2a");
  /** M2b Greece as guarantor. */
  public static final MediatorId GREECE_GUARANTOR = MediatorId.of("M2b");
  /** M2c the United Kingdom as guarantor. */
  public static final MediatorId UK_GUARANTOR = MediatorId.of("M2c");
  /** M3 Callaghan, mediator at the second Geneva conference. */
  public static final MediatorId CALLAGHAN_MEDIATOR = MediatorId.of("M3");

  /** K3 the TRNC: northern Cyprus is an independent and sovereign state. */
  public static final ClaimId K3_TRNC_SOVEREIGN = ClaimId.of("K3");
  /** K4 the Republic of Cyprus: Turkish troops occupy part of its territory. */
  public static final ClaimId K4_OCCUPATION = ClaimId.of("K4");
  /** K4b the Republic of Cyprus: de jure government of the entire island but the base areas. */
  public static final ClaimId K4B_DE_JURE = ClaimId.of("K4b");
  /** K6 Greece: it "will never recognize" the declaration. */
  public static final ClaimId K6_GREECE = ClaimId.of("K6");
  /** G6 Sputnik (2019), in its own voice: the Turkish invasion of 20 July 1974 near Kyrenia. */
  public static final ClaimId G6_INVASION = ClaimId.of("G6");
  /** K2a Turkey's foreign ministry (20 July 2017): the landing was the "Cyprus Peace Operation". */
  public static final ClaimId K2A_PEACE_OPERATION = ClaimId.of("K2a");
  /** S3b the Secretary-General: violations of the ceasefire remained high (2023–24). */
  public static final ClaimId S3_VIOLATIONS = ClaimId.of("S3b");
  /** K10 Papadopoulos, 7 April 2004: a "No" to the Annan Plan. */
  public static final ClaimId K10_NO = ClaimId.of("K10");
  /** K10b the Turkish Cypriots approve the Annan Plan, 24 April 2004. */
  public static final ClaimId K10B_TURKISH_CYPRIOT_YES = ClaimId.of("K10b");

  // ---------------------------------------------------------------- times

  /** 16 August 1960: independence and the treaties signed at Nicosia [SRC27, SRC03]. */
  public static final FuzzyTime INDEPENDENCE = day(1960, 8, 16);
  /** 27 March 1964, 05:00: UNFICYP becomes operational [SRC10]. */
  public static final FuzzyTime UNFICYP_OPERATIONAL = hour(1964, 3, 27, 5);
  /** 20 July 1974: the Turkish landing [SRC06, SRC27]. */
  public static final FuzzyTime JULY_20 = day(1974, 7, 20);
  /** 16 August 1974: the de facto ceasefire [SRC04, SRC01 ep_end_date]. */
  public static final FuzzyTime AUGUST_16 = day(1974, 8, 16);
  /** 15 November 1983: the TRNC proclaimed [SRC21]. */
  public static final FuzzyTime NOVEMBER_15_1983 = day(1983, 11, 15);

  private static final DisputeModel MODEL = build();

  /** Returns the Cyprus model: immutable, built once. */
  public static DisputeModel model() {
    return MODEL;
  }

  private static DisputeModel build() {
    return DisputeModel.builder()
        .addSources(
            source(UCDP_ACD, SourceKind.DATASET_RELEASE, "UCDP/PRIO Armed Conflict Dataset 23.1",
                "Davies, Pettersson & Öberg 2023; Gleditsch et al. 2002; CC BY 4.0; conflict_id 323, year 1974"),
            source(RES_186, SourceKind.OFFICIAL_STATEMENT, "Security Council resolution 186 (1964), S/5575",
                day(1964, 3, 4), "unscr.com/en/resolutions/186"),
            source(MANDATE, SourceKind.OFFICIAL_STATEMENT, "UNFICYP mandate", "unficyp.unmissions.org/unficyp-mandate"),
            source(SUMMER_1974, SourceKind.OFFICIAL_STATEMENT, "Events in the Summer of 1974 (The Blue Helmets)",
                "unficyp.unmissions.org/events-summer-1974"),
            source(SINCE_1974, SourceKind.OFFICIAL_STATEMENT, "Operations since 1974 (The Blue Helmets)",
                "unficyp.unmissions.org/operations-1974"),
            source(BUFFER_ZONE_PAGE, SourceKind.OFFICIAL_STATEMENT, "About the buffer zone",
                "unficyp.unmissions.org/about-buffer-zone"),
            source(S_5679, SourceKind.OFFICIAL_STATEMENT,
                "First Report of the Secretary-General on the United Nations Peacekeeping Force in Cyprus (S/5679)",
                "transcription on en.wikisource.org"),
            source(S_5950, SourceKind.OFFICIAL_STATEMENT,
                "Second Report of the Secretary-General on the United Nations Peacekeeping Force in Cyprus (S/5950)",
                day(1964, 9, 10), "transcription on en.m.wikisource.org"),
            source(UN_CHRONICLE_1985, SourceKind.OFFICIAL_STATEMENT,
                "Security Council extends mandate of Cyprus Force until 15 June 1986 (UN Chronicle)",
                "resolution 578 (1985) of 12 December 1985; copy on international.vlex.com"),
            source(S_2006_931, SourceKind.OFFICIAL_STATEMENT, "Report of the Secretary-General S/2006/931",
                day(2006, 12, 1), "copy on scribd.com"),
            source(S_2007_699, SourceKind.OFFICIAL_STATEMENT, "Report of the Secretary-General S/2007/699",
                day(2007, 12, 3), "copy on docplayer.net"),
            source(S_2008_353, SourceKind.OFFICIAL_STATEMENT, "Report of the Secretary-General S/2008/353",
                day(2008, 6, 2), "copy on cyprusun.org"),
            source(S_2013_392, SourceKind.OFFICIAL_STATEMENT, "Report of the Secretary-General S/2013/392",
                day(2013, 7, 5), "copy on cyprusun.org"),
            source(S_2024_527, SourceKind.OFFICIAL_STATEMENT,
                "Report of the Secretary-General on the United Nations operation in Cyprus (S/2024/527), advance copy",
                day(2024, 7, 3), "period 13 December 2023 to 12 June 2024"),
            source(RES_541, SourceKind.OFFICIAL_STATEMENT, "Security Council resolution 541 (1983)",
                day(1983, 11, 18), "text on en.wikisource.org"),
            source(RES_541_WIKI, SourceKind.OTHER, "Wikipedia, United Nations Security Council Resolution 541",
                "reference (wiki): vote and the European Communities case"),
            source(GENEVA_DECLARATION, SourceKind.OFFICIAL_STATEMENT,
                "Declaration by the Foreign Ministers of Greece, Turkey and the United Kingdom",
                day(1974, 7, 30), "UN archive scan S-0903-0012-01-00001"),
            source(FACTS_ON_FILE, SourceKind.NEWS_REPORT,
                "Turkish Troops Advance in Cyprus After Talks Break Down (Facts on File World News Digest)",
                day(1974, 8, 17), "copy on docsbay.net"),
            source(SPUTNIK_2019, SourceKind.NEWS_REPORT, "Turkish Invasion Of Cyprus (Sputnik via UrduPoint)",
                day(2019, 7, 15), "urdupoint.com"),
            source(CNA_2005, SourceKind.NEWS_REPORT, "UNFICYP to reduce numbers (Cyprus News Agency)",
                day(2005, 1, 28), "on the Embassy of Cyprus site (partisan host)"),
            source(TIME, SourceKind.NEWS_REPORT, "TIME magazine, 1975 and 1983 articles",
                "excerpts quoted by wordola.com; issue dates not shown"),
            source(BUFFER_ZONE_WIKI, SourceKind.OTHER, "Wikipedia, United Nations Buffer Zone in Cyprus",
                "wiki copies on liquisearch.com and wikimili.com"),
            source(REFERENDUMS_WIKI, SourceKind.OTHER, "Wikipedia, 2004 Cypriot Annan Plan referendums",
                "reference (wiki)"),
            source(FAMAGUSTA_2025, SourceKind.NEWS_REPORT, "21 years since the referendum and the rejection of the"
                + " Annan plan (famagusta.news)", month(2025, 4), "en.famagusta.news"),
            source(SG_SM_9239, SourceKind.OFFICIAL_STATEMENT, "Secretary-General Presents Final Settlement Plan for"
                + " Cyprus (UN press release SG/SM/9239)", day(2004, 4, 1), "unis.unvienna.org, press release"
                + " SG/SM/9239"),
            source(ANNAN_PLAN_WIKI, SourceKind.OTHER, "Wikipedia, Annan Plan for Cyprus, referendum section",
                "wiki copy on liquisearch.com"),
            source(AP_2004, SourceKind.NEWS_REPORT, "Greek Cypriots vote overwhelmingly to reject reunification (AP)",
                day(2004, 4, 28), "video page on news.science"),
            source(TRNC_WIKI, SourceKind.OTHER,
                "Declaration of Independence of the Turkish Republic of Northern Cyprus (The Full Wiki)",
                "wiki copy"),
            source(KATHIMERINI, SourceKind.NEWS_REPORT, "Kathimerini front page of 16 November 1983 (247newsreel)",
                day(1983, 11, 16), "secondary summary"),
            source(MFA_QA_42, SourceKind.OFFICIAL_STATEMENT, "QA-42, Statement of the Spokesperson of the Ministry of"
                + " Foreign Affairs of Turkey concerning the 20 July Peace Operation", day(2017, 7, 20),
                "on the ministry's missions' sites (ShowAnnouncement/334271)"))
        .addParties(parties())
        .addTerritories(territories())
        .addConflicts(conflicts())
        .addEvents(events())
        .addCeasefires(
            // S1 "announced for 16:00 hrs, local time, on 22 July" [SRC06]; broken on 23 July (E10).
            Ceasefire.builder().id(CEASEFIRE_JULY).name("Ceasefire of 22 July 1974").conflict(WAR_1974)
                .effective(hour(1974, 7, 22, 16)).source(SUMMER_1974).build(),
            // S3 "came into effect on 16 August 1974" [SRC04]; no signatories named in any source;
            // still in effect (violations reported in 2024, S3b). It succeeds S2 and S1.
            Ceasefire.builder().id(CEASEFIRE_AUGUST).name("De facto ceasefire of 16 August 1974")
                .conflict(WAR_1974).effective(AUGUST_16)
                .addLinks(ChainLink.succeeds(GENEVA_1974), ChainLink.succeeds(CEASEFIRE_JULY))
                .source(MANDATE).build())
        .addAgreements(
            // S4: "Cyprus, Greece, Turkey, and the United Kingdom entered into a treaty to guarantee
            // the basic provisions of the constitution and the territorial integrity and sovereignty
            // of Cyprus" [SRC04], signed at Nicosia on 16 August 1960 [SRC03, SRC04]; before the
            // dispute's first fighting (December 1963), which an agreement may be.
            Agreement.builder().id(TREATY_OF_GUARANTEE).name("Treaty of Guarantee").kind(AgreementKind.OTHER)
                .conflict(DISPUTE).addSignatories(CYPRUS, GREECE, TURKEY, UNITED_KINGDOM).agreed(INDEPENDENCE)
                .addProvisions(new OtherProvision("guarantee the basic provisions of the constitution and the"
                    + " territorial integrity and sovereignty of Cyprus"))
                .source(MANDATE).build(),
            // S2: the areas controlled "on 30 July 1974 at 22:00 hours Geneva time" not to be
            // extended; a security zone entered only by UNFICYP [SRC23, SRC07]. A recommitment
            // after S1 broke down.
            Agreement.builder().id(GENEVA_1974).name("Geneva Declaration of 30 July 1974")
                .kind(AgreementKind.PARTIAL).conflict(WAR_1974)
                .addSignatories(GREECE, TURKEY, UNITED_KINGDOM)
                .agreed(day(1974, 7, 30)).effective(hour(1974, 7, 30, 22))
                .addProvisions(
                    new OtherProvision("the areas in the Republic of Cyprus controlled by opposing armed forces"
                        + " on 30 July 1974 at 22:00 hours Geneva time should not be extended"),
                    new OtherProvision("a security zone at the limit of the areas occupied by the Turkish armed"
                        + " forces, entered by no forces other than those of UNFICYP"))
                .addLinks(ChainLink.recommitsTo(CEASEFIRE_JULY))
                .source(GENEVA_DECLARATION).build(),
            // S5: the "fifth revision of the UN proposal", put to separate referendums on 24 April
            // 2004; rejected by the Greek Cypriots, it "according to its own terms, became null and
            // void" [SRC36]: proposed by the Secretary-General, never signed, never in force. Its
            // final text was presented at Bürgenstock on 31 March 2004 ("You now have before you a
            // final text") [SRC52].
            Agreement.builder().id(ANNAN_PLAN).name("Annan Plan (Foundation Agreement)").kind(AgreementKind.FULL)
                .conflict(DISPUTE).proposer(SECRETARY_GENERAL).proposed(day(2004, 3, 31)).lapsed(day(2004, 4, 24))
                .source(REFERENDUMS_WIKI).build())
        .addRulings(
            // J1: "recommends the creation, with the consent of the Government of Cyprus, of a
            // United Nations Peacekeeping Force in Cyprus" [SRC03]. Whether it binds is stated by
            // no source reached: its binding force is left unstated.
            Ruling.builder().id(RESOLUTION_186).name("Security Council resolution 186 (1964)")
                .body(SECURITY_COUNCIL).issued(day(1964, 3, 4)).conflict(DISPUTE)
                .addDecisions(new OtherDecision("recommends the creation, with the consent of the Government of"
                    + " Cyprus, of a United Nations Peacekeeping Force in Cyprus"))
                .source(RES_186).build(),
            // J3: the declaration "legally invalid"; binding force CONTESTED (K9, claims K9a and
            // K9b below): Greece argued it obliges states not to recognize, the Council of the
            // European Communities held it "non-binding in nature" [SRC22]. Left unstated here.
            Ruling.builder().id(RESOLUTION_541).name("Security Council resolution 541 (1983)")
                .body(SECURITY_COUNCIL).issued(day(1983, 11, 18)).conflict(DISPUTE)
                .addDecisions(new ClaimDecision(K3_TRNC_SOVEREIGN, ClaimVerdict.WITHOUT_BASIS))
                .source(RES_541).build())
        .addMediators(mediators())
        .addClaims(
            claim("K3", TRNC, RES_541, NOVEMBER_15_1983)
                .addPropositions(new Sovereignty(NORTH, TRNC))
                .heldDuring(FuzzyPeriod.since(NOVEMBER_15_1983)).build(),
            // "Turkish troops have been occupying 37 per cent of Cyprus territory since 1974".
            claim("K4", CYPRUS, CNA_2005, day(2005, 1, 28))
                .quote("Turkish troops have been occupying 37 per cent of Cyprus territory since 1974")
                .addPropositions(new Control(NORTH, TURKEY)).build(),
            // P1 "is the de jure government for the entire island save for the British Sovereign
            // Base Areas" [SRC33]: its claim to the north, held since independence.
            claim("K4b", CYPRUS, BUFFER_ZONE_WIKI, INDEPENDENCE)
                .addPropositions(new Sovereignty(NORTH, CYPRUS))
                .heldDuring(FuzzyPeriod.since(INDEPENDENCE)).build(),
            // G5: the United Kingdom "keeps full sovereignty over 99 square miles" of the island
            // [SRC27], in the source's own voice; not disputed in any source reached.
            Claim.builder().id(ClaimId.of("G5")).source(SPUTNIK_2019).madeAt(day(2019, 7, 15))
                .addPropositions(new Sovereignty(BASE_AREAS, UNITED_KINGDOM)).build(),
            // G6: the "Turkish Invasion Of Cyprus": troops landed near Girne/Kyrenia on 20 July 1974
            // [SRC27], in the source's own voice: an attack of its own day, and a characterization
            // of the landing E8 as an invasion.
            Claim.builder().id(G6_INVASION).source(SPUTNIK_2019).madeAt(day(2019, 7, 15))
                .addPropositions(new Attack(WAR_1974, TURKEY, EventKind.INVASION, Optional.of(CYPRUS),
                    Optional.of(KYRENIA)).at(JULY_20), new Characterization(LANDING, CharacterKind.INVASION))
                .build(),
            // F1: TIME (1975), in its own voice: the north is 40 % "of the country's land" [SRC32],
            // against the recorded 37 % (T4).
            Claim.builder().id(ClaimId.of("F1")).source(TIME).madeAt(Facts.year(1975))
                .quote("40% of the country's land")
                .addPropositions(new FactFigure(NORTH, FigureKind.SHARE, Estimate.exact(40))).build(),
            // K2a: "the 20 July Cyprus Peace Operation", "conducted within the framework of Turkey's
            // rights and obligations stemming from international treaties" [SRC53]: the same landing
            // as a peace operation, which contradicts "invasion" (the Turkish Cypriot page that says
            // "Peace-Keeping Action" [SRC29] is undated and stays out).
            claim("K2a", TURKEY, MFA_QA_42, day(2017, 7, 20))
                .quote("the Peace Operation was conducted within the framework of Turkey's rights and obligations"
                    + " stemming from international treaties")
                .addPropositions(new Characterization(LANDING, CharacterKind.PEACE_OPERATION)).build(),
            // K9: resolution 541's binding force. Greece, in its case against the Council of the
            // European Communities filed on 4 August 1986, argued that it obliges states not to
            // recognize; the Council (25 May 1988) held it "non-binding in nature" [SRC22].
            claim("K9a", GREECE, RES_541_WIKI, day(1986, 8, 4))
                .addPropositions(new Characterization(RESOLUTION_541, CharacterKind.BINDING)).build(),
            claim("K9b", EC_COUNCIL, RES_541_WIKI, day(1988, 5, 25)).quote("non-binding in nature")
                .addPropositions(new Characterization(RESOLUTION_541, CharacterKind.NOT_BINDING)).build(),
            // The UCDP dataset's start of the war, in its own voice: 1974-06-20 [SRC01], a month
            // before any fighting the other sources report; the model records 20 July (SRC06).
            Claim.builder().id(ClaimId.of("G7")).source(UCDP_ACD).madeAt(year(2023))
                .addPropositions(new FactTime(WAR_1974, TimeAspect.STARTED, day(1974, 6, 20))).build(),
            // Karamanlis: Greece "will never recognize the arbitrariness of the Turks" [SRC42].
            claim("K6", GREECE, KATHIMERINI, FuzzyTime.between(NOVEMBER_15_1983, day(1983, 11, 16)))
                .quote("will never recognize the arbitrariness of the Turks")
                .polarity(Polarity.DENIES)
                .addPropositions(new Sovereignty(NORTH, TRNC)).build(),
            // "the number of military violations remained high" (13 December 2023 – 12 June 2024).
            claim("S3b", SECRETARY_GENERAL, S_2024_527, day(2024, 7, 3))
                .quote("the number of military violations remained high")
                .addPropositions(new CeasefireStatus(CEASEFIRE_AUGUST, CeasefireState.VIOLATED)).build(),
            // K10: President Papadopoulos called on 7 April 2004 for a "No" to the Annan Plan [SRC37];
            // the Greek Cypriots rejected it, the Turkish Cypriots approved it on 24 April 2004
            // [SRC36] (the vote in the north read as the TRNC's response).
            claim(K10_NO.value(), CYPRUS, FAMAGUSTA_2025, day(2004, 4, 7))
                .addPropositions(new AgreementResponse(CYPRUS, ANNAN_PLAN, ResponseKind.REJECTS)).build(),
            Claim.builder().id(K10B_TURKISH_CYPRIOT_YES).source(REFERENDUMS_WIKI).madeAt(day(2004, 4, 24))
                .addPropositions(new AgreementResponse(TRNC, ANNAN_PLAN, ResponseKind.ACCEPTS)).build())
        .build();
  }

  private static Party[] parties() {
    return new Party[] {
      Party.builder().id(CYPRUS).name("Republic of Cyprus").kind(PartyKind.STATE)
          .ucdpActorId(53).gleditschWardNumber(352).proclaimed(INDEPENDENCE).build(),
      Party.builder().id(TURKEY).name("Turkey").kind(PartyKind.STATE).ucdpActorId(115).gleditschWardNumber(640).build(),
      party(GREECE, "Greece", PartyKind.STATE),
      party(UNITED_KINGDOM, "United Kingdom", PartyKind.STATE),
      // Proclaimed February 1975 (TIME 1975); replaced by the TRNC on 15 November 1983.
      Party.builder().id(TFSC).name("Turkish Federated State of Cyprus").kind(PartyKind.DE_FACTO_STATE)
          .proclaimed(month(1975, 2)).dissolved(NOVEMBER_15_1983).build(),
      Party.builder().id(TRNC).name("Turkish Republic of Northern Cyprus").addAliases("TRNC")
          .kind(PartyKind.DE_FACTO_STATE).proclaimed(NOVEMBER_15_1983)
          .addSucceeds(Succession.of(TFSC, SuccessionKind.INDEPENDENCE).withDate(NOVEMBER_15_1983)).build(),
      // "under the direction of Greek officers" in July 1974 [SRC06].
      Party.builder().id(NATIONAL_GUARD).name("Cyprus National Guard").kind(PartyKind.GOVERNMENT_BODY)
          .actsFor(CYPRUS).build(),
      person(DENKTAS, "Rauf Denktaş", "Turkish Cypriot leader", TRNC),
      party(SECURITY_COUNCIL, "United Nations Security Council", PartyKind.INTERNATIONAL_ORGANIZATION),
      Party.builder().id(UNFICYP).name("United Nations Peacekeeping Force in Cyprus").addAliases("UNFICYP")
          .kind(PartyKind.PEACEKEEPING_MISSION).actsFor(SECURITY_COUNCIL).build(),
      party(SECRETARY_GENERAL, "United Nations Secretary-General", PartyKind.INTERNATIONAL_ORGANIZATION),
      person(CALLAGHAN, "James Callaghan", "Foreign Secretary", UNITED_KINGDOM),
      party(EC_COUNCIL, "Council of the European Communities", PartyKind.INTERNATIONAL_ORGANIZATION)
    };
  }

  private static Territory[] territories() {
    return new Territory[] {
      Territory.builder().id(ISLAND).name("Cyprus").kind(TerritoryKind.ISLAND).build(),
      // Res. 541 calls on all states "not to recognise any Cypriot state other than the Republic
      // of Cyprus" [SRC21]: the Republic's sovereignty, recognized internationally since 1960.
      Territory.builder().id(REPUBLIC).name("Republic of Cyprus").kind(TerritoryKind.COUNTRY).parent(ISLAND)
          .addSovereignty(SovereigntyStatus.builder().sovereign(CYPRUS).internationallyRecognized(true)
              .period(FuzzyPeriod.since(INDEPENDENCE)).source(RES_541).build())
          .build(),
      // Not within T2. Its British sovereignty is the source's statement (claim G5): a status
      // needs its recognizers, and no source names them.
      Territory.builder().id(BASE_AREAS).name("British Sovereign Base Areas").addAliases("Akrotiri and Dhekelia")
          .kind(TerritoryKind.REGION).parent(ISLAND).build(),
      // Its share of the island, CONTESTED (T4): 37 % [SRC30, 2005], recorded here; 40 % "of the
      // country's land" [SRC32, 1975] is the claim F1. Left out: 36 % [SRC28] and 38 % [SRC29]
      // (sources not in this model) and "nearly 40%" [SRC31] (an unverified forum copy).
      Territory.builder().id(NORTH).name("Northern Cyprus").kind(TerritoryKind.REGION).parent(REPUBLIC)
          .share(new TerritoryShare(ISLAND, Share.percent("37").withWording("37 per cent of Cyprus territory")))
          // "recognized only by Turkey" [SRC22]; "Only Turkey recognises the breakaway Turkish
          // Cypriot state" [SRC40]: exactly one recognizer, since November 1983 (the week of the
          // declaration [SRC32]; the day is not confirmed).
          .addSovereignty(SovereigntyStatus.builder().sovereign(TRNC).addRecognizers(TURKEY)
              .recognizerCount(Estimate.exact(1).withWording("only Turkey"))
              .period(FuzzyPeriod.since(month(1983, 11))).source(AP_2004).build())
          .addSovereignty(SovereigntyStatus.builder().sovereign(CYPRUS).internationallyRecognized(true)
              .period(FuzzyPeriod.since(INDEPENDENCE)).source(RES_541).build())
          // "the limit of the areas occupied by the Turkish armed forces" (S2's own words, signed
          // by Turkey [SRC23]); the lines of 16 August 1974 [SRC09].
          .addControl(ControlStatus.builder().controller(TURKEY).kind(ControlKind.OCCUPIES)
              .period(FuzzyPeriod.since(AUGUST_16)).source(BUFFER_ZONE_PAGE).build())
          .addControl(ControlStatus.builder().controller(TRNC).kind(ControlKind.ADMINISTERS)
              .period(FuzzyPeriod.since(NOVEMBER_15_1983)).source(RES_541).build())
          .build(),
      // Its limits "are the lines where the belligerents stood following the ceasefire of
      // 16 August 1974, as recorded by UNFICYP"; "approximately 180 km across the island" [SRC09].
      // Area, CONTESTED: 346 km² [SRC33], recorded here; "around 350 km²" [SRC34] agrees with it
      // and is not in this model.
      Territory.builder().id(BUFFER_ZONE).name("United Nations Buffer Zone").addAliases("Green Line")
          .kind(TerritoryKind.BORDER_ZONE).parent(REPUBLIC).addAdjacentTo(NORTH, BASE_AREAS)
          .area(Estimate.exact(346))
          .addControl(ControlStatus.builder().controller(UNFICYP).kind(ControlKind.CONTROLS)
              .period(FuzzyPeriod.since(AUGUST_16)).source(MANDATE).build())
          .build(),
      // "under the control of the Turkish military" [SRC09].
      Territory.builder().id(VAROSHA).name("Varosha").kind(TerritoryKind.SETTLEMENTS).parent(NORTH)
          .addControl(ControlStatus.builder().controller(TURKEY).kind(ControlKind.CONTROLS)
              .source(BUFFER_ZONE_PAGE).build())
          .build(),
      // "the seaward extension of the median line of the buffer zone" [SRC19].
      Territory.builder().id(MARITIME_LINES).name("Maritime security lines").kind(TerritoryKind.MARITIME_ZONE)
          .addAdjacentTo(BUFFER_ZONE).build(),
      Territory.builder().id(KYRENIA).name("Kyrenia").addAliases("Girne").kind(TerritoryKind.SETTLEMENTS)
          .parent(NORTH).build()
    };
  }

  private static Conflict[] conflicts() {
    // C1: from the intercommunal violence of December 1963 [SRC04] to now; sides as the sheet
    // names them (the TRNC with Turkey's support; Turkey its only recognizer, R5).
    Side turkishCypriot = Side.builder().label("Turkish Cypriot side").addPrimaries(TRNC)
        .addSupporters(Supporter.builder().party(TURKEY).type(SupportType.TROOPS)
            .period(FuzzyPeriod.since(NOVEMBER_15_1983)).build())
        .build();
    return new Conflict[] {
      Conflict.builder().id(DISPUTE).name("Cyprus dispute").incompatibility(Incompatibility.TERRITORY)
          .addSides(side("Republic of Cyprus", CYPRUS), turkishCypriot)
          .addTerritoriesAtStake(NORTH).period(FuzzyPeriod.since(month(1963, 12)))
          .addSources(MANDATE).build(),
      // C3: UCDP 323, interstate, war, territory "Northern Cyprus", ep_end_date 1974-08-16. The
      // start is CONTESTED: UCDP 1974-06-20 against 20 July 1974 in every other source; the period
      // follows SRC06 and the dataset's date is its claim G7.
      Conflict.builder().id(WAR_1974).name("1974 war in Cyprus").parent(DISPUTE)
          .type(ConflictType.INTERSTATE).incompatibility(Incompatibility.TERRITORY)
          .addSides(side("Republic of Cyprus", CYPRUS), side("Turkey", TURKEY))
          .addTerritoriesAtStake(NORTH).period(FuzzyPeriod.of(JULY_20, AUGUST_16))
          .intensity(Intensity.WAR).putIntensityByYear(1974, Intensity.WAR).outcome(Outcome.CEASEFIRE)
          .addSources(UCDP_ACD, SUMMER_1974).build()
    };
  }

  private static Event[] events() {
    return new Event[] {
      Event.builder().id(COUP).conflict(DISPUTE).kind(EventKind.COUP).time(day(1974, 7, 15))
          .addParticipants(NATIONAL_GUARD)
          .description("coup d'état by the National Guard under the direction of Greek officers against the"
              + " government headed by President Makarios")
          .source(SUMMER_1974).build(),
      Event.builder().id(LANDING).conflict(WAR_1974).kind(EventKind.LANDING).time(JULY_20)
          .addPlaces(KYRENIA).addParticipants(TURKEY)
          .description("Turkish military operation on the north coast, invoking the Treaty of Guarantee of 1960")
          .source(SUMMER_1974).build(),
      Event.builder().id(FIGHTING_RESUMES).conflict(WAR_1974).kind(EventKind.CLASH).time(day(1974, 7, 23))
          .description("fighting resumed, especially in the vicinity of Nicosia International Airport")
          .source(SUMMER_1974).build(),
      Event.builder().id(ADVANCE).conflict(WAR_1974).kind(EventKind.ATTACK).time(day(1974, 8, 14))
          .addPlaces(NORTH).addParticipants(TURKEY)
          .description("Turkish troops advance after the Geneva talks break down")
          .source(FACTS_ON_FILE).build(),
      Event.builder().id(TFSC_PROCLAIMED).conflict(DISPUTE).kind(EventKind.PROCLAMATION).time(month(1975, 2))
          .addParticipants(TFSC).description("the Turkish Federated State of Cyprus proclaimed").source(TIME).build(),
      // "the declaration by the Turkish Cypriot authorities issued on 15 November 1983 which
      // purports to create an independent state in northern Cyprus" [SRC21].
      Event.builder().id(TRNC_PROCLAIMED).conflict(DISPUTE).kind(EventKind.PROCLAMATION).time(NOVEMBER_15_1983)
          .addPlaces(NORTH).addParticipants(TRNC)
          .description("the Turkish Cypriot authorities declare an independent state in northern Cyprus")
          .source(RES_541).build(),
      // E19: "separate simultaneous referendums" on the Annan Plan [SRC36]. The results, one per
      // source, keep each source's figures: the Greek Cypriots' "no" is 75.83 % [SRC36], 75.38 %
      // [SRC39] or "76 percent" [SRC40]; the Turkish Cypriots' "no" 35.09 % [SRC36] or 35.01 % [SRC37].
      Event.builder().id(REFERENDUM_GREEK_CYPRIOT).conflict(DISPUTE).kind(EventKind.REFERENDUM).time(day(2004, 4, 24))
          .addPlaces(REPUBLIC).addParticipants(CYPRUS)
          .description("Greek Cypriot referendum on the Annan Plan: rejected")
          .addResults(
              VoteResult.builder().yesShare(Share.percent("24.17")).noShare(Share.percent("75.83"))
                  .turnout(Share.percent("89.18")).source(REFERENDUMS_WIKI).build(),
              VoteResult.builder().yesVotes(Estimate.exact(99_976)).noVotes(Estimate.exact(313_704))
                  .source(FAMAGUSTA_2025).build(),
              VoteResult.builder().noShare(Share.percent("75.38")).turnout(Share.percent("89.18"))
                  .source(ANNAN_PLAN_WIKI).build(),
              VoteResult.builder().noShare(Share.percent("76").withWording("76 percent")).source(AP_2004).build())
          .source(REFERENDUMS_WIKI).build(),
      Event.builder().id(REFERENDUM_TURKISH_CYPRIOT).conflict(DISPUTE).kind(EventKind.REFERENDUM)
          .time(day(2004, 4, 24)).addPlaces(NORTH).addParticipants(TRNC)
          .description("Turkish Cypriot referendum on the Annan Plan: approved")
          .addResults(
              VoteResult.builder().yesShare(Share.percent("64.91")).noShare(Share.percent("35.09"))
                  .turnout(Share.percent("87.00")).source(REFERENDUMS_WIKI).build(),
              VoteResult.builder().yesShare(Share.percent("64.91")).noShare(Share.percent("35.01"))
                  .source(FAMAGUSTA_2025).build(),
              VoteResult.builder().yesShare(Share.percent("64.91")).turnout(Share.percent("87.00"))
                  .source(ANNAN_PLAN_WIKI).build())
          .source(REFERENDUMS_WIKI).build()
    };
  }

  private static Mediator[] mediators() {
    return new Mediator[] {
      // Operational 27 March 1964 at 05:00 [SRC10]; ongoing. Its strength, each figure with the
      // date its source gives (M1), military and police together. Left out: the planned 7,000 and
      // S/5679's "30 October 1964" (a date the report cannot have) [SRC10]; the Country Study's
      // "about 4,500 from 1965 to 1968" and the like, figures for spans of years [SRC20]; the wiki
      // copy's 1,247 of 4 May 2004 [SRC44].
      Mediator.builder().id(PEACEKEEPING).party(UNFICYP).role(MediatorRole.PEACEKEEPER).conflict(DISPUTE)
          .period(FuzzyPeriod.since(UNFICYP_OPERATIONAL))
          .addStrengths(
              strength(6_411, "6,238 military and 173 civilian police", day(1964, 6, 8), S_5950),
              strength(6_160, "5,987 military and 173 civilian police", day(1964, 9, 8), S_5950),
              strength(2_328, "2,292 troops and 36 civilian police", month(1985, 12), UN_CHRONICLE_1985),
              strength(1_230, "1,230", day(2005, 1, 28), CNA_2005),
              strength(913, "853 military, 60 police", day(2006, 11, 15), S_2006_931),
              strength(922, "856 military, 66 police", day(2007, 11, 15), S_2007_699),
              strength(922, "853 military, 69 police", day(2008, 5, 15), S_2008_353),
              strength(927, "859 military, 68 police", day(2013, 6, 20), S_2013_392),
              strength(868, "800 military and 68 police", day(2024, 6, 12), S_2024_527))
          .source(S_2024_527).build(),
      guarantor(TURKEY_GUARANTOR, TURKEY),
      guarantor(GREECE_GUARANTOR, GREECE),
      guarantor(UK_GUARANTOR, UNITED_KINGDOM),
      // "mediator at the talks in Geneva" in August 1974 [SRC25].
      Mediator.builder().id(CALLAGHAN_MEDIATOR).party(CALLAGHAN).role(MediatorRole.MEDIATOR).conflict(WAR_1974)
          .period(FuzzyPeriod.at(month(1974, 8))).source(FACTS_ON_FILE).build()
    };
  }

  private static ForceStrength strength(long size, String wording, FuzzyTime asOf, SourceId source) {
    return new ForceStrength(Estimate.exact(size).withWording(wording), asOf, source);
  }

  /** R1, M2: a guarantor under the Treaty of Guarantee signed at Nicosia on 16 August 1960 [SRC03, SRC04]. */
  private static Mediator guarantor(MediatorId id, PartyId party) {
    return Mediator.builder().id(id).party(party).role(MediatorRole.GUARANTOR).conflict(DISPUTE)
        .agreement(TREATY_OF_GUARANTEE).period(FuzzyPeriod.since(INDEPENDENCE)).source(MANDATE).build();
  }
}
