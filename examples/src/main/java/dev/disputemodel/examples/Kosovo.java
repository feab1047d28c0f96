package dev.disputemodel.examples;

import static dev.disputemodel.examples.Facts.claim;
import static dev.disputemodel.examples.Facts.day;
import static dev.disputemodel.examples.Facts.month;
import static dev.disputemodel.examples.Facts.party;
import static dev.disputemodel.examples.Facts.person;
import static dev.disputemodel.examples.Facts.source;

import dev.disputemodel.Agreement;
import dev.disputemodel.Attack;
import dev.disputemodel.AgreementDocument;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.CharacterKind;
import dev.disputemodel.Characterization;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimDecision;
import dev.disputemodel.FactTime;
import dev.disputemodel.RecognitionCount;
import dev.disputemodel.Recognizes;
import dev.disputemodel.Succession;
import dev.disputemodel.SuccessionKind;
import dev.disputemodel.TimeAspect;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ClaimVerdict;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ConflictType;
import dev.disputemodel.Deployment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.ForceStrength;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Intensity;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.OtherDecision;
import dev.disputemodel.OtherProvision;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Polarity;
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
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.Withdrawal;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfMonth;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Kosovo: the 1998–99 war and NATO's air campaign, the Kumanovo Military Technical Agreement,
 * resolution 1244 and KFOR, the declaration of independence of 17 February 2008, recognition by
 * some states and not by Serbia, and the ICJ advisory opinion of 22 July 2010; every item from
 * {@code examples/facts/kosovo-facts.md}, whose ids the model's ids repeat.
 *
 * <p>Recognition counts from neutral reporters are sovereignty statuses with a recognizer count
 * at the reporter's date; counts given by the parties themselves (Serbia's 84 or 94, Kosovo's
 * 115) and disputed withdrawals of recognition are claims ({@code RecognitionCount},
 * {@code Recognizes}).
 */
public final class Kosovo {
  private Kosovo() {}

  // ---------------------------------------------------------------- sources

  /** SRC01 UCDP/PRIO Armed Conflict Dataset 23.1 (conflict 412). */
  public static final SourceId UCDP_ACD = SourceId.of("SRC01");
  /** SRC03 NATO press release (99)101, 20 June 1999. */
  public static final SourceId NATO_1999 = SourceId.of("SRC03");
  /** SRC05 UN press release SC/6686, 10 June 1999. */
  public static final SourceId SC_6686 = SourceId.of("SRC05");
  /** SRC07 the Military Technical Agreement, 9 June 1999. */
  public static final SourceId MTA_TEXT = SourceId.of("SRC07");
  /** SRC11 InfoBalkans (Tanjug), 9 June 2014. */
  public static final SourceId TANJUG_2014 = SourceId.of("SRC11");
  /** SRC14 planken.org, Operation Joint Guardian background (KFOR chronology). */
  public static final SourceId KFOR_CHRONOLOGY = SourceId.of("SRC14");
  /** SRC15 Polish Ministry of National Defence, "KFOR" (undated). */
  public static final SourceId POLISH_MOD = SourceId.of("SRC15");
  /** SRC17 NATO JFC Naples, "Kosovo Force" page, archived 18 February 2013. */
  public static final SourceId JFC_NAPLES_2013 = SourceId.of("SRC17");
  /** SRC18 eurasia.ro, "KFOR troops will not be reduced", 29 November 2013. */
  public static final SourceId EURASIA_2013 = SourceId.of("SRC18");
  /** SRC19 NATO, "Kosovo Force (KFOR) Key Facts and Figures", February 2017. */
  public static final SourceId KFOR_FACTS_2017 = SourceId.of("SRC19");
  /** SRC20 Radio Free Europe infographic as reported by ts.mk, August 2022. */
  public static final SourceId RFE_2022 = SourceId.of("SRC20");
  /** SRC21 Euronews, 29 May 2023 (as quoted). */
  public static final SourceId EURONEWS_2023 = SourceId.of("SRC21");
  /** SRC23 Xinhua via China Daily, 19 February 2008. */
  public static final SourceId XINHUA_2008 = SourceId.of("SRC23");
  /** SRC24 US Department of State, Rice, 18 February 2008. */
  public static final SourceId RICE_2008 = SourceId.of("SRC24");
  /** SRC25 AP via 6abc, 18 February 2008. */
  public static final SourceId AP_2008 = SourceId.of("SRC25");
  /** SRC27 UN press release GA/10764, 8 October 2008. */
  public static final SourceId GA_10764 = SourceId.of("SRC27");
  /** SRC28 ICJ advisory opinion of 22 July 2010. */
  public static final SourceId ICJ_OPINION = SourceId.of("SRC28");
  /** SRC32 AP via Cape Cod Times, 23 July 2010. */
  public static final SourceId AP_2010 = SourceId.of("SRC32");
  /** SRC33 EUobserver, 8 September 2010. */
  public static final SourceId EUOBSERVER_2010 = SourceId.of("SRC33");
  /** SRC34 PolGeoNow, 21 December 2012. */
  public static final SourceId POLGEONOW_2012 = SourceId.of("SRC34");
  /** SRC35 PolGeoNow, 18 September 2015. */
  public static final SourceId POLGEONOW_2015 = SourceId.of("SRC35");
  /** SRC39 A News (Anadolu), 4 January 2023. */
  public static final SourceId ANEWS_2023 = SourceId.of("SRC39");
  /** SRC40 cmio.org, "Vucic names countries that have withdrawn recognition", 4 January 2023. */
  public static final SourceId CMIO_2023 = SourceId.of("SRC40");
  /** SRC41 Statista, "Kosovo &amp; Beyond: Where the UN Disagrees on Recognition", 17 February 2023. */
  public static final SourceId STATISTA_2023 = SourceId.of("SRC41");
  /** SRC48 DBpedia abstract of Wikipedia, "United Nations Security Council Resolution 1244". */
  public static final SourceId RES_1244_WIKI = SourceId.of("SRC48");
  /** SRC43 Wikipedia, "Kosovo and Serbia economic normalization agreements" (wikimili copy). */
  public static final SourceId WASHINGTON_WIKI = SourceId.of("SRC43");
  /** SRC49 Koç University, Non-State Armed Groups dataset, profile 197 (UCK). */
  public static final SourceId NAGS_UCK = SourceId.of("SRC49");
  /** SRC50 OSCE, "Kosovo Verification Mission (Closed)". */
  public static final SourceId OSCE_KVM = SourceId.of("SRC50");
  /** SRC51 Irenees, "Character and goals: Kosovo Verification Mission", November 2007. */
  public static final SourceId IRENEES_KVM = SourceId.of("SRC51");
  /** SRC52 The Baltimore Sun, "Kosovo rebels lie low, try to regroup in Albania", 1 April 1999. */
  public static final SourceId BALTIMORE_SUN_1999 = SourceId.of("SRC52");
  /** SRC53 Maclean's, "At the Front with the KLA", 7 June 1999. */
  public static final SourceId MACLEANS_1999 = SourceId.of("SRC53");
  /** SRC54 Los Angeles Times, "Cloud of Controversy Obscures Truth About Kosovo Killings", 23 January 1999. */
  public static final SourceId LA_TIMES_1999 = SourceId.of("SRC54");
  /** SRC55 Última Hora, "Fuerzas serbias ejecutan a medio centenar de civiles albaneses en Kosovo", 17 January 1999. */
  public static final SourceId ULTIMA_HORA_1999 = SourceId.of("SRC55");

