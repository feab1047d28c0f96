package dev.disputemodel.examples;

import static dev.disputemodel.examples.Facts.claim;
import static dev.disputemodel.examples.Facts.day;
import static dev.disputemodel.examples.Facts.month;
import static dev.disputemodel.examples.Facts.party;
import static dev.disputemodel.examples.Facts.person;
import static dev.disputemodel.examples.Facts.side;
import static dev.disputemodel.examples.Facts.source;
import static dev.disputemodel.examples.Facts.year;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.AgreementStage;
import dev.disputemodel.AgreementStatus;
import dev.disputemodel.BoundaryDecision;
import dev.disputemodel.ChainLink;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ControlDecision;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.FactFigure;
import dev.disputemodel.FigureKind;
import dev.disputemodel.Share;
import dev.disputemodel.Succession;
import dev.disputemodel.SuccessionKind;
import dev.disputemodel.VoteResult;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.OtherDecision;
import dev.disputemodel.OtherProvision;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.ProceduralDecision;
import dev.disputemodel.Procedure;
import dev.disputemodel.ResponseKind;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
import dev.disputemodel.RulingResponse;
import dev.disputemodel.Side;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyDecision;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Guyana–Venezuela (Essequibo): the arbitral award of 3 October 1899 under the 1897 Treaty of
 * Washington, Venezuela's rejection of it from February 1962, the Geneva Agreement of
 * 17 February 1966 and the Port of Spain Protocol, Guyana's independence, the ICJ case (judgments
 * of 2020 and 2023, provisional measures of 2023 and 2025), the Ankoko incursion and Venezuela's
 * 2024 law; every item from {@code examples/facts/essequibo-facts.md}, whose ids the model's ids
 * repeat. A dispute without an armed conflict: the conflict has no period and no intensity.
 */
public final class Essequibo {
  private Essequibo() {}

  // ---------------------------------------------------------------- sources

  /** SRC03 ICJ, judgment of 18 December 2020 (jurisdiction). */
  public static final SourceId ICJ_2020 = SourceId.of("SRC03");
  /** SRC04 Matrix Chambers (counsel for Guyana), December 2020. */
  public static final SourceId MATRIX = SourceId.of("SRC04");
  /** SRC05 International Legal Materials 60(6) (2021), abstract of the 2020 judgment on jurisdiction. */
  public static final SourceId ILM_2021 = SourceId.of("SRC05");
  /** SRC06 ICJ, order of 1 December 2023. */
  public static final SourceId ICJ_2023_ORDER = SourceId.of("SRC06");
  /** SRC09 AJIL note on the judgment of 6 April 2023. */
  public static final SourceId AJIL_2023 = SourceId.of("SRC09");
  /** SRC11 teleSUR, 3 December 2023 (referendum). */
  public static final SourceId TELESUR_2023 = SourceId.of("SRC11");
  /** SRC12 teleSUR, 4 December 2023 (the referendum's results). */
  public static final SourceId TELESUR_RESULTS = SourceId.of("SRC12");
  /** SRC16 Joint Declaration of Argyle, 14 December 2023. */
  public static final SourceId ARGYLE = SourceId.of("SRC16");
  /** SRC17 Orinoco Tribune, 4 and 5 April 2024 (the organic law). */
  public static final SourceId ORINOCO_2024 = SourceId.of("SRC17");
  /** SRC22 Department of Public Information, Guyana, 1 May 2025. */
  public static final SourceId DPI_2025 = SourceId.of("SRC22");
  /** SRC28 AFP via Mixed Times, May 2025 (the vote of 25 May 2025). */
  public static final SourceId AFP_2025 = SourceId.of("SRC28");
  /** SRC29 VI News, 27 May 2025. */
  public static final SourceId VI_NEWS_2025 = SourceId.of("SRC29");
  /** SRC44 Reuters via Maritime Executive, "Guyana Lashes Back Over Disputed Maritime Territory", 8 June 2015. */
  public static final SourceId REUTERS_2015 = SourceId.of("SRC44");
  /** SRC45 Atlanta Black Star (Odeen Ishmael), on Venezuela's Decree 1787, 8 June 2015. */
  public static final SourceId ISHMAEL_2015 = SourceId.of("SRC45");
  /** SRC49 Sputnik Brasil, 8 January 2021. */
  public static final SourceId SPUTNIK_2021 = SourceId.of("SRC49");
  /** SRC31 Odeen Ishmael, The Guyana Story, chapters 86 and 181. */
  public static final SourceId ISHMAEL_STORY = SourceId.of("SRC31");
  /** SRC32 Odeen Ishmael, post-independence history, chapters 8 and 27. */
  public static final SourceId ISHMAEL_AFTER = SourceId.of("SRC32");
  /** SRC33 Guyana Times, "The Venezuelan border controversy". */
  public static final SourceId GUYANA_TIMES = SourceId.of("SRC33");
  /** SRC34 Venezuela's memorandum on Guyana's application (contents). */
  public static final SourceId VENEZUELA_MEMORANDUM = SourceId.of("SRC34");
  /** SRC35 COVRI White Paper, 9 December 2020 (contents). */
  public static final SourceId WHITE_PAPER = SourceId.of("SRC35");
  /** SRC36 UN Treaty Series No. 8192, the Geneva Agreement. */
  public static final SourceId UNTS_8192 = SourceId.of("SRC36");
  /** SRC38 the Port of Spain Protocol, Spanish Wikisource text with its UN registration. */
  public static final SourceId PORT_OF_SPAIN_TEXT = SourceId.of("SRC38");
  /** SRC39 Wikipedia, "Port of Spain Protocol" (English article). */
  public static final SourceId PORT_OF_SPAIN_WIKI = SourceId.of("SRC39");
  /** SRC40 Kaieteur News, "Ankoko Island" (APNU column quoting President Granger), 25 October 2015. */
  public static final SourceId KAIETEUR_2015 = SourceId.of("SRC40");
  /** SRC48 Pensando Américas, "Guayana Esequiba" (2015). */
  public static final SourceId PENSANDO_AMERICAS = SourceId.of("SRC48");
  /** SRC41 Guyana Times, "Remember Ankoko!" (undated editorial). */
  public static final SourceId REMEMBER_ANKOKO = SourceId.of("SRC41");
  /** SRC42 OilNOW, 3 October 2023 (Guyana government statement). */
  public static final SourceId OILNOW_2023 = SourceId.of("SRC42");
  /** SRC43 Guyana High Commission in South Africa, 26 November 2023. */
  public static final SourceId GUYANA_HC = SourceId.of("SRC43");