  // ---------------------------------------------------------------- parties

  /**
   * P1 Serbia, and the Federal Republic of Yugoslavia before it: one claimant in the war and the
   * dispute (UCDP's "Government of Serbia (Yugoslavia)"); its succession of names is P1a, P1b, P1.
   */
  public static final PartyId SERBIA = PartyId.of("P1");
  /** P1a the Federal Republic of Yugoslavia, as a name in Serbia's lineage. */
  public static final PartyId FRY = PartyId.of("P1a");
  /** P1b Serbia and Montenegro, as a name in Serbia's lineage. */
  public static final PartyId SERBIA_AND_MONTENEGRO = PartyId.of("P1b");
  /** P35 Sierra Leone. */
  public static final PartyId SIERRA_LEONE = PartyId.of("P35");
  /** P2 UCK (Kosovo Liberation Army). */
  public static final PartyId UCK = PartyId.of("P2");
  /** P3 NATO. */
  public static final PartyId NATO = PartyId.of("P3");
  /** P4 KFOR. */
  public static final PartyId KFOR = PartyId.of("P4");
  /** P5 Republic of Kosovo, declared 17 February 2008. */
  public static final PartyId KOSOVO = PartyId.of("P5");
  /** P6 UN Security Council. */
  public static final PartyId SECURITY_COUNCIL = PartyId.of("P6");
  /** P7 UN General Assembly. */
  public static final PartyId GENERAL_ASSEMBLY = PartyId.of("P7");
  /** P9 International Court of Justice. */
  public static final PartyId ICJ = PartyId.of("P9");
  /** P10 United States. */
  public static final PartyId UNITED_STATES = PartyId.of("P10");
  /** P11 Russia. */
  public static final PartyId RUSSIA = PartyId.of("P11");
  /** P17 Martti Ahtisaari. */
  public static final PartyId AHTISAARI = PartyId.of("P17");
  /** P18 Viktor Chernomyrdin. */
  public static final PartyId CHERNOMYRDIN = PartyId.of("P18");
  /** P27 Hashim Thaçi. */
  public static final PartyId THACI = PartyId.of("P27");
  /** P31 Albania. */
  public static final PartyId ALBANIA = PartyId.of("P31");
  /** P32 the Organization for Security and Co-operation in Europe (OSCE). */
  public static final PartyId OSCE = PartyId.of("P32");
  /** P33 the OSCE Kosovo Verification Mission (KVM), 25 October 1998 to June 1999. */
  public static final PartyId KVM = PartyId.of("P33");
  /** P34 William Walker, head of the KVM. */
  public static final PartyId WALKER = PartyId.of("P34");

  /**
   * P30 the nineteen NATO member states UCDP codes as supporting the UCK with troops in 1999, in
   * the dataset's order; the United Kingdom, France, Germany, Italy and the United States are the
   * sheet's P13, P14, P15, P16 and P10.
   */
  static final List<String> NATO_1999_STATES = List.of("Belgium", "Canada", "Czech Republic", "Denmark",
      "France", "Germany", "Greece", "Hungary", "Iceland", "Italy", "Luxembourg", "Netherlands", "Norway",
      "Poland", "Portugal", "Spain", "Turkey", "United Kingdom", "United States");

  // ---------------------------------------------------------------- territories, conflicts, accords

  /** T1 Kosovo. */
  public static final TerritoryId KOSOVO_LAND = TerritoryId.of("T1");
  /** T2 Federal Republic of Yugoslavia / Serbia. */
  public static final TerritoryId SERBIA_LAND = TerritoryId.of("T2");
  /** T3 the Ground Safety Zone, 5 km along Kosovo's boundary. */
  public static final TerritoryId GROUND_SAFETY_ZONE = TerritoryId.of("T3");
  /** T7 Račak, a village in Kosovo. */
  public static final TerritoryId RACAK = TerritoryId.of("T7");

  /** C1 the dispute over Kosovo's status. */
  public static final ConflictId DISPUTE = ConflictId.of("C1");
  /** C2 UCDP conflict 412, Serbia (Yugoslavia) vs UCK. */
  public static final ConflictId WAR = ConflictId.of("C2");
  /** C3 NATO's air campaign, Operation Allied Force. */
  public static final ConflictId AIR_CAMPAIGN = ConflictId.of("C3");

  /** E3 the bombing begins, 24 March 1999 at 19:45 CET. */
  public static final EventId BOMBING_BEGINS = EventId.of("E3");
  /** E8 the first KFOR troops enter Kosovo. */
  public static final EventId KFOR_ENTERS = EventId.of("E8");
  /** E10 all FRY forces have left Kosovo, 20 June 1999. */
  public static final EventId FRY_WITHDRAWAL = EventId.of("E10");
  /** E11 Kosovo's Assembly declares independence, 17 February 2008. */
  public static final EventId DECLARED = EventId.of("E11");
  /** E16 clashes with ethnic Serbs wound 30 peacekeepers, late May 2023. */
  public static final EventId CLASHES_2023 = EventId.of("E16");

  /** S1 the Military Technical Agreement ("Kumanovo Agreement"). */
  public static final AgreementId KUMANOVO = AgreementId.of("S1");
  /** The day of the Washington agreements, 4 September 2020 [SRC43]. */
  public static final FuzzyTime WASHINGTON_DAY = day(2020, 9, 4);
  /** S3 the Washington agreements on economic normalization, 4 September 2020: two documents. */
  public static final AgreementId WASHINGTON_2020 = AgreementId.of("S3");

  /** J1 Security Council resolution 1244 (1999). */
  public static final RulingId RESOLUTION_1244 = RulingId.of("J1");
  /** J2 General Assembly resolution 63/3 (2008). */
  public static final RulingId RESOLUTION_63_3 = RulingId.of("J2");
  /** J3 the ICJ advisory opinion of 22 July 2010. */
  public static final RulingId OPINION_2010 = RulingId.of("J3");

  /** M1 KFOR as peacekeeper. */
  public static final MediatorId KFOR_PEACEKEEPING = MediatorId.of("M1");
  /** M3a Ahtisaari, mediator. */
  public static final MediatorId AHTISAARI_MEDIATOR = MediatorId.of("M3a");
  /** M3b Chernomyrdin, mediator. */
  public static final MediatorId CHERNOMYRDIN_MEDIATOR = MediatorId.of("M3b");
  /** M7 the KVM as observer mission, 25 October 1998 to 20 March 1999. */
  public static final MediatorId KVM_OBSERVERS = MediatorId.of("M7");

  /** K1 Kosovo's Assembly: Kosovo is an independent state. */
  public static final ClaimId K1_INDEPENDENCE = ClaimId.of("K1");
  /** K2 Serbia: Kosovo is its territory; the declaration is illegal. */
  public static final ClaimId K2_SERBIA = ClaimId.of("K2");
  /** K2b Serbia (22 July 2010): it will never accept Kosovo as a separate state. */
  public static final ClaimId K2B_SERBIA_2010 = ClaimId.of("K2b");
  /** K3 Russia at the Security Council: an independent Kosovo violates the Council's orders. */
  public static final ClaimId K3_RUSSIA = ClaimId.of("K3");
  /** K8 Thaçi: the opinion is a "historic victory". */
  public static final ClaimId K8_THACI = ClaimId.of("K8");
  /** K16 Walker: Serbian security forces attacked Račak on 15 January 1999. */
  public static final ClaimId K16_RACAK_WALKER = ClaimId.of("K16");
  /** K17 the Serbian police: its operation at Račak on 15 January 1999 was against the UCK. */
  public static final ClaimId K17_RACAK_SERBIA = ClaimId.of("K17");
  /** K18 Última Hora (17 January 1999), in its own voice: the dead of Račak were civilians. */
  public static final ClaimId K18_RACAK_CIVILIANS = ClaimId.of("K18");
  /** E18 the police operation at Račak, 15 January 1999. */
  public static final EventId RACAK_OPERATION = EventId.of("E18");

  /** 15 January 1999, the day of the attack on Račak [SRC54, SRC55]. */
  public static final FuzzyTime RACAK_DAY = day(1999, 1, 15);

  // ---------------------------------------------------------------- times

  /** 17 February 2008, the declaration [SRC23, SRC28]. */
  public static final FuzzyTime DECLARATION = day(2008, 2, 17);
  /** 18 February 2008, the US recognition [SRC24]. */
  public static final FuzzyTime US_RECOGNITION = day(2008, 2, 18);
  /** 22 July 2010, the advisory opinion [SRC28]. */
  public static final FuzzyTime OPINION_DAY = day(2010, 7, 22);

  private static final DisputeModel MODEL = build();

  /** Returns the Kosovo model: immutable, built once. */
  public static DisputeModel model() {
    return MODEL;
  }