  // ---------------------------------------------------------------- parties

  /** P1 Venezuela. */
  public static final PartyId VENEZUELA = PartyId.of("P1");
  /** P2 United Kingdom. */
  public static final PartyId UNITED_KINGDOM = PartyId.of("P2");
  /** P3 British Guiana, a colony, until 26 May 1966. */
  public static final PartyId BRITISH_GUIANA = PartyId.of("P3");
  /** P4 Guyana, a state since 26 May 1966. */
  public static final PartyId GUYANA = PartyId.of("P4");
  /** P5 the Arbitral Tribunal of 1899 (Paris). */
  public static final PartyId TRIBUNAL = PartyId.of("P5");
  /** P6 International Court of Justice. */
  public static final PartyId ICJ = PartyId.of("P6");
  /** P7 UN Secretary-General. */
  public static final PartyId SECRETARY_GENERAL = PartyId.of("P7");
  /** P8 the Mixed Commission of the Geneva Agreement. */
  public static final PartyId MIXED_COMMISSION = PartyId.of("P8");
  /** P10a Sir Patrick Dean, UK representative (1962). */
  public static final PartyId DEAN = PartyId.of("P10a");
  /** P14 "Guayana Esequiba State", created by Venezuela's law of 2024. */
  public static final PartyId GUAYANA_ESEQUIBA = PartyId.of("P14");
  /** P14a Neil Villamizar, elected its "governor" on 25 May 2025. */
  public static final PartyId VILLAMIZAR = PartyId.of("P14a");

  // ---------------------------------------------------------------- territories

  /** T1 Essequibo, the land west of the Essequibo River. */
  public static final TerritoryId ESSEQUIBO = TerritoryId.of("T1");
  /** T2 Guyana. */
  public static final TerritoryId GUYANA_LAND = TerritoryId.of("T2");
  /** T3 Venezuela. */
  public static final TerritoryId VENEZUELA_LAND = TerritoryId.of("T3");
  /** T6 the maritime zone off Essequibo, where the Stabroek Block lies. */
  public static final TerritoryId MARITIME_ZONE = TerritoryId.of("T6");
  /** T5 Ankoko Island. */
  public static final TerritoryId ANKOKO = TerritoryId.of("T5");
  /** T6s the Stabroek Block, ExxonMobil's concession in T6, the maritime zone off Essequibo. */
  public static final TerritoryId STABROEK = TerritoryId.of("T6s");
  /** T5e the eastern half of Ankoko, Guyana's by the 1905 demarcation. */
  public static final TerritoryId ANKOKO_EAST = TerritoryId.of("T5e");

  // ---------------------------------------------------------------- conflict, events, accords, rulings

  /** C1 the boundary controversy. */
  public static final ConflictId CONTROVERSY = ConflictId.of("C1");

  /** E9 Venezuelan occupation of the eastern half of Ankoko, October 1966. */
  public static final EventId ANKOKO_OCCUPATION = EventId.of("E9");
  /** E10 the Venezuelan army fires on the Guyanese outpost at Eteringbang, 21 February 1970. */
  public static final EventId ETERINGBANG = EventId.of("E10");
  /** E23 Venezuela's consultative referendum, 3 December 2023. */
  public static final EventId REFERENDUM_2023 = EventId.of("E23");
  /** E29 Venezuela's vote for "Guayana Esequiba", 25 May 2025. */
  public static final EventId ELECTION_2025 = EventId.of("E29");

  /** S1 Treaty of Washington, 1897. */
  public static final AgreementId TREATY_OF_WASHINGTON = AgreementId.of("S1");
  /** S2 Geneva Agreement, 17 February 1966. */
  public static final AgreementId GENEVA_AGREEMENT = AgreementId.of("S2");
  /** S3 Port of Spain Protocol, 18 June 1970. */
  public static final AgreementId PORT_OF_SPAIN = AgreementId.of("S3");
  /** S4 Joint Declaration of Argyle, 14 December 2023. */
  public static final AgreementId ARGYLE_DECLARATION = AgreementId.of("S4");

  /** J1 the Arbitral Award of 3 October 1899. */
  public static final RulingId AWARD_1899 = RulingId.of("J1");
  /** J3 ICJ judgment on jurisdiction, 18 December 2020. */
  public static final RulingId JUDGMENT_2020 = RulingId.of("J3");
  /** J4 ICJ judgment on Venezuela's preliminary objection, 6 April 2023. */
  public static final RulingId JUDGMENT_2023 = RulingId.of("J4");
  /** J5 ICJ order on provisional measures, 1 December 2023. */
  public static final RulingId ORDER_2023 = RulingId.of("J5");
  /** J6 ICJ order of 1 May 2025. */
  public static final RulingId ORDER_2025 = RulingId.of("J6");