  private static DisputeModel build() {
    return DisputeModel.builder()
        .addSources(
            source(UCDP_ACD, SourceKind.DATASET_RELEASE, "UCDP/PRIO Armed Conflict Dataset 23.1",
                "CC BY 4.0; conflict_id 412, years 1998 and 1999"),
            source(NATO_1999, SourceKind.OFFICIAL_STATEMENT, "Statement by the NATO Secretary General, press release (99)101",
                day(1999, 6, 20), "nato.int/docu/pr/1999/p99-101e.htm"),
            source(SC_6686, SourceKind.OFFICIAL_STATEMENT, "UN press release SC/6686", day(1999, 6, 10),
                "press.un.org/en/1999/19990610.SC6686.html"),
            source(MTA_TEXT, SourceKind.OFFICIAL_STATEMENT,
                "Military Technical Agreement between KFOR and the Governments of the FRY and the Republic of Serbia",
                day(1999, 6, 9), "NATO basic documents, copies on dokumen.tips and planken.org"),
            source(TANJUG_2014, SourceKind.NEWS_REPORT, "15th anniversary of Kumanovo Treaty (InfoBalkans, Tanjug)",
                day(2014, 6, 9), "infobalkans.com"),
            source(KFOR_CHRONOLOGY, SourceKind.OTHER, "Operation Joint Guardian – background (planken.org)",
                "reference (personal site)"),
            source(POLISH_MOD, SourceKind.OFFICIAL_STATEMENT, "KFOR (Polish Ministry of National Defence)",
                "gov.pl/web/national-defence/kfor, undated"),
            source(JFC_NAPLES_2013, SourceKind.OFFICIAL_STATEMENT, "Kosovo Force (NATO JFC Naples)",
                "page archived 18 February 2013"),
            source(EURASIA_2013, SourceKind.NEWS_REPORT, "KFOR troops will not be reduced (eurasia.ro)",
                day(2013, 11, 29), "eurasia.ro"),
            source(KFOR_FACTS_2017, SourceKind.OFFICIAL_STATEMENT, "Kosovo Force (KFOR) Key Facts and Figures (NATO)",
                month(2017, 2), "copy on docslib.org"),
            source(RFE_2022, SourceKind.NEWS_REPORT, "Radio Free Europe infographic as reported by ts.mk",
                FuzzyTime.inMonth(YearMonth.of(2022, 8)), "ts.mk"),
            source(EURONEWS_2023, SourceKind.NEWS_REPORT, "Euronews, 29 May 2023 (as quoted)", day(2023, 5, 29),
                "quoted at garnertedarmstrong.org"),
            source(XINHUA_2008, SourceKind.NEWS_REPORT, "US recognizes Kosovo as independent state (Xinhua via China Daily)",
                day(2008, 2, 19), "chinadaily.com.cn"),
            source(RICE_2008, SourceKind.OFFICIAL_STATEMENT, "U.S. Recognizes Kosovo as Independent State (Rice)",
                US_RECOGNITION, "state.gov, archived"),
            source(AP_2008, SourceKind.NEWS_REPORT, "US extends recognition to Kosovo (AP via 6abc)", US_RECOGNITION,
                "6abc.com/archive/5964333"),
            source(GA_10764, SourceKind.OFFICIAL_STATEMENT, "UN press release GA/10764", day(2008, 10, 8),
                "un.org/press/en/2008/ga10764.doc.htm"),
            source(ICJ_OPINION, SourceKind.OFFICIAL_STATEMENT,
                "Accordance with International Law of the Unilateral Declaration of Independence in Respect of Kosovo,"
                    + " Advisory Opinion", OPINION_DAY, "I.C.J. Reports 2010, p. 403"),
            source(AP_2010, SourceKind.NEWS_REPORT, "U.N. court rules for Kosovo (AP via Cape Cod Times)",
                day(2010, 7, 23), "capecodtimes.com"),
            source(EUOBSERVER_2010, SourceKind.NEWS_REPORT, "Kosovo recognition, the numbers game (EUobserver)",
                day(2010, 9, 8), "euobserver.com"),
            source(POLGEONOW_2012, SourceKind.NEWS_REPORT, "Kosovo Now Recognized by Half of U.N. (97/193) (PolGeoNow)",
                day(2012, 12, 21), "polgeonow.com"),
            source(POLGEONOW_2015, SourceKind.NEWS_REPORT,
                "Map Update: Kosovo Recognized by 3 More Countries in 2015 (108/193 UN members) (PolGeoNow)",
                day(2015, 9, 18), "polgeonow.com"),
            source(ANEWS_2023, SourceKind.NEWS_REPORT, "Serbia claims 9 countries withdrew recognition of Kosovo (A News)",
                day(2023, 1, 4), "anews.com.tr"),
            source(CMIO_2023, SourceKind.NEWS_REPORT, "Vucic names countries that have withdrawn recognition of"
                + " Kosovo's independence (cmio.org)", day(2023, 1, 4), "cmio.org"),
            source(STATISTA_2023, SourceKind.OTHER, "Kosovo & Beyond: Where the UN Disagrees on Recognition (Statista)",
                day(2023, 2, 17), "statista.com chart 29371"),
            source(RES_1244_WIKI, SourceKind.OTHER, "DBpedia abstract of Wikipedia, United Nations Security Council"
                + " Resolution 1244", "wiki copy"),
            source(WASHINGTON_WIKI, SourceKind.OTHER, "Wikipedia, Kosovo and Serbia economic normalization"
                + " agreements (copy)", "wikimili.com/en/Kosovo_and_Serbia_economic_normalization_agreements"),
            source(NAGS_UCK, SourceKind.DATASET_RELEASE, "Non-State Armed Groups dataset, Kosova Liberation Army (UCK)",
                "Koç University, nonstatearmedgroups.ku.edu.tr, profile 197"),
            source(OSCE_KVM, SourceKind.OFFICIAL_STATEMENT, "OSCE Kosovo Verification Mission (Closed)",
                "osce.org/node/44552"),
            source(IRENEES_KVM, SourceKind.RESEARCH, "Character and goals: Kosovo Verification Mission (Irenees)",
                month(2007, 11), "irenees.net, fiche 674"),
            source(BALTIMORE_SUN_1999, SourceKind.NEWS_REPORT, "Kosovo rebels lie low, try to regroup in Albania"
                + " (The Baltimore Sun)", day(1999, 4, 1), "baltimoresun.com archive"),
            source(MACLEANS_1999, SourceKind.NEWS_REPORT, "At the Front with the KLA (Maclean's)", day(1999, 6, 7),
                "archive.macleans.ca"),
            source(LA_TIMES_1999, SourceKind.NEWS_REPORT, "Cloud of Controversy Obscures Truth About Kosovo Killings"
                + " (Los Angeles Times)", day(1999, 1, 23), "latimes.com archive"),
            source(ULTIMA_HORA_1999, SourceKind.NEWS_REPORT, "Fuerzas serbias ejecutan a medio centenar de civiles"
                + " albaneses en Kosovo (Última Hora)", day(1999, 1, 17), "ultimahora.es archive"))
        .addAllParties(parties())
        .addTerritories(territories())
        .addConflicts(conflicts())
        .addEvents(events())
        .addAgreements(
            // S1: "the day the agreement was signed 9th June" is its entry into force [SRC13];
            // SRC09 says 10 June (CONTESTED; an accord has one effective time: misfit). Signed by
            // KFOR and the FRY, not by the UCK.
            Agreement.builder().id(KUMANOVO).name("Military Technical Agreement (Kumanovo Agreement)")
                .kind(AgreementKind.MILITARY_TECHNICAL).conflict(WAR)
                .addSignatories(KFOR, SERBIA).agreed(day(1999, 6, 9)).effective(day(1999, 6, 9))
                .addProvisions(
                    new OtherProvision("cessation of hostilities"),
                    new Withdrawal(SERBIA, KOSOVO_LAND),
                    new OtherProvision("no FRY forces in the 5 km Ground Safety Zone"),
                    // KFOR deploys after the Security Council resolution; no strength is stated.
                    new Deployment(KFOR, KOSOVO_LAND, Estimate.unknown()))
                .source(MTA_TEXT).build(),
            // S3: "two separate documents were signed, one by Vučić and the other by Hoti", at the
            // White House on 4 September 2020 in the presence of President Trump [SRC43]. No
            // source of the sheet says the United States signed either document, so it is no
            // signatory here; its envoy's brokering (M5) is not modelled. The signatories of the
            // agreement are those of its documents.
            Agreement.builder().id(WASHINGTON_2020).name("Washington agreements (economic normalization)")
                .kind(AgreementKind.OTHER).conflict(DISPUTE).agreed(WASHINGTON_DAY)
                .addDocuments(
                    AgreementDocument.of("Serbia's document (President Vučić)", WASHINGTON_WIKI, SERBIA)
                        .withSigned(WASHINGTON_DAY),
                    AgreementDocument.of("Kosovo's document (Prime Minister Hoti)", WASHINGTON_WIKI, KOSOVO)
                        .withSigned(WASHINGTON_DAY))
                // The one-year moratorium [SRC44; SRC39 "Both sides agreed to freeze diplomatic
                // recognition/de-recognition campaigns"].
                .addProvisions(new OtherProvision("Kosovo not to seek membership of international organizations"
                    + " for one year; Serbia to suspend its campaign for withdrawals of recognition"))
                .source(WASHINGTON_WIKI).build())
        .addRulings(
            // J1: adopted 14–0–1 under Chapter VII [SRC05]: binding.
            Ruling.builder().id(RESOLUTION_1244).name("Security Council resolution 1244 (1999)")
                .body(SECURITY_COUNCIL).issued(day(1999, 6, 10)).binding(true).conflict(WAR)
                .addDecisions(new OtherDecision("deploy international civil and security presences in Kosovo"
                    + " under United Nations auspices"))
                .source(SC_6686).build(),
            // J2: "drafted by Serbia", 77–6–74 [SRC27]; it requests the opinion (not binding).
            Ruling.builder().id(RESOLUTION_63_3).name("General Assembly resolution 63/3 (2008)")
                .body(GENERAL_ASSEMBLY).issued(day(2008, 10, 8)).binding(false).conflict(DISPUTE)
                .addDecisions(new OtherDecision("request an advisory opinion of the International Court of Justice"
                    + " on the accordance with international law of the unilateral declaration of independence"))
                .source(GA_10764).build(),
            // J3: (1) jurisdiction, unanimously; (3) by ten votes to four, the declaration "did not
            // violate international law" [SRC29]; it does not decide sovereignty or statehood.
            Ruling.builder().id(OPINION_2010)
                .name("Accordance with International Law of the Unilateral Declaration of Independence in Respect of Kosovo")
                .body(ICJ).issued(OPINION_DAY).binding(false).conflict(DISPUTE)
                .addDecisions(new ProceduralDecision(Procedure.JURISDICTION, true),
                    new ClaimDecision(K1_INDEPENDENCE, ClaimVerdict.NOT_CONTRARY_TO_LAW))
                .source(ICJ_OPINION).build())
        .addMediators(
            // Deployed from 12 June 1999 [SRC14] (11 June in a wiki copy: not used); ongoing. Its
            // strength, each figure as its source dates it (M1): 50,000 at launch [SRC15] (37,200 in
            // SRC11: a second version of a dated strength has no typed place yet); about 42,500 on
            // 3 December 2000 [SRC14]; "just under 6,000" in February 2013 [SRC17]; 5,000 on
            // 29 November 2013 [SRC18]; 4,273 in February 2017 [SRC19]; 3,735 in August 2022 [SRC20];
            // "almost 3,800" on 29 May 2023 [SRC21]. SRC16's cut "from 14,000 to 10,000" (2010) is a
            // plan, not a strength on a day: left out.
            Mediator.builder().id(KFOR_PEACEKEEPING).party(KFOR).role(MediatorRole.PEACEKEEPER).conflict(DISPUTE)
                .period(FuzzyPeriod.since(day(1999, 6, 12)))
                .addStrengths(
                    new ForceStrength(Estimate.exact(50_000).withWording("50,000 troops from 30 countries"),
                        month(1999, 6), POLISH_MOD),
                    new ForceStrength(Estimate.about(42_500).withWording("approximately 42,500 troops from 28 countries"),
                        day(2000, 12, 3), KFOR_CHRONOLOGY),
                    new ForceStrength(Estimate.atMost(6_000).withWording("just under 6,000 troops"), month(2013, 2),
                        JFC_NAPLES_2013),
                    new ForceStrength(Estimate.exact(5_000).withWording("5,000 soldiers from 31 countries"),
                        day(2013, 11, 29), EURASIA_2013),
                    new ForceStrength(Estimate.exact(4_273), month(2017, 2), KFOR_FACTS_2017),
                    new ForceStrength(Estimate.exact(3_735).withWording("3,735 troops from 27 countries"),
                        month(2022, 8), RFE_2022),
                    new ForceStrength(Estimate.atMost(3_800).withWording("almost 3,800 troops"), day(2023, 5, 29),
                        EURONEWS_2023))
                .source(RFE_2022).build(),
            // "the war ended with a mediating mission of ... Ahtisaari and ... Chernomyrdin" [SRC12];
            // the paper "presented in Belgrade" [SRC05]; no period is stated.
            Mediator.builder().id(AHTISAARI_MEDIATOR).party(AHTISAARI).role(MediatorRole.MEDIATOR).conflict(WAR)
                .source(SC_6686).build(),
            Mediator.builder().id(CHERNOMYRDIN_MEDIATOR).party(CHERNOMYRDIN).role(MediatorRole.MEDIATOR)
                .conflict(WAR).source(SC_6686).build(),
            // M7: deployed from 25 October 1998 [SRC50], withdrawn on 20 March 1999 [SRC51]; "about
            // 2000 unarmed monitors", a number "the Mission never reached" [SRC51]: at most 2,000.
            Mediator.builder().id(KVM_OBSERVERS).party(KVM).role(MediatorRole.OBSERVER).conflict(WAR)
                .period(FuzzyPeriod.of(day(1998, 10, 25), day(1999, 3, 20)))
                .forceSize(Estimate.atMost(2000).withWording("about 2000 unarmed monitors, a number never reached"))
                .source(IRENEES_KVM).build())
        .addClaims(
            claim("K1", KOSOVO, XINHUA_2008, DECLARATION).addPropositions(new Sovereignty(KOSOVO_LAND, KOSOVO))
                .heldDuring(FuzzyPeriod.since(DECLARATION)).build(),
            // "Belgrade immediately denounced the declaration as illegal" [SRC23]; still held:
            // Serbia "sees its former province as its territory" (4 January 2023) [SRC39].
            claim("K2", SERBIA, XINHUA_2008, DECLARATION).addPropositions(new Sovereignty(KOSOVO_LAND, SERBIA))
                .heldDuring(FuzzyPeriod.since(DECLARATION)).build(),
            // Serbia "vowed never to accept its former province as a separate state" on the day of
            // the opinion [SRC32]: the fact sheet's refusal of J3 (K2).
            claim("K2b", SERBIA, AP_2010, OPINION_DAY)
                .addPropositions(new RulingResponse(SERBIA, OPINION_2010, ResponseKind.REJECTS)).build(),
            // An independent Kosovo "violates the council's orders" (Russia and Serbia, 18 February 2008).
            claim("K3", RUSSIA, AP_2008, US_RECOGNITION).polarity(Polarity.DENIES)
                .addPropositions(new Sovereignty(KOSOVO_LAND, KOSOVO)).build(),
            claim("K8", THACI, AP_2010, OPINION_DAY).quote("historic victory")
                .addPropositions(new RulingResponse(KOSOVO, OPINION_2010, ResponseKind.ACCEPTS)).build(),
            // K16: Walker, head of the KVM, saw the bodies the day after the police operation of
            // 15 January 1999 and accused Serbian security forces of "an unspeakable atrocity"
            // [SRC54]; the victims were civilians, not a party of the model (no target).
            claim("K16", WALKER, LA_TIMES_1999, day(1999, 1, 16)).quote("an unspeakable atrocity")
                .addPropositions(new Attack(WAR, SERBIA, EventKind.ATTACK, Optional.empty(), Optional.of(RACAK))
                    .at(RACAK_DAY))
                .build(),
            // K17: "Según la versión oficial serbia", special police forces launched an operation
            // against "terroristas" of the UCK and killed "varias decenas" [SRC55]: the same attack,
            // on the same day, against the UCK, whose dead were fighters (E18's victims).
            claim("K17", SERBIA, ULTIMA_HORA_1999, FuzzyTime.between(RACAK_DAY, day(1999, 1, 17)))
                .addPropositions(new Attack(WAR, SERBIA, EventKind.ATTACK, Optional.of(UCK), Optional.of(RACAK))
                    .at(RACAK_DAY), new Characterization(RACAK_OPERATION, CharacterKind.COMBATANTS))
                .build(),
            // K18: "Fuerzas serbias ejecutan a medio centenar de civiles albaneses" [SRC55], the
            // newspaper's own headline: the dead of E18 were civilians. Who they were is contested.
            Claim.builder().id(K18_RACAK_CIVILIANS).source(ULTIMA_HORA_1999).madeAt(day(1999, 1, 17))
                .quote("Fuerzas serbias ejecutan a medio centenar de civiles albaneses en Kosovo")
                .addPropositions(new Characterization(RACAK_OPERATION, CharacterKind.CIVILIANS)).build(),
            // K9: Vučić, 4 January 2023: "only 84 unequivocally recognize" [SRC40]; the same
            // statement as A News reports it: "A total of 94 unequivocally recognize" [SRC39]. Both
            // reports are kept; as two claims of one claimant they are a self-contradiction.
            claim("K9a", SERBIA, CMIO_2023, day(2023, 1, 4))
                .addPropositions(new RecognitionCount(KOSOVO_LAND, KOSOVO,
                    Estimate.exact(84).withWording("only 84 unequivocally recognize"))).build(),
            claim("K9b", SERBIA, ANEWS_2023, day(2023, 1, 4))
                .addPropositions(new RecognitionCount(KOSOVO_LAND, KOSOVO,
                    Estimate.exact(94).withWording("A total of 94 unequivocally recognize"))).build(),
            // K12: Kosovo's foreign ministry's website, as of 17 February 2023: 115 UN member states
            // recognize it [SRC41].
            claim("K12", KOSOVO, STATISTA_2023, day(2023, 2, 17))
                .addPropositions(new RecognitionCount(KOSOVO_LAND, KOSOVO,
                    Estimate.exact(115).withWording("115 UN member states"))).build(),
            // K13: Sierra Leone's withdrawal, "a verbal note ... presented by Serbia in 2020"; then a
            // meeting of the two ambassadors in 2022 "seemingly reconfirming" mutual recognition
            // [SRC41]: Serbia denies the recognition, the chart's text (in its own voice) affirms it.
            claim("K13a", SERBIA, STATISTA_2023, Facts.year(2020)).polarity(Polarity.DENIES)
                .addPropositions(new Recognizes(SIERRA_LEONE, KOSOVO_LAND, KOSOVO)).build(),
            Claim.builder().id(ClaimId.of("K13b")).source(STATISTA_2023).madeAt(day(2023, 2, 17))
                .hedge("seemingly reconfirming")
                .addPropositions(new Recognizes(SIERRA_LEONE, KOSOVO_LAND, KOSOVO)).build(),
            // The dataset's end of the war episode, 1999-11-21 (ep_end_date) [SRC01], is the
            // model's; NATO's Secretary General, on 20 June 1999, declared the air campaign
            // terminated and every FRY force departed from Kosovo [SRC03]: the end of the fighting
            // in the narrative sources.
            claim("K19", NATO, NATO_1999, day(1999, 6, 20))
                .addPropositions(new FactTime(WAR, TimeAspect.ENDED, day(1999, 6, 20))).build())
        .build();
  }

  private static List<Party> parties() {
    List<Party> out = new ArrayList<>(List.of(
        // "Serbia, the successor of Serbia and Montenegro, which was called Federal Republic of
        // Yugoslavia" [SRC48]; no source reached dates the two successions.
        Party.builder().id(SERBIA).name("Serbia").addAliases("Federal Republic of Yugoslavia")
            .kind(PartyKind.STATE).ucdpActorId(49).gleditschWardNumber(345)
            .addSucceeds(Succession.of(SERBIA_AND_MONTENEGRO, SuccessionKind.CONTINUATION)).build(),
        party(FRY, "Federal Republic of Yugoslavia", PartyKind.STATE),
        Party.builder().id(SERBIA_AND_MONTENEGRO).name("Serbia and Montenegro").kind(PartyKind.STATE)
            .addSucceeds(Succession.of(FRY, SuccessionKind.RENAMING)).build(),
        party(SIERRA_LEONE, "Sierra Leone", PartyKind.STATE),
        // An armed group in UCDP [SRC01]; its demand is secession of Kosovo [SRC49]: a liberation
        // movement in this model's terms.
        Party.builder().id(UCK).name("UCK").addAliases("Kosovo Liberation Army").kind(PartyKind.LIBERATION_MOVEMENT)
            .ucdpActorId(357).build(),
        party(NATO, "NATO", PartyKind.ALLIANCE),
        Party.builder().id(KFOR).name("KFOR").kind(PartyKind.PEACEKEEPING_MISSION).actsFor(NATO).build(),
        Party.builder().id(KOSOVO).name("Republic of Kosovo").kind(PartyKind.DE_FACTO_STATE)
            .proclaimed(DECLARATION).build(),
        party(SECURITY_COUNCIL, "United Nations Security Council", PartyKind.INTERNATIONAL_ORGANIZATION),
        party(GENERAL_ASSEMBLY, "United Nations General Assembly", PartyKind.INTERNATIONAL_ORGANIZATION),
        party(ICJ, "International Court of Justice", PartyKind.COURT_OR_TRIBUNAL),
        party(RUSSIA, "Russia", PartyKind.STATE),
        Party.builder().id(AHTISAARI).name("Martti Ahtisaari").kind(PartyKind.PERSON).office("President of Finland").build(),
        person(CHERNOMYRDIN, "Viktor Chernomyrdin", "Special Representative of the President of Russia", RUSSIA),
        person(THACI, "Hashim Thaçi", "Prime Minister", KOSOVO),
        party(ALBANIA, "Albania", PartyKind.STATE),
        party(OSCE, "Organization for Security and Co-operation in Europe", PartyKind.INTERNATIONAL_ORGANIZATION),
        // Established by Permanent Council decision 263 of 25 October 1998; dissolved in June 1999 [SRC50].
        Party.builder().id(KVM).name("OSCE Kosovo Verification Mission").addAliases("KVM")
            .kind(PartyKind.OBSERVER_MISSION).actsFor(OSCE).proclaimed(day(1998, 10, 25)).dissolved(month(1999, 6))
            .build(),
        person(WALKER, "William Walker", "Head of the OSCE Kosovo Verification Mission", KVM)));
    for (int i = 0; i < NATO_1999_STATES.size(); i++) {
      String name = NATO_1999_STATES.get(i);
      out.add(party(natoState(i), name, PartyKind.STATE));
    }
    return out;
  }