  /** M1 the tribunal as arbitrator. */
  public static final MediatorId ARBITRATION = MediatorId.of("M1");

  /**
   * M4 the third parties of the Argyle declaration (S4), as its text names them [SRC16]: the two
   * facilitators and Brazil's envoy as principal interlocutors, the Secretary-General's two
   * observers, and the six other CARICOM prime ministers "also present", its witnesses. Each row:
   * party id, name, office, role; the mediator's id is {@code M4} and the party id's letter.
   */
  static final List<List<String>> ARGYLE_THIRD_PARTIES = List.of(
      List.of("P11a", "Ralph Gonsalves", "Prime Minister of Saint Vincent and the Grenadines, pro tempore"
          + " President of CELAC", "FACILITATOR"),
      List.of("P11b", "Roosevelt Skerrit", "Prime Minister of Dominica, Chairman of CARICOM", "FACILITATOR"),
      List.of("P11c", "Celso Amorim", "Special Adviser and Personal Envoy of the President of Brazil", "FACILITATOR"),
      List.of("P11d", "Earle Courtenay Rattray", "Chef de Cabinet of the Secretary-General", "OBSERVER"),
      List.of("P11e", "Miroslav Jenča", "Under-Secretary-General for Political and Peacebuilding Affairs", "OBSERVER"),
      List.of("P11f", "Philip Davis", "Prime Minister of The Bahamas", "WITNESS"),
      List.of("P11g", "Mia Amor Mottley", "Prime Minister of Barbados", "WITNESS"),
      List.of("P11h", "Dickon Mitchell", "Prime Minister of Grenada", "WITNESS"),
      List.of("P11i", "Philip J. Pierre", "Prime Minister of Saint Lucia", "WITNESS"),
      List.of("P11j", "Terrence Drew", "Prime Minister of Saint Kitts and Nevis", "WITNESS"),
      List.of("P11k", "Keith Rowley", "Prime Minister of Trinidad and Tobago", "WITNESS"));

  /** K1a Guyana: Venezuela accepted the award for over six decades. */
  public static final ClaimId K1A_ACCEPTED = ClaimId.of("K1a");
  /** K1b Venezuela's white paper: it always protested the award. */
  public static final ClaimId K1B_PROTESTED = ClaimId.of("K1b");
  /** K2 Venezuela, since February 1962: the award is null and void; the territory is Venezuelan. */
  public static final ClaimId K2_NULL_AND_VOID = ClaimId.of("K2");
  /** K3 the United Kingdom (Dean, 19 September 1962): the boundary was settled by the award. */
  public static final ClaimId K3_UK_SETTLED = ClaimId.of("K3");
  /** K4 Venezuela (December 2020): it condemns the judgment on jurisdiction. */
  public static final ClaimId K4_NO_JURISDICTION = ClaimId.of("K4");
  /** K10 Guyana, since independence: the award is valid and binding. */
  public static final ClaimId K10_GUYANA_VALID = ClaimId.of("K10");
  /** K17 Wikipedia: the Port of Spain Protocol was never in force ("Never enforced"). */
  public static final ClaimId K17_NEVER_IN_FORCE = ClaimId.of("K17");

  // ---------------------------------------------------------------- times

  /** 3 October 1899, the award [SRC03, SRC42]. */
  public static final FuzzyTime AWARD_DAY = day(1899, 10, 3);
  /** February 1962, Venezuela's memorandum [SRC33]. */
  public static final FuzzyTime FEBRUARY_1962 = month(1962, 2);
  /** 26 May 1966, Guyana's independence [SRC37]. */
  public static final FuzzyTime INDEPENDENCE = day(1966, 5, 26);

  private static final DisputeModel MODEL = build();

  /** Returns the Essequibo model: immutable, built once. */
  public static DisputeModel model() {
    return MODEL;
  }