  /** The id of the {@code i}th state of {@link #NATO_1999_STATES}: P10 for the United States, else P30-n. */
  static PartyId natoState(int i) {
    return NATO_1999_STATES.get(i).equals("United States") ? UNITED_STATES : PartyId.of("P30-" + (i + 1));
  }

  private static Territory[] territories() {
    return new Territory[] {
      Territory.builder().id(SERBIA_LAND).name("Serbia").addAliases("Federal Republic of Yugoslavia")
          .kind(TerritoryKind.COUNTRY).build(),
      Territory.builder().id(KOSOVO_LAND).name("Kosovo").kind(TerritoryKind.REGION).parent(SERBIA_LAND)
          // G2: "a sovereign and independent state", 18 February 2008 [SRC24].
          .addSovereignty(SovereigntyStatus.builder().sovereign(KOSOVO).addRecognizers(UNITED_STATES)
              .period(FuzzyPeriod.since(US_RECOGNITION)).source(RICE_2008).build())
          // Counts by reporters, each at its date (the table "Recognition" of the sheet).
          .addSovereignty(count(Estimate.exact(69).withWording("accepted by 69 countries so far"), OPINION_DAY, AP_2010))
          .addSovereignty(count(Estimate.exact(70).withWording("recognised by 70 countries"), day(2010, 9, 8),
              EUOBSERVER_2010))
          .addSovereignty(count(Estimate.exact(97).withWording("97 of 193 UN members"), day(2012, 12, 21),
              POLGEONOW_2012))
          .addSovereignty(count(Estimate.exact(108).withWording("108 of 193 UN members"), day(2015, 9, 18),
              POLGEONOW_2015))
          // G1: Serbia does not recognize Kosovo and "sees its former province as its territory".
          .addSovereignty(SovereigntyStatus.builder().sovereign(SERBIA).addRecognizers(SERBIA)
              .period(FuzzyPeriod.since(DECLARATION)).source(ANEWS_2023).build())
          .build(),
      // 5 km of Serbia's territory outside Kosovo along its boundary, established by S1 [SRC13].
      Territory.builder().id(GROUND_SAFETY_ZONE).name("Ground Safety Zone").kind(TerritoryKind.BORDER_ZONE)
          .parent(SERBIA_LAND).addAdjacentTo(KOSOVO_LAND).build(),
      // a village "about 40 kilometres south of Pristina", in the Štimlje area [SRC55].
      Territory.builder().id(RACAK).name("Račak").kind(TerritoryKind.SETTLEMENTS).parent(KOSOVO_LAND).build()
    };
  }

  private static SovereigntyStatus count(Estimate count, FuzzyTime on, SourceId source) {
    return SovereigntyStatus.builder().sovereign(KOSOVO).recognizerCount(count).period(FuzzyPeriod.at(on))
        .source(source).build();
  }

  private static Conflict[] conflicts() {
    Side.Builder uck = Side.builder().label("UCK").addPrimaries(UCK);
    for (int i = 0; i < NATO_1999_STATES.size(); i++) {
      uck.addSupporters(Supporter.builder().party(natoState(i)).type(SupportType.TROOPS)
          .period(FuzzyPeriod.at(FuzzyTime.inYear(Year.of(1999)))).source(UCDP_ACD).build());
    }
    // Albania, not coded by UCDP: UCK fighters "seeking shelter" in Kukes, Albania, as the Serbian
    // offensive drove them out of Kosovo (1 April 1999) [SRC52]; the UCK's regional headquarters in
    // Kukes and an offensive launched from Pogaj in Albania (reported 7 June 1999) [SRC53]. The
    // sources report the use of Albania's territory, not what the government in Tirana consented to.
    uck.addSupporters(
        Supporter.builder().party(ALBANIA).type(SupportType.SANCTUARY)
            .period(FuzzyPeriod.at(day(1999, 4, 1))).source(BALTIMORE_SUN_1999).build(),
        Supporter.builder().party(ALBANIA).type(SupportType.HOSTING)
            .period(FuzzyPeriod.at(FuzzyTime.between(month(1999, 5), day(1999, 6, 7)))).source(MACLEANS_1999).build());
    return new Conflict[] {
      // C1: between Serbia and Kosovo's institutions, later P5; ongoing; no start is stated.
      Conflict.builder().id(DISPUTE).name("Dispute over the status of Kosovo")
          .incompatibility(Incompatibility.TERRITORY)
          .addSides(Facts.side("Serbia", SERBIA), Facts.side("Kosovo", KOSOVO))
          .addTerritoriesAtStake(KOSOVO_LAND).addSources(XINHUA_2008).build(),
      // C2: UCDP 412. The episode starts 1998-03-06 with precision code 2 (meaning not available):
      // "about" that day. It ends 1999-11-21 by the dataset (ep_end_date), CONTESTED against the
      // withdrawal of 20 June 1999 in every narrative source; a conflict has one period (misfit).
      Conflict.builder().id(WAR).name("Kosovo war").parent(DISPUTE)
          .type(ConflictType.INTERNATIONALIZED_INTRASTATE).incompatibility(Incompatibility.TERRITORY)
          .addSides(Facts.side("Serbia (Yugoslavia)", SERBIA), uck.build())
          .addTerritoriesAtStake(KOSOVO_LAND)
          .period(FuzzyPeriod.of(FuzzyTime.about(LocalDate.of(1998, 3, 6)), day(1999, 11, 21)))
          .intensity(Intensity.WAR).putIntensityByYear(1998, Intensity.WAR).putIntensityByYear(1999, Intensity.WAR)
          .addSources(UCDP_ACD).build(),
      // C3: from 24 March 1999, 19:45 CET [SRC11]; suspended 10 June, terminated "with immediate
      // effect" on 20 June 1999 [SRC03].
      Conflict.builder().id(AIR_CAMPAIGN).name("Operation Allied Force").parent(WAR)
          .addSides(Facts.side("NATO", NATO), Facts.side("Yugoslavia", SERBIA))
          .period(FuzzyPeriod.of(FuzzyTime.atMinute(LocalDateTime.of(1999, 3, 24, 19, 45)), day(1999, 6, 20)))
          .addSources(TANJUG_2014, NATO_1999).build()
    };
  }