  private static DisputeModel build() {
    return DisputeModel.builder()
        .addSources(
            source(ICJ_2020, SourceKind.OFFICIAL_STATEMENT, "Arbitral Award of 3 October 1899 (Guyana v. Venezuela),"
                + " Jurisdiction of the Court, Judgment", day(2020, 12, 18), "I.C.J. Reports 2020, p. 455"),
            source(MATRIX, SourceKind.OTHER, "International Court of Justice rules in favour of Guyana in dispute with"
                + " Venezuela (Matrix Chambers)", month(2020, 12), "counsel for Guyana"),
            source(ICJ_2023_ORDER, SourceKind.OFFICIAL_STATEMENT, "ICJ, Order of 1 December 2023 (provisional measures)",
                day(2023, 12, 1), "document 171-20231201-ORD-01-00-EN"),
            source(AJIL_2023, SourceKind.RESEARCH, "AJIL note on the judgment of 6 April 2023",
                "doi 10.1017/ajil.2025.2 (abstract)"),
            source(TELESUR_2023, SourceKind.NEWS_REPORT, "Venezuelans in Near Consensus on Essequibo Referendum"
                + " (teleSUR)", day(2023, 12, 3), "Venezuelan state-funded"),
            source(TELESUR_RESULTS, SourceKind.NEWS_REPORT, "Venezuelan Authority Presents Essequibo Referendum"
                + " Results (teleSUR)", day(2023, 12, 4), "Venezuelan state-funded"),
            source(ILM_2021, SourceKind.RESEARCH, "Arbitral Award of Oct. 3, 1899 (Guy. v. Venez.) (Decision on"
                + " Jurisdiction) (I.C.J.), International Legal Materials 60(6)", year(2021), "pp. 1112-1162, abstract"),
            source(ARGYLE, SourceKind.OFFICIAL_STATEMENT, "Joint Declaration of Argyle for Dialogue and Peace between"
                + " Guyana and Venezuela", day(2023, 12, 14), "full text on newsroom.gy"),
            source(ORINOCO_2024, SourceKind.NEWS_REPORT, "Venezuela promulgates Organic Law for the Defense of Guayana"
                + " Esequiba (Orinoco Tribune)", day(2024, 4, 4), "pro-Venezuelan-government"),
            source(DPI_2025, SourceKind.OFFICIAL_STATEMENT, "International Court of Justice orders Venezuela to refrain"
                + " from elections in Guyana's territory (DPI Guyana)", day(2025, 5, 1), "a party's statement"),
            source(AFP_2025, SourceKind.NEWS_REPORT, "Venezuela elects representatives for Guyana-administered"
                + " Essequibo (AFP via Mixed Times)", month(2025, 5), "mixedtimes.com"),
            source(VI_NEWS_2025, SourceKind.NEWS_REPORT, "Venezuela holds election in Essequibo region, escalating"
                + " tensions with Guyana (VI News)", day(2025, 5, 27), "vinews.org"),
            source(REUTERS_2015, SourceKind.NEWS_REPORT, "Guyana Lashes Back Over Disputed Maritime Territory (Reuters"
                + " via Maritime Executive)", day(2015, 6, 8), "maritime-executive.com"),
            source(ISHMAEL_2015, SourceKind.NEWS_REPORT, "The Atlantic Coast of Venezuela Now Includes Sovereignty Over"
                + " Guyana's Territorial Waters (Atlanta Black Star, Odeen Ishmael)", day(2015, 6, 8),
                "atlantablackstar.com"),
            source(SPUTNIK_2021, SourceKind.NEWS_REPORT, "Maduro assina decreto sobre território marítimo que inclui"
                + " região disputada com a Guiana (Sputnik Brasil)", day(2021, 1, 8), "noticiabrasil.net.br"),
            source(ISHMAEL_STORY, SourceKind.RESEARCH, "Odeen Ishmael, The Guyana Story, chapters 86 and 181",
                "guyana.org"),
            source(ISHMAEL_AFTER, SourceKind.RESEARCH, "Odeen Ishmael, post-independence history, chapters 8 and 27",
                "guyananews.org"),
            source(GUYANA_TIMES, SourceKind.NEWS_REPORT, "The Venezuelan border controversy (Guyana Times)",
                "published after January 2018"),
            source(VENEZUELA_MEMORANDUM, SourceKind.OFFICIAL_STATEMENT, "Memorandum of the Bolivarian Republic of"
                + " Venezuela on the Application filed by Guyana on March 29th, 2018", "contents read"),
            source(WHITE_PAPER, SourceKind.OTHER, "Venezuelan Council on Foreign Relations, White Paper", day(2020, 12, 9),
                "partisan (Venezuelan), contents read"),
            source(UNTS_8192, SourceKind.OFFICIAL_STATEMENT, "Agreement to resolve the controversy over the frontier"
                + " between Venezuela and British Guiana (UN Treaty Series No. 8192)", "registered 5 May 1966"),
            source(PORT_OF_SPAIN_TEXT, SourceKind.OFFICIAL_STATEMENT, "Protocolo de Puerto España (Wikisource, with"
                + " UN registration No. I-11410)", "transcribed"),
            source(PORT_OF_SPAIN_WIKI, SourceKind.OTHER, "Wikipedia, Port of Spain Protocol",
                "en.wikipedia.org/wiki/Port_of_Spain_Protocol"),
            source(REMEMBER_ANKOKO, SourceKind.NEWS_REPORT, "Remember Ankoko! (Guyana Times)", "undated editorial"),
            source(KAIETEUR_2015, SourceKind.NEWS_REPORT, "Ankoko Island (Kaieteur News)", day(2015, 10, 25),
                "APNU column quoting President Granger (partisan column)"),
            source(PENSANDO_AMERICAS, SourceKind.OTHER, "Guayana Esequiba (Pensando Américas)", year(2015),
                "partisan (pro-Venezuelan)"),
            source(OILNOW_2023, SourceKind.NEWS_REPORT, "Guyana commemorates 124th anniversary of land boundary arbitral"
                + " award (OilNOW)", day(2023, 10, 3), "quotes the Government of Guyana"),
            source(GUYANA_HC, SourceKind.OFFICIAL_STATEMENT, "1899 Arbitral Award upholds principles of peace, justice"
                + " (Guyana High Commission in South Africa)", day(2023, 11, 26), "partisan (Guyana)"))
        .addParties(
            party(VENEZUELA, "Venezuela", PartyKind.STATE),
            party(UNITED_KINGDOM, "United Kingdom", PartyKind.STATE),
            // a colony whose government was consulted on and signed the Geneva Agreement [SRC36].
            Party.builder().id(BRITISH_GUIANA).name("British Guiana").kind(PartyKind.OTHER)
                .dissolved(INDEPENDENCE).build(),
            // independent on 26 May 1966, succeeding the colony [SRC37].
            Party.builder().id(GUYANA).name("Guyana").addAliases("Co-operative Republic of Guyana")
                .kind(PartyKind.STATE).proclaimed(INDEPENDENCE)
                .addSucceeds(Succession.of(BRITISH_GUIANA, SuccessionKind.INDEPENDENCE).withDate(INDEPENDENCE)).build(),
            // constituted under the 1897 treaty, dissolved after the award (years) [SRC31].
            Party.builder().id(TRIBUNAL).name("Arbitral Tribunal of 1899").kind(PartyKind.COURT_OR_TRIBUNAL)
                .proclaimed(year(1897)).dissolved(year(1899)).build(),
            party(ICJ, "International Court of Justice", PartyKind.COURT_OR_TRIBUNAL),
            party(SECRETARY_GENERAL, "United Nations Secretary-General", PartyKind.INTERNATIONAL_ORGANIZATION),
            // 1966–1970; its final report signed 18 June 1970 [SRC32].
            Party.builder().id(MIXED_COMMISSION).name("Mixed Commission of the Geneva Agreement")
                .kind(PartyKind.COMMISSION).proclaimed(year(1966)).dissolved(day(1970, 6, 18)).build(),
            person(DEAN, "Sir Patrick Dean", "UK representative at the United Nations", UNITED_KINGDOM),
            // created on paper by the law promulgated on 3 April 2024 [SRC17].
            Party.builder().id(GUAYANA_ESEQUIBA).name("Guayana Esequiba State").kind(PartyKind.GOVERNMENT_BODY)
                .actsFor(VENEZUELA).proclaimed(day(2024, 4, 3)).build(),
            person(VILLAMIZAR, "Neil Villamizar", "Governor of \"Guayana Esequiba\" (elected 25 May 2025)",
                GUAYANA_ESEQUIBA))
        .addAllParties(argyleParties())
        .addTerritories(
            Territory.builder().id(GUYANA_LAND).name("Guyana").kind(TerritoryKind.COUNTRY).build(),
            Territory.builder().id(VENEZUELA_LAND).name("Venezuela").kind(TerritoryKind.COUNTRY).build(),
            // Within Guyana by the award and Guyana's claim; Venezuela claims it (K2).
            // "160,000 square kilometers" [SRC28]; "more than two-thirds of Guyana's land territory"
            // [SRC07] and the like are not recorded as a share (the sources in this model do not
            // give them), nor the unreliable "159,500" [SRC56].
            Territory.builder().id(ESSEQUIBO).name("Essequibo").addAliases("Guayana Esequiba")
                .kind(TerritoryKind.REGION).parent(GUYANA_LAND)
                .area(Estimate.exact(160_000).withWording("160,000 square kilometers"))
                // the Court found that Guyana "administers and exercises control over that area"
                // (order of 1 December 2023, quoted by SRC22); since when is not stated.
                .addControl(ControlStatus.builder().controller(GUYANA).kind(ControlKind.ADMINISTERS)
                    .source(DPI_2025).build())
                // G2: "internationally recognized as part of Guyana" [SRC29], a news assertion with
                // no count, list or period.
                .addSovereignty(SovereigntyStatus.builder().sovereign(GUYANA).internationallyRecognized(true)
                    .source(VI_NEWS_2025).build())
                // Venezuela's own view since February 1962 (K2) [SRC33].
                .addSovereignty(SovereigntyStatus.builder().sovereign(VENEZUELA).addRecognizers(VENEZUELA)
                    .period(FuzzyPeriod.since(FEBRUARY_1962)).source(GUYANA_TIMES).build())
                .build(),
            // "the 7-km² Ankoko Island" [SRC40, quoting President Granger], divided by the 1905
            // demarcation [SRC41].
            Territory.builder().id(ANKOKO).name("Ankoko Island").kind(TerritoryKind.ISLAND)
                .area(Estimate.exact(7).withWording("7-km²")).build(),
            // T6: the sea off Essequibo, with the Stabroek Block, ExxonMobil's concession [SRC44,
            // SRC45]; no sovereignty or control is recorded as fact.
            Territory.builder().id(MARITIME_ZONE).name("Maritime zone off Essequibo").kind(TerritoryKind.MARITIME_ZONE)
                .addAdjacentTo(ESSEQUIBO).build(),
            // T6s: the Stabroek Block, in the sea off Essequibo [SRC44, SRC45]. Its area, CONTESTED:
            // "26.800 Km2" [SRC48] or "23,000 square kilometers" [SRC45]; no figure is recorded, each
            // is a source's claim (F1, F2).
            Territory.builder().id(STABROEK).name("Stabroek Block").kind(TerritoryKind.MARITIME_ZONE)
                .parent(MARITIME_ZONE).build(),
            Territory.builder().id(ANKOKO_EAST).name("Eastern half of Ankoko Island").kind(TerritoryKind.REGION)
                .parent(ANKOKO)
                // "the eastern half belonging to Guyana" [SRC41]; occupied by Venezuela since
                // October 1966 [SRC32, SRC41].
                .addSovereignty(SovereigntyStatus.builder().sovereign(GUYANA).addRecognizers(GUYANA)
                    .source(REMEMBER_ANKOKO).build())
                .addControl(ControlStatus.builder().controller(VENEZUELA).kind(ControlKind.OCCUPIES)
                    .period(FuzzyPeriod.since(month(1966, 10))).source(ISHMAEL_AFTER).build())
                .build())
        .addConflicts(
            // No armed conflict between the states in UCDP [SRC01]: no period, type or intensity.
            Conflict.builder().id(CONTROVERSY).name("Guyana–Venezuela boundary controversy")
                .incompatibility(Incompatibility.TERRITORY)
                .addSides(side("Venezuela", VENEZUELA),
                    Side.builder().label("British Guiana and Guyana").addPrimaries(UNITED_KINGDOM, GUYANA).build())
                .addTerritoriesAtStake(ESSEQUIBO).addSources(ICJ_2020).build())
        .addEvents(
            Event.builder().id(ANKOKO_OCCUPATION).conflict(CONTROVERSY).kind(EventKind.OCCUPATION)
                .time(month(1966, 10)).addPlaces(ANKOKO_EAST).addParticipants(VENEZUELA)
                .description("Venezuelan troops and civilians occupy the Guyanese half of Ankoko Island and build an"
                    + " airstrip").source(ISHMAEL_AFTER).build(),
            Event.builder().id(ETERINGBANG).conflict(CONTROVERSY).kind(EventKind.ATTACK).time(day(1970, 2, 21))
                .addParticipants(VENEZUELA)
                .description("the Venezuelan army attacked a Guyana military outpost at Eteringbang near to Ankoko"
                    + " Island").source(ISHMAEL_AFTER).build(),
            // E23: five questions [SRC11]; each result is question 1's ("reject ... the fraudulent
            // imposition of the Paris Arbitral Award of 1899"): preliminary, "based on 10.5 million
            // votes counted", 97.83 % yes [SRC11]; final, 10,193,142 yes (97.99 %) and 209,600 no
            // (2.01 %) [SRC12]. A result has no question, so the other four questions' figures are
            // left out (misfit).
            Event.builder().id(REFERENDUM_2023).conflict(CONTROVERSY).kind(EventKind.REFERENDUM)
                .time(day(2023, 12, 3)).addPlaces(VENEZUELA_LAND).addParticipants(VENEZUELA)
                .description("Venezuela's consultative referendum on Guayana Esequiba (five questions); results of"
                    + " question 1, rejecting the 1899 award")
                .addResults(
                    VoteResult.builder().yesShare(Share.percent("97.83")).source(TELESUR_2023).build(),
                    VoteResult.builder().yesVotes(Estimate.exact(10_193_142)).noVotes(Estimate.exact(209_600))
                        .yesShare(Share.percent("97.99")).noShare(Share.percent("2.01")).source(TELESUR_RESULTS).build())
                .source(TELESUR_2023).build(),
            // E29: in "a micro-district of 21,403 voters in Venezuela's Bolivar state"; "Turnout ...
            // was about 32 percent"; Villamizar "received 4,720 votes" [SRC28]. A winner's own
            // count has no typed place in a result (misfit): the result keeps the turnout and winner.
            Event.builder().id(ELECTION_2025).conflict(CONTROVERSY).kind(EventKind.ELECTION).time(day(2025, 5, 25))
                .addPlaces(VENEZUELA_LAND).addParticipants(VENEZUELA)
                .description("Venezuela elects a governor, deputies and regional councillors for \"Guayana Esequiba\","
                    + " voting in Bolívar state")
                .addResults(VoteResult.builder().turnout(Share.percent("32").withWording("about 32 percent"))
                    .addWinners(VILLAMIZAR).source(AFP_2025).build())
                .source(AFP_2025).build())
        .addAgreements(
            // S1: the day of signature is not confirmed (year only).
            Agreement.builder().id(TREATY_OF_WASHINGTON).name("Treaty of Washington (1897)").kind(AgreementKind.PROCESS)
                .conflict(CONTROVERSY).addSignatories(UNITED_KINGDOM, VENEZUELA).agreed(year(1897))
                .addProvisions(new OtherProvision("the parties undertook to consider the results of the proceedings of"
                    + " the Tribunal of Arbitration as a full, perfect and final settlement"))
                .source(GUYANA_HC).build(),
            // S2: signed by the UK "in consultation with the Government of British Guiana" and
            // Venezuela [SRC36]; Burnham signed for British Guiana [SRC31].
            Agreement.builder().id(GENEVA_AGREEMENT).name("Geneva Agreement").kind(AgreementKind.PROCESS)
                .conflict(CONTROVERSY).addSignatories(UNITED_KINGDOM, VENEZUELA, BRITISH_GUIANA)
                .agreed(day(1966, 2, 17)).effective(day(1966, 2, 17))
                .addProvisions(
                    new OtherProvision("a Mixed Commission to seek satisfactory solutions for the practical settlement"
                        + " of the controversy"),
                    new OtherProvision("if the parties cannot agree, the means of settlement are chosen by the"
                        + " Secretary-General (Article IV(2))"))
                .source(UNTS_8192).build(),
            // S3: a twelve-year moratorium; "Vigencia: desde 18/06/1970 hasta 18/06/1982" by the UN
            // registration [SRC38], recorded here; "Never enforced" by Wikipedia [SRC39] is the
            // contesting claim K17 (AgreementStatus NEVER_IN_FORCE). Recommits to the Geneva
            // Agreement, whose articles it suspends.
            Agreement.builder().id(PORT_OF_SPAIN).name("Port of Spain Protocol").kind(AgreementKind.PROCESS)
                .conflict(CONTROVERSY).addSignatories(GUYANA, UNITED_KINGDOM, VENEZUELA)
                .agreed(day(1970, 6, 18)).effective(day(1970, 6, 18)).ended(day(1982, 6, 18))
                .addProvisions(new OtherProvision("Articles I and IV of the Geneva Agreement suspended for twelve"
                    + " years"))
                .addLinks(ChainLink.recommitsTo(GENEVA_AGREEMENT))
                .source(PORT_OF_SPAIN_TEXT).build(),
            // S4: records two opposed positions without deciding them [SRC16].
            Agreement.builder().id(ARGYLE_DECLARATION).name("Joint Declaration of Argyle").kind(AgreementKind.OTHER)
                .conflict(CONTROVERSY).addSignatories(GUYANA, VENEZUELA).agreed(day(2023, 12, 14))
                .addProvisions(new OtherProvision("directly or indirectly, will not threaten or use force against one"
                    + " another in any circumstances"))
                .addLinks(ChainLink.recommitsTo(GENEVA_AGREEMENT))
                .source(ARGYLE).build())
        .addRulings(
            // J1: "the territory which forms the object of that controversy was awarded to British
            // Guiana in the 1899 Award" (the Court, quoted by SRC08); binding by S1.
            Ruling.builder().id(AWARD_1899).name("Arbitral Award of 3 October 1899").body(TRIBUNAL).issued(AWARD_DAY)
                .binding(true).under(TREATY_OF_WASHINGTON).conflict(CONTROVERSY)
                .addDecisions(
                    new BoundaryDecision(GUYANA_LAND, VENEZUELA_LAND, Optional.of("Starting from the coast at Point"
                        + " Playa ... thence in a direct line to the summit of Mount Roraima")),
                    new SovereigntyDecision(ESSEQUIBO, UNITED_KINGDOM))
                .source(ICJ_2020).build(),
            // J3: jurisdiction "to determine the validity of the 1899 Arbitral Award" [SRC59, SRC04];
            // the vote is CONTESTED (12–4 [SRC04], 14–2 [SRC05]): claims V1 and V2.
            Ruling.builder().id(JUDGMENT_2020).name("Judgment on jurisdiction of 18 December 2020").body(ICJ)
                .issued(day(2020, 12, 18)).binding(true).under(GENEVA_AGREEMENT).conflict(CONTROVERSY)
                .addDecisions(new ProceduralDecision(Procedure.JURISDICTION, true))
                .source(ICJ_2020).build(),
            // J4: Venezuela's objection rejected 14 to 1 [SRC09].
            Ruling.builder().id(JUDGMENT_2023).name("Judgment on the preliminary objection of 6 April 2023").body(ICJ)
                .issued(day(2023, 4, 6)).binding(true).conflict(CONTROVERSY)
                .addDecisions(new ProceduralDecision(Procedure.ADMISSIBILITY, true))
                .source(AJIL_2023).build(),
            // J5: Venezuela to refrain from modifying "the situation that currently prevails in the
            // territory in dispute, whereby the Co-operative Republic of Guyana administers and
            // exercises control over that area" [SRC22]; binding [SRC08].
            Ruling.builder().id(ORDER_2023).name("Order on provisional measures of 1 December 2023").body(ICJ)
                .issued(day(2023, 12, 1)).binding(true).conflict(CONTROVERSY)
                .addDecisions(new ControlDecision(ESSEQUIBO, GUYANA),
                    new OtherDecision("Both Parties shall refrain from any action which might aggravate or extend the"
                        + " dispute"))
                .source(ICJ_2023_ORDER).build(),
            // J6: reaffirms J5 and orders Venezuela not to conduct elections there (12–3) [SRC22].
            Ruling.builder().id(ORDER_2025).name("Order of 1 May 2025").body(ICJ).issued(day(2025, 5, 1)).binding(true)
                .conflict(CONTROVERSY)
                .addDecisions(new ControlDecision(ESSEQUIBO, GUYANA),
                    new OtherDecision("Venezuela shall refrain from conducting elections, or preparing to conduct"
                        + " elections, in the territory in dispute"))
                .source(DPI_2025).build())
        .addMediators(
            Mediator.builder().id(ARBITRATION).party(TRIBUNAL).role(MediatorRole.ARBITRATOR).conflict(CONTROVERSY)
                .agreement(TREATY_OF_WASHINGTON).period(FuzzyPeriod.of(year(1897), AWARD_DAY))
                .source(ISHMAEL_STORY).build())
        .addAllMediators(argyleRoles())
        .addClaims(
            // J1 acceptance and rejection over time. A party's own response is a position it holds
            // over a period (heldDuring); another party's past response, reported later, is a claim
            // about that period (about). The UK accepts the award from 1899 [K3, SRC33].
            claim("K3", DEAN, GUYANA_TIMES, day(1962, 9, 19))
                .quote("could not be reopened on the posthumous word of an aged lawyer")
                .addPropositions(new RulingResponse(UNITED_KINGDOM, AWARD_1899, ResponseKind.ACCEPTS))
                .heldDuring(FuzzyPeriod.since(AWARD_DAY)).build(),
            // K1, CONTESTED: "For over six decades, Venezuela recognized and adhered to the 1899
            // Award" [SRC42], said by Guyana in 2023 about 1899 to February 1962, against
            // "Venezuela always protested the 1899 Award" [SRC35].
            claim("K1a", GUYANA, OILNOW_2023, day(2023, 10, 3))
                .quote("For over six decades, Venezuela recognized and adhered to the 1899 Award")
                .addPropositions(new RulingResponse(VENEZUELA, AWARD_1899, ResponseKind.ACCEPTS))
                .about(FuzzyPeriod.of(AWARD_DAY, FEBRUARY_1962)).build(),
            claim("K1b", VENEZUELA, WHITE_PAPER, day(2020, 12, 9))
                .quote("Venezuela always protested the 1899 Award")
                .addPropositions(new RulingResponse(VENEZUELA, AWARD_1899, ResponseKind.REJECTS))
                .heldDuring(FuzzyPeriod.since(AWARD_DAY)).build(),
            // K2: since February 1962 the award is "null and void" and the territory Venezuelan
            // [SRC33, SRC53]; still held (the 2024 law ratifies the nullity [SRC17]).
            claim("K2", VENEZUELA, GUYANA_TIMES, FEBRUARY_1962)
                .addPropositions(new RulingResponse(VENEZUELA, AWARD_1899, ResponseKind.REJECTS),
                    new Sovereignty(ESSEQUIBO, VENEZUELA))
                .heldDuring(FuzzyPeriod.since(FEBRUARY_1962)).build(),
            // K10: Guyana since independence: the award is valid and binding [SRC42, SRC43].
            claim("K10", GUYANA, GUYANA_HC, day(2023, 11, 26))
                .addPropositions(new RulingResponse(GUYANA, AWARD_1899, ResponseKind.ACCEPTS),
                    new Sovereignty(ESSEQUIBO, GUYANA))
                .heldDuring(FuzzyPeriod.since(INDEPENDENCE)).build(),
            // J3: "Em dezembro, Caracas condenou a decisão da CIJ" [SRC49].
            claim("K4", VENEZUELA, SPUTNIK_2021, month(2020, 12))
                .addPropositions(new RulingResponse(VENEZUELA, JUDGMENT_2020, ResponseKind.REJECTS)).build(),
            // K12: Granger, "days after his win" in May 2015: the site ExxonMobil is drilling "is
            // well within our exclusive economic zone" [SRC44]: sovereign rights, not sovereignty.
            // K6: Venezuela's Decree 1787 of 26 May 2015 "includes sovereignty over Guyana's
            // territorial waters" [SRC45] (Decree 1859 of 6 July 2015 replaced it, referring the limits
            // to the Geneva Agreement; whether that withdraws the claim is not said: left open). The
            // question is the zone's; the holders and the extents differ.
            claim("K12", GUYANA, REUTERS_2015, FuzzyTime.between(month(2015, 5), day(2015, 6, 8)))
                .quote("I am convinced that the site which they (Exxon) are drilling is well within our exclusive"
                    + " economic zone")
                .addPropositions(Sovereignty.rightsOnly(MARITIME_ZONE, GUYANA)).build(),
            claim("K6", VENEZUELA, ISHMAEL_2015, day(2015, 5, 26))
                .addPropositions(new Sovereignty(MARITIME_ZONE, VENEZUELA)).build(),
            // J3's vote: "12-4" according to Guyana's counsel [SRC04]; "By a 14–2 majority" in
            // International Legal Materials [SRC05]; each in its source's own voice.
            Claim.builder().id(ClaimId.of("V1")).source(MATRIX).madeAt(month(2020, 12))
                .addPropositions(new FactFigure(JUDGMENT_2020, FigureKind.VOTES_FOR, Estimate.exact(12)),
                    new FactFigure(JUDGMENT_2020, FigureKind.VOTES_AGAINST, Estimate.exact(4))).build(),
            Claim.builder().id(ClaimId.of("V2")).source(ILM_2021).madeAt(year(2021)).quote("By a 14–2 majority")
                .addPropositions(new FactFigure(JUDGMENT_2020, FigureKind.VOTES_FOR, Estimate.exact(14)),
                    new FactFigure(JUDGMENT_2020, FigureKind.VOTES_AGAINST, Estimate.exact(2))).build(),
            // J6 ignored: Venezuela held the vote of 25 May 2025 anyway (E29) [SRC28]; the source's
            // report, read as the sheet reads it ("an order ignored").
            Claim.builder().id(ClaimId.of("K9")).source(AFP_2025)
                .madeAt(month(2025, 5))
                .addPropositions(new RulingResponse(VENEZUELA, ORDER_2025, ResponseKind.IGNORES)).build(),
            // K17, CONTESTED: the Port of Spain Protocol "Date Effective: Never enforced" [SRC39],
            // against its UN registration (in force 1970-1982 [SRC38], the model's record). The
            // article does not date the statement: made by the time the source was reached (May 2025).
            Claim.builder().id(K17_NEVER_IN_FORCE).source(PORT_OF_SPAIN_WIKI).madeAt(month(2025, 5))
                .quote("Date Effective: Never enforced")
                .addPropositions(new AgreementStatus(PORT_OF_SPAIN, AgreementStage.NEVER_IN_FORCE)).build(),
            // F1, F2: the Stabroek Block's area, each source in its own voice (T6).
            Claim.builder().id(ClaimId.of("F1")).source(PENSANDO_AMERICAS).madeAt(year(2015)).quote("26.800 Km2")
                .addPropositions(new FactFigure(STABROEK, FigureKind.AREA, Estimate.exact(26_800))).build(),
            Claim.builder().id(ClaimId.of("F2")).source(ISHMAEL_2015).madeAt(day(2015, 6, 8))
                .quote("23,000 square kilometers")
                .addPropositions(new FactFigure(STABROEK, FigureKind.AREA, Estimate.exact(23_000))).build())
        .build();
  }

  /** The people of {@link #ARGYLE_THIRD_PARTIES}; the Secretary-General's observers act for the office (P7). */
  private static List<Party> argyleParties() {
    return ARGYLE_THIRD_PARTIES.stream().map(row -> {
      Party.Builder b = Party.builder().id(PartyId.of(row.get(0))).name(row.get(1)).kind(PartyKind.PERSON)
          .office(row.get(2));
      if (row.get(3).equals("OBSERVER")) {
        b.actsFor(SECRETARY_GENERAL);
      }
      return b.build();
    }).collect(Collectors.toList());
  }

  /** M4: each third party's role at the Argyle meeting of 14 December 2023, for S4 [SRC16]. */
  private static List<Mediator> argyleRoles() {
    return ARGYLE_THIRD_PARTIES.stream().map(row -> Mediator.builder()
        .id(MediatorId.of("M4" + row.get(0).substring(3))).party(PartyId.of(row.get(0)))
        .role(MediatorRole.valueOf(row.get(3))).conflict(CONTROVERSY).agreement(ARGYLE_DECLARATION)
        .period(FuzzyPeriod.at(day(2023, 12, 14))).source(ARGYLE).build())
        .collect(Collectors.toList());
  }
}