  private static Event[] events() {
    return new Event[] {
      Event.builder().id(BOMBING_BEGINS).conflict(AIR_CAMPAIGN).kind(EventKind.BOMBING)
          .time(FuzzyTime.atMinute(LocalDateTime.of(1999, 3, 24, 19, 45))).addParticipants(NATO)
          .description("NATO bombing begins").source(TANJUG_2014).build(),
      // E18: "the police operation in Račak on 15 January" [SRC54], by Serbian security forces
      // (Walker) or special police (the Serbian version) [SRC55].
      Event.builder().id(RACAK_OPERATION).conflict(WAR).kind(EventKind.ATTACK).time(RACAK_DAY)
          .addPlaces(RACAK).addParticipants(SERBIA)
          .description("police operation in Račak").source(LA_TIMES_1999).build(),
      Event.builder().id(KFOR_ENTERS).conflict(DISPUTE).kind(EventKind.DEPLOYMENT).time(day(1999, 6, 12))
          .addPlaces(KOSOVO_LAND).addParticipants(KFOR)
          .description("first KFOR troops enter Kosovo").source(KFOR_CHRONOLOGY).build(),
      Event.builder().id(FRY_WITHDRAWAL).conflict(WAR).kind(EventKind.WITHDRAWAL).time(day(1999, 6, 20))
          .addPlaces(KOSOVO_LAND).addParticipants(SERBIA)
          .description("all FRY military and police forces have departed Kosovo").source(NATO_1999).build(),
      // E11: "Kosovo's parliament" adopts a declaration of independence on Sunday 17 February 2008
      // [SRC23, SRC28].
      Event.builder().id(DECLARED).conflict(DISPUTE).kind(EventKind.PROCLAMATION).time(DECLARATION)
          .addPlaces(KOSOVO_LAND).addParticipants(KOSOVO)
          .description("Kosovo's Assembly adopts a declaration of independence").source(XINHUA_2008).build(),
      Event.builder().id(CLASHES_2023).conflict(DISPUTE).kind(EventKind.CLASH)
          .time(FuzzyTime.in(YearMonth.of(2023, 5), PartOfMonth.LATE)).addPlaces(KOSOVO_LAND)
          .addParticipants(KFOR)
          .description("clashes with ethnic Serbs in northern Kosovo wound 30 peacekeepers")
          .source(EURONEWS_2023).build()
    };
  }
}
