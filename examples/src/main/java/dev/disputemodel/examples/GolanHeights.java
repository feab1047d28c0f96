package dev.disputemodel.examples;

import static dev.disputemodel.examples.Facts.claim;
import static dev.disputemodel.examples.Facts.day;
import static dev.disputemodel.examples.Facts.month;
import static dev.disputemodel.examples.Facts.party;
import static dev.disputemodel.examples.Facts.person;
import static dev.disputemodel.examples.Facts.side;
import static dev.disputemodel.examples.Facts.source;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CharacterKind;
import dev.disputemodel.Characterization;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.ChainLink;
import dev.disputemodel.ClaimDecision;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ClaimVerdict;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ConflictType;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
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
import dev.disputemodel.OtherProvision;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Polarity;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
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
import dev.disputemodel.time.PartOfDay;
import java.time.LocalDate;

/**
 * The Golan Heights: held by Israel since June 1967, claimed by Syria; the 1973 war and the
 * ceasefire of resolution 338; the Agreement on Disengagement of 31 May 1974 and UNDOF; the 1981
 * Golan Heights Law and resolution 497; the US recognition of 25 March 2019; and the dispute of
 * December 2024 over whether the 1974 ceasefire still holds. Control and sovereignty are separate
 * here. Every item from {@code examples/facts/golan-facts.md}, whose ids the model's ids repeat.
 */
public final class GolanHeights {
  private GolanHeights() {}

  // ---------------------------------------------------------------- sources

  /** SRC01 UCDP/PRIO Armed Conflict Dataset 23.1 (conflict 302). */
  public static final SourceId UCDP_ACD = SourceId.of("SRC01");
  /** SRC03 Security Council resolution 350 (1974) (Avalon Project). */
  public static final SourceId RES_350 = SourceId.of("SRC03");
  /** SRC05 Agreement on Disengagement between Israeli and Syrian Forces (S/11302/Add.1, Annex A). */
  public static final SourceId AGREEMENT_TEXT = SourceId.of("SRC05");
  /** SRC06 Jewish Virtual Library on the agreement. */
  public static final SourceId JVL_AGREEMENT = SourceId.of("SRC06");
  /** SRC07 UNDOF, "Background". */
  public static final SourceId UNDOF_BACKGROUND = SourceId.of("SRC07");
  /** SRC09 UN Secretary-General, report on UNDOF for 14 May – 13 November 1985. */
  public static final SourceId UNDOF_REPORT_1985 = SourceId.of("SRC09");
  /** SRC10 UN Secretary-General, S/24821, 19 November 1992. */
  public static final SourceId UNDOF_REPORT_1992 = SourceId.of("SRC10");
  /** SRC11 Jewish Virtual Library, UNDOF (text of 1999). */
  public static final SourceId JVL_UNDOF = SourceId.of("SRC11");
  /** SRC12 UN Information Centre Canberra, 1 August 2013. */
  public static final SourceId UNIC_2013 = SourceId.of("SRC12");
  /** SRC14 Report of the Secretary-General S/2013/345, 12 June 2013. */
  public static final SourceId S_2013_345 = SourceId.of("SRC14");
  /** SRC15 the Golan Heights Law (LNI Resource Center). */
  public static final SourceId GOLAN_LAW = SourceId.of("SRC15");
  /** SRC18 resolution 497 (1981), French text. */
  public static final SourceId RES_497 = SourceId.of("SRC18");
  /** SRC19 US Presidential Proclamation of 25 March 2019. */
  public static final SourceId PROCLAMATION = SourceId.of("SRC19");
  /** SRC21 Reuters, 25 March 2019. */
  public static final SourceId REUTERS_2019 = SourceId.of("SRC21");
  /** SRC22 AFP via The Sun Daily, March 2019. */
  public static final SourceId AFP_EU_2019 = SourceId.of("SRC22");
  /** SRC23 Radio Pakistan, 26 March 2019. */
  public static final SourceId RADIO_PAKISTAN = SourceId.of("SRC23");
  /** SRC26 Center for Israel Education (introduction written 2025). */
  public static final SourceId CIE = SourceId.of("SRC26");
  /** SRC27 AFP via Iraq News Now, 8 December 2024. */
  public static final SourceId AFP_2024 = SourceId.of("SRC27");
  /** SRC29 localnews.ai, 9 December 2024. */
  public static final SourceId LOCALNEWS_2024 = SourceId.of("SRC29");
  /** SRC30 CNA, December 2024. */
  public static final SourceId CNA_2024 = SourceId.of("SRC30");
  /** SRC31 Palestine Chronicle, 13 December 2024 (quotes the UNDOF statement). */
  public static final SourceId PALESTINE_CHRONICLE = SourceId.of("SRC31");
  /** SRC32 UN meetings coverage via Mirage News, 20 December 2024. */
  public static final SourceId UN_2024 = SourceId.of("SRC32");
  /** SRC35 Wikipedia "Golan Heights" (Simple English) and a Wikipedia-derived blog. */
  public static final SourceId WIKI_GOLAN = SourceId.of("SRC35");
  /** SRC43 The New York Times, "The Golan Heights Annexed by Israel in an Abrupt Move", 15 December 1981. */
  public static final SourceId NYT_1981 = SourceId.of("SRC43");
  /** SRC44 TIME, "Begin's Brash Blitz", 28 December 1981. */
  public static final SourceId TIME_1981 = SourceId.of("SRC44");

  // ---------------------------------------------------------------- parties

  /** P1 Israel. */
  public static final PartyId ISRAEL = PartyId.of("P1");
  /** P2 Syria. */
  public static final PartyId SYRIA = PartyId.of("P2");
  /** P3 UNDOF. */
  public static final PartyId UNDOF = PartyId.of("P3");
  /** P4 UNTSO Observer Group Golan. */
  public static final PartyId OBSERVER_GROUP = PartyId.of("P4");
  /** P5 UN Security Council. */
  public static final PartyId SECURITY_COUNCIL = PartyId.of("P5");
  /** P6 UN Secretary-General (the office). */
  public static final PartyId SECRETARY_GENERAL = PartyId.of("P6");
  /** P7 United States. */
  public static final PartyId UNITED_STATES = PartyId.of("P7");
  /** P8 Henry Kissinger. */
  public static final PartyId KISSINGER = PartyId.of("P8");
  /** P9 the Knesset. */
  public static final PartyId KNESSET = PartyId.of("P9");
  /** P11 Donald Trump. */
  public static final PartyId TRUMP = PartyId.of("P11");
  /** P12 Benjamin Netanyahu. */
  public static final PartyId NETANYAHU = PartyId.of("P12");
  /** P15 European Union. */
  public static final PartyId EUROPEAN_UNION = PartyId.of("P15");
  /** P16 Saudi Arabia. */
  public static final PartyId SAUDI_ARABIA = PartyId.of("P16");

  // ---------------------------------------------------------------- territories, conflicts, accords

  /** T1 the Golan Heights, the plateau. */
  public static final TerritoryId GOLAN = TerritoryId.of("T1");
  /** T2 the Israeli-held Golan. */
  public static final TerritoryId ISRAELI_HELD = TerritoryId.of("T2");
  /** T3 the area of separation between Lines A and B. */
  public static final TerritoryId AREA_OF_SEPARATION = TerritoryId.of("T3");

  /** C1 the Israel–Syria dispute over the Golan Heights (UCDP 302). */
  public static final ConflictId DISPUTE = ConflictId.of("C1");
  /** C2 the 1967 episode. */
  public static final ConflictId WAR_1967 = ConflictId.of("C2");
  /** C3 the 1973 episode. */
  public static final ConflictId WAR_1973 = ConflictId.of("C3");

  /** E2 the capture of the Golan, 9–10 June 1967. */
  public static final EventId CAPTURE = EventId.of("E2");
  /** E18 Israeli forces enter the area of separation, December 2024. */
  public static final EventId ENTRY_2024 = EventId.of("E18");
  /** E9 the disengagement agreement signed at Geneva, 31 May 1974, after the 1973 war's fighting. */
  public static final EventId SIGNING_1974 = EventId.of("E9");
  /** E11 the Knesset passes the Golan Heights Law, 14 December 1981. */
  public static final EventId GOLAN_LAW_PASSED = EventId.of("E11");

  /** S1 the ceasefire called for by resolution 338 (1973). */
  public static final CeasefireId CEASEFIRE_1973 = CeasefireId.of("S1");
  /** S2 the Agreement on Disengagement of 31 May 1974. */
  public static final AgreementId DISENGAGEMENT = AgreementId.of("S2");
  /** S2a the ceasefire the agreement binds Israel and Syria to (its clause A). */
  public static final CeasefireId CEASEFIRE_1974 = CeasefireId.of("S2a");

  /** J3 Security Council resolution 497 (1981). */
  public static final RulingId RESOLUTION_497 = RulingId.of("J3");

  /** M1 UNDOF as observer force. */
  public static final MediatorId UNDOF_ROLE = MediatorId.of("M1");
  /** M2 Kissinger (for the United States), mediator of S2. */
  public static final MediatorId KISSINGER_MEDIATOR = MediatorId.of("M2");
  /** M3 the Observer Group Golan, observers assisting UNDOF. */
  public static final MediatorId OBSERVER_GROUP_ROLE = MediatorId.of("M3");

  /** K1 the Knesset's Golan Heights Law. */
  public static final ClaimId K1_GOLAN_LAW = ClaimId.of("K1");
  /** K2 Syria: the Golan is occupied Syrian territory. */
  public static final ClaimId K2_SYRIA = ClaimId.of("K2");
  /** K3a the United States (Nixon to Assad, July 1974): the Golan would be returned to Syria. */
  public static final ClaimId K3A_NIXON = ClaimId.of("K3a");
  /** K3c the United States (25 March 2019): the Golan is part of Israel. */
  public static final ClaimId K3C_PROCLAMATION = ClaimId.of("K3c");
  /** K7 Netanyahu (8 December 2024): the disengagement agreement has collapsed. */
  public static final ClaimId K7_COLLAPSED = ClaimId.of("K7");
  /** K8 the UN spokesman (9 December 2024): Israel's actions are a violation. */
  public static final ClaimId K8_UN_VIOLATION = ClaimId.of("K8");
  /** K8b UNDOF (12 December 2024): the actions constitute a violation. */
  public static final ClaimId K8B_UNDOF = ClaimId.of("K8b");
  /** K9 the United States (9 December 2024): supports all sides upholding the agreement. */
  public static final ClaimId K9_US_UPHOLD = ClaimId.of("K9");
  /** K10 the Security Council (20 December 2024): both must fully comply. */
  public static final ClaimId K10_COUNCIL = ClaimId.of("K10");
  /** K11 the Secretary-General (2013): Syrian forces in the area of separation, a violation. */
  public static final ClaimId K11_SYRIA_2013 = ClaimId.of("K11");

  // ---------------------------------------------------------------- times

  /** 31 May 1974: the agreement signed at Geneva and resolution 350 [SRC06, SRC07]. */
  public static final FuzzyTime MAY_31_1974 = day(1974, 5, 31);
  /** 25 March 2019: the US proclamation [SRC19]. */
  public static final FuzzyTime PROCLAMATION_DAY = day(2019, 3, 25);

  private static final DisputeModel MODEL = build();

  /** Returns the Golan Heights model: immutable, built once. */
  public static DisputeModel model() {
    return MODEL;
  }

  private static DisputeModel build() {
    return DisputeModel.builder()
        .addSources(
            source(UCDP_ACD, SourceKind.DATASET_RELEASE, "UCDP/PRIO Armed Conflict Dataset 23.1",
                "CC BY 4.0; conflict_id 302, years 1967 and 1973"),
            source(RES_350, SourceKind.OFFICIAL_STATEMENT, "Security Council resolution 350 (1974)", MAY_31_1974,
                "Avalon Project, Yale Law School"),
            source(AGREEMENT_TEXT, SourceKind.OFFICIAL_STATEMENT,
                "Agreement on Disengagement between Israeli and Syrian Forces (S/11302/Add.1, Annex A)",
                day(1974, 5, 30), "13 I.L.M. 880 (1974)"),
            source(JVL_AGREEMENT, SourceKind.OTHER, "Agreement on Disengagement of Forces between Israel and Syria"
                + " (Jewish Virtual Library)", "reference (partisan-leaning)"),
            source(UNDOF_BACKGROUND, SourceKind.OFFICIAL_STATEMENT, "UNDOF, Background", "undof.unmissions.org/background"),
            source(UNDOF_REPORT_1985, SourceKind.OFFICIAL_STATEMENT,
                "Report of the Secretary-General on UNDOF for 14 May – 13 November 1985",
                "un.org/unispal, auto-insert-183900 (composition)"),
            source(UNDOF_REPORT_1992, SourceKind.OFFICIAL_STATEMENT, "Report of the Secretary-General on UNDOF (S/24821)",
                day(1992, 11, 19), "unispal.un.org"),
            source(JVL_UNDOF, SourceKind.OTHER, "Disengagement Observer Force (UNDOF) (Jewish Virtual Library)",
                "copy of a UN text of 1999"),
            source(UNIC_2013, SourceKind.OFFICIAL_STATEMENT, "501 Fijian troops join UNDOF on the Israel-Syria border",
                day(2013, 8, 1), "un.org.au"),
            source(S_2013_345, SourceKind.OFFICIAL_STATEMENT, "Report of the Secretary-General on UNDOF (S/2013/345)",
                day(2013, 6, 12), "copy on vdocument.in"),
            source(GOLAN_LAW, SourceKind.OFFICIAL_STATEMENT, "Israel – The Golan Heights Laws – English",
                "LNI Resource Center (partisan host)"),
            source(RES_497, SourceKind.OFFICIAL_STATEMENT, "Security Council resolution 497 (1981), French text",
                day(1981, 12, 17), "voltairenet.org"),
            source(PROCLAMATION, SourceKind.OFFICIAL_STATEMENT,
                "Proclamation Recognizing the Golan Heights as Part of the State of Israel", PROCLAMATION_DAY,
                "copy at icjs-online.org"),
            source(REUTERS_2019, SourceKind.NEWS_REPORT, "UN chief clear that Golan status has not changed: spokesman"
                + " (Reuters)", PROCLAMATION_DAY, "reuters.com"),
            source(AFP_EU_2019, SourceKind.NEWS_REPORT, "EU insists Golan Heights not Israeli territory (AFP via The Sun"
                + " Daily)", month(2019, 3), "thesundaily.my"),
            source(RADIO_PAKISTAN, SourceKind.NEWS_REPORT, "UN policy on Israeli-occupied Golan Heights remains"
                + " unchanged (Radio Pakistan)", day(2019, 3, 26), "radio.gov.pk"),
            source(CIE, SourceKind.OTHER, "Presidential Proclamation Recognizing the Golan Heights as Part of the State"
                + " of Israel (Center for Israel Education)", "reference (partisan-leaning), introduction of 2025"),
            source(AFP_2024, SourceKind.NEWS_REPORT, "Israel PM says ordered military to seize Syria buffer zone (AFP)",
                day(2024, 12, 8), "english.hathalyoum.net"),
            source(LOCALNEWS_2024, SourceKind.NEWS_REPORT, "Israel Secures Syrian Buffer Zone After Agreement Breaks"
                + " Down (localnews.ai)", day(2024, 12, 9), "news aggregator"),
            source(CNA_2024, SourceKind.NEWS_REPORT, "Netanyahu, Golan Heights (CNA)", month(2024, 12),
                "channelnewsasia.com"),
            source(PALESTINE_CHRONICLE, SourceKind.NEWS_REPORT, "Violation of 1974 Agreement: Israel increases"
                + " military movements in Golan Heights (Palestine Chronicle)", day(2024, 12, 13),
                "partisan-leaning; quotes the UNDOF statement of 12 December"),
            source(UN_2024, SourceKind.NEWS_REPORT, "UNSC extends Golan observer mandate (UN meetings coverage via"
                + " Mirage News)", day(2024, 12, 20), "miragenews.com"),
            source(WIKI_GOLAN, SourceKind.OTHER, "Wikipedia, Golan Heights (Simple English)", "wiki copy"),
            source(NYT_1981, SourceKind.NEWS_REPORT, "The Golan Heights Annexed by Israel in an Abrupt Move (The New"
                + " York Times, David K. Shipler)", day(1981, 12, 15), "copy on goodtimesweb.org"),
            source(TIME_1981, SourceKind.NEWS_REPORT, "Begin's Brash Blitz (TIME, George Russell)", day(1981, 12, 28),
                "TIME archive copy"))
        .addParties(
            Party.builder().id(ISRAEL).name("Israel").kind(PartyKind.STATE).ucdpActorId(121).gleditschWardNumber(666).build(),
            Party.builder().id(SYRIA).name("Syria").kind(PartyKind.STATE).ucdpActorId(118).gleditschWardNumber(652).build(),
            // set up 31 May 1974 by resolution 350 [SRC03].
            Party.builder().id(UNDOF).name("United Nations Disengagement Observer Force").addAliases("UNDOF")
                .kind(PartyKind.OBSERVER_MISSION).actsFor(SECURITY_COUNCIL).proclaimed(MAY_31_1974).build(),
            party(OBSERVER_GROUP, "UNTSO Observer Group Golan", PartyKind.OBSERVER_MISSION),
            party(SECURITY_COUNCIL, "United Nations Security Council", PartyKind.INTERNATIONAL_ORGANIZATION),
            party(SECRETARY_GENERAL, "United Nations Secretary-General", PartyKind.INTERNATIONAL_ORGANIZATION),
            party(UNITED_STATES, "United States", PartyKind.STATE),
            person(KISSINGER, "Henry Kissinger", "Secretary of State", UNITED_STATES),
            Party.builder().id(KNESSET).name("Knesset").kind(PartyKind.GOVERNMENT_BODY).actsFor(ISRAEL).build(),
            person(TRUMP, "Donald Trump", "President", UNITED_STATES),
            person(NETANYAHU, "Benjamin Netanyahu", "Prime Minister", ISRAEL),
            party(EUROPEAN_UNION, "European Union", PartyKind.INTERNATIONAL_ORGANIZATION),
            party(SAUDI_ARABIA, "Saudi Arabia", PartyKind.STATE))
        .addTerritories(
            Territory.builder().id(GOLAN).name("Golan Heights").kind(TerritoryKind.REGION).build(),
            Territory.builder().id(ISRAELI_HELD).name("Israeli-held Golan").kind(TerritoryKind.REGION).parent(GOLAN)
                // Resolution 497: "the Syrian territory occupied by Israel since June 1967"
                // [SRC18], adopted 15–0–0 [SRC17]; the UN's policy is unchanged [SRC21].
                .addSovereignty(SovereigntyStatus.builder().sovereign(SYRIA).internationallyRecognized(true)
                    .period(FuzzyPeriod.since(month(1967, 6))).source(RES_497).build())
                // G1: "the United States recognizes that the Golan Heights are part of the State of
                // Israel" [SRC19]; whether any other state does is not confirmed.
                .addSovereignty(SovereigntyStatus.builder().sovereign(ISRAEL).addRecognizers(UNITED_STATES)
                    .period(FuzzyPeriod.since(PROCLAMATION_DAY)).source(PROCLAMATION).build())
                // G3: held by Israel since June 1967, "the occupying Power" [SRC18].
                .addControl(ControlStatus.builder().controller(ISRAEL).kind(ControlKind.OCCUPIES)
                    .period(FuzzyPeriod.since(month(1967, 6))).source(RES_497).build())
                .build(),
            // East of Line A, "under Syrian administration" [SRC05]; from 8 December 2024 Israeli
            // forces hold positions in it, still on 13 December [SRC29, SRC31].
            Territory.builder().id(AREA_OF_SEPARATION).name("Area of separation").addAliases("buffer zone")
                .kind(TerritoryKind.BORDER_ZONE).parent(GOLAN).addAdjacentTo(ISRAELI_HELD)
                .addControl(ControlStatus.builder().controller(SYRIA).kind(ControlKind.ADMINISTERS)
                    .period(FuzzyPeriod.since(MAY_31_1974)).source(AGREEMENT_TEXT).build())
                .addControl(ControlStatus.builder().controller(ISRAEL).kind(ControlKind.OCCUPIES)
                    .period(FuzzyPeriod.of(FuzzyTime.on(LocalDate.of(2024, 12, 8), PartOfDay.MORNING), day(2024, 12, 13)))
                    .source(PALESTINE_CHRONICLE).build())
                .build())
        .addConflicts(
            Conflict.builder().id(DISPUTE).name("Israel–Syria dispute over the Golan Heights")
                .type(ConflictType.INTERSTATE).incompatibility(Incompatibility.TERRITORY)
                .addSides(side("Israel", ISRAEL), side("Syria", SYRIA)).addTerritoriesAtStake(GOLAN)
                .period(FuzzyPeriod.since(day(1967, 6, 5))).addSources(UCDP_ACD).build(),
            Conflict.builder().id(WAR_1967).name("1967 war on the Golan").parent(DISPUTE)
                .type(ConflictType.INTERSTATE).addSides(side("Israel", ISRAEL), side("Syria", SYRIA))
                .period(FuzzyPeriod.of(day(1967, 6, 5), day(1967, 6, 10)))
                .intensity(Intensity.WAR).putIntensityByYear(1967, Intensity.WAR).addSources(UCDP_ACD).build(),
            // UCDP ends the episode on 24 October 1973, two days after resolution 338 [SRC01].
            Conflict.builder().id(WAR_1973).name("1973 war on the Golan").parent(DISPUTE)
                .type(ConflictType.INTERSTATE).addSides(side("Israel", ISRAEL), side("Syria", SYRIA))
                .period(FuzzyPeriod.of(day(1973, 10, 6), day(1973, 10, 24)))
                .intensity(Intensity.WAR).putIntensityByYear(1973, Intensity.WAR).addSources(UCDP_ACD).build())
        .addEvents(
            // "on 9-10 June 1967" [SRC35, a Wikipedia-derived blog: the best source reached].
            Event.builder().id(CAPTURE).conflict(WAR_1967).kind(EventKind.OCCUPATION)
                .time(FuzzyTime.between(day(1967, 6, 9), day(1967, 6, 10))).addPlaces(ISRAELI_HELD)
                .addParticipants(ISRAEL).description("capture of the Golan").source(WIKI_GOLAN).build(),
            // "The IDF entered the zone on Sunday morning" [SRC29]; Netanyahu gave the order the day
            // before [SRC27].
            // E9: S2 signed at Geneva "by senior military officers" [SRC06], seven months after
            // the 1973 war's last day (24 October 1973): an agreement may follow the fighting.
            Event.builder().id(SIGNING_1974).conflict(WAR_1973).kind(EventKind.AGREEMENT).time(MAY_31_1974)
                .addParticipants(ISRAEL, SYRIA).description("the disengagement agreement signed at Geneva by senior"
                    + " military officers").source(JVL_AGREEMENT).build(),
            // E11: the law "passed in the Knesset with a majority of 63 in favour, 21 against" on
            // 14 December 1981, in force on the day of its passage [SRC15, SRC16].
            Event.builder().id(GOLAN_LAW_PASSED).conflict(DISPUTE).kind(EventKind.OTHER).time(day(1981, 12, 14))
                .addPlaces(ISRAELI_HELD).addParticipants(KNESSET)
                .description("the Knesset passes the Golan Heights Law").source(GOLAN_LAW).build(),
            Event.builder().id(ENTRY_2024).conflict(DISPUTE).kind(EventKind.OCCUPATION)
                .time(FuzzyTime.on(LocalDate.of(2024, 12, 8), PartOfDay.MORNING)).addPlaces(AREA_OF_SEPARATION)
                .addParticipants(ISRAEL).description("the IDF entered the buffer zone").source(LOCALNEWS_2024).build())
        .addCeasefires(
            // S1: "called for" by resolution 338 of 22 October 1973 [SRC03, SRC05]; the sheet gives
            // no time it took effect.
            Ceasefire.builder().id(CEASEFIRE_1973).name("Ceasefire of resolution 338 (1973)").conflict(WAR_1973)
                .source(AGREEMENT_TEXT).build(),
            // Clause A: "Israel and Syria will scrupulously observe the cease-fire on land, sea and
            // air", in effect "from the time of the signing of this document" [SRC05].
            Ceasefire.builder().id(CEASEFIRE_1974).name("Ceasefire of the 1974 disengagement agreement")
                .conflict(DISPUTE).addSignatories(ISRAEL, SYRIA).agreed(MAY_31_1974).effective(MAY_31_1974)
                .source(AGREEMENT_TEXT).build())
        .addAgreements(
            Agreement.builder().id(DISENGAGEMENT).name("Agreement on Disengagement between Israeli and Syrian Forces")
                .kind(AgreementKind.MILITARY_TECHNICAL).conflict(DISPUTE).addSignatories(ISRAEL, SYRIA)
                .agreed(MAY_31_1974).effective(MAY_31_1974).addCeasefires(CEASEFIRE_1974)
                .addProvisions(
                    new OtherProvision("Israeli forces west of Line A (Line A-1 in the Quneitra area)"),
                    new OtherProvision("all territory east of Line A under Syrian administration"),
                    new OtherProvision("an area of separation between Lines A and B, where UNDOF is stationed"),
                    new OtherProvision("two equal areas of limitation in armament and forces, one on each side"))
                // "negotiated in implementation of Security Council resolution 338" [SRC03].
                .addLinks(ChainLink.recommitsTo(CEASEFIRE_1973))
                .source(AGREEMENT_TEXT).build())
        .addRulings(
            // J3: "Decides that the Israeli decision to impose its laws, jurisdiction and
            // administration in the occupied Syrian Golan Heights is null and void and without
            // international legal effect" [SRC18]. Whether it binds is not stated by any source
            // reached: its binding force is left unstated.
            Ruling.builder().id(RESOLUTION_497).name("Security Council resolution 497 (1981)")
                .body(SECURITY_COUNCIL).issued(day(1981, 12, 17)).conflict(DISPUTE)
                .addDecisions(new ClaimDecision(K1_GOLAN_LAW, ClaimVerdict.WITHOUT_BASIS),
                    new SovereigntyDecision(ISRAELI_HELD, SYRIA))
                .source(RES_497).build())
        .addMediators(
            // In being from 3 June 1974 [SRC07]; its strength, each figure as its source dates it
            // (M1): 1,218 all ranks on 16 June 1974 [SRC07], 1,323 troops and 8 observers on
            // 13 November 1985 [SRC09], 1,125 troops and 5 observers in November 1992 [SRC10], 1,029
            // troops on 31 May 1999 [SRC11], 1,166 troops on 29 July 2013 [SRC12].
            Mediator.builder().id(UNDOF_ROLE).party(UNDOF).role(MediatorRole.OBSERVER).conflict(DISPUTE)
                .agreement(DISENGAGEMENT).period(FuzzyPeriod.since(day(1974, 6, 3)))
                .addStrengths(
                    new ForceStrength(Estimate.exact(1218).withWording("1,218 all ranks"), day(1974, 6, 16),
                        UNDOF_BACKGROUND),
                    new ForceStrength(Estimate.exact(1331).withWording("1,323 troops and 8 UN military observers"),
                        day(1985, 11, 13), UNDOF_REPORT_1985),
                    new ForceStrength(Estimate.exact(1130).withWording("1,125 troops and 5 observers"),
                        month(1992, 11), UNDOF_REPORT_1992),
                    new ForceStrength(Estimate.exact(1029).withWording("1,029 troops"), day(1999, 5, 31), JVL_UNDOF),
                    new ForceStrength(Estimate.exact(1166).withWording("1,166 troops"), day(2013, 7, 29), UNIC_2013))
                .source(UNIC_2013).build(),
            Mediator.builder().id(KISSINGER_MEDIATOR).party(KISSINGER).role(MediatorRole.MEDIATOR).conflict(DISPUTE)
                .agreement(DISENGAGEMENT).period(FuzzyPeriod.at(month(1974, 5))).source(JVL_AGREEMENT).build(),
            Mediator.builder().id(OBSERVER_GROUP_ROLE).party(OBSERVER_GROUP).role(MediatorRole.OBSERVER)
                .conflict(DISPUTE).forceSize(Estimate.about(80).withWording("some 80 military observers (1999)"))
                .source(JVL_UNDOF).build())
        .addClaims(
            claim("K1", KNESSET, GOLAN_LAW, day(1981, 12, 14))
                .quote("The Law, jurisdiction and administration of the state shall apply to the Golan Heights")
                .addPropositions(new Sovereignty(ISRAELI_HELD, ISRAEL))
                .heldDuring(FuzzyPeriod.since(day(1981, 12, 14))).build(),
            // E11 an annexation: "The Golan Heights Annexed by Israel in an Abrupt Move" (the New
            // York Times of 15 December 1981, in its own voice) [SRC43]; TIME (28 December 1981):
            // "Israel's move fell short of outright annexation, but only in the narrowest legal
            // sense" [SRC44], a hedged denial. Begin's refusal of the word ("You use the word
            // 'annexation.' I do not use it" [SRC16]) is undated in every source reached: left out.
            Claim.builder().id(ClaimId.of("K1b")).source(NYT_1981).madeAt(day(1981, 12, 15))
                .quote("The Golan Heights Annexed by Israel in an Abrupt Move")
                .addPropositions(new Characterization(GOLAN_LAW_PASSED, CharacterKind.ANNEXATION)).build(),
            Claim.builder().id(ClaimId.of("K1c")).source(TIME_1981).madeAt(day(1981, 12, 28))
                .quote("Israel's move fell short of outright annexation, but only in the narrowest legal sense")
                .hedge("but only in the narrowest legal sense").polarity(Polarity.DENIES)
                .addPropositions(new Characterization(GOLAN_LAW_PASSED, CharacterKind.ANNEXATION)).build(),
            // Syria's letter of 14 December 1981 (S/14791), considered in resolution 497 [SRC18].
            claim("K2", SYRIA, RES_497, day(1981, 12, 14)).addPropositions(new Sovereignty(ISRAELI_HELD, SYRIA))
                .heldDuring(FuzzyPeriod.since(month(1967, 6))).build(),
            // K3: the US's positions, each replacing the last [SRC26 (weak), SRC19].
            claim("K3a", UNITED_STATES, CIE, month(1974, 7)).hedge("promised")
                .addPropositions(new Sovereignty(ISRAELI_HELD, SYRIA)).build(),
            claim("K3c", TRUMP, PROCLAMATION, PROCLAMATION_DAY)
                .quote("the United States recognizes that the Golan Heights are part of the State of Israel")
                .addPropositions(new Sovereignty(ISRAELI_HELD, ISRAEL)).replaces(K3A_NIXON).build(),
            claim("K4", SECRETARY_GENERAL, REUTERS_2019, PROCLAMATION_DAY)
                .quote("For the secretary-general, it is clear that the status of the Golan has not changed")
                .addPropositions(new Sovereignty(ISRAELI_HELD, SYRIA)).build(),
            claim("K5", EUROPEAN_UNION, AFP_EU_2019, day(2019, 3, 27))
                .quote("the European Union does not recognise Israeli sovereignty over the occupied Golan Heights")
                .polarity(Polarity.DENIES).addPropositions(new Sovereignty(ISRAELI_HELD, ISRAEL)).build(),
            claim("K6", SAUDI_ARABIA, RADIO_PAKISTAN, day(2019, 3, 26))
                .addPropositions(new Sovereignty(ISRAELI_HELD, SYRIA)).build(),
            // December 2024: one signatory declares the ceasefire over, others say it holds. Where
            // the words name the 1974 disengagement agreement, the claim names it (the agreement
            // contains the ceasefire, so ceasefire-not-in-agreement is silent).
            claim("K7", NETANYAHU, AFP_2024, day(2024, 12, 8)).quote("had collapsed")
                .addPropositions(new CeasefireStatus(CEASEFIRE_1974, CeasefireState.ENDED).naming(DISENGAGEMENT)).build(),
            claim("K8", SECRETARY_GENERAL, CNA_2024, day(2024, 12, 9)).quote("a violation")
                .addPropositions(new CeasefireStatus(CEASEFIRE_1974, CeasefireState.VIOLATED)).build(),
            claim("K8b", UNDOF, PALESTINE_CHRONICLE, day(2024, 12, 12))
                .quote("these actions constitute a violation of the 1974 Disengagement Agreement")
                .addPropositions(new CeasefireStatus(CEASEFIRE_1974, CeasefireState.VIOLATED).naming(DISENGAGEMENT)).build(),
            claim("K9", UNITED_STATES, CNA_2024, day(2024, 12, 9))
                .quote("we support all sides upholding the 1974 disengagement agreement")
                .addPropositions(new CeasefireStatus(CEASEFIRE_1974, CeasefireState.HOLDING).naming(DISENGAGEMENT)).build(),
            // K10: resolution 2766 "stressed the need for both Israel and Syria to fully comply with
            // the 1974 Disengagement of Forces Agreement" [SRC32]: in force, whether respected or not.
            claim("K10", SECURITY_COUNCIL, UN_2024, day(2024, 12, 20))
                .addPropositions(new CeasefireStatus(CEASEFIRE_1974, CeasefireState.IN_FORCE).naming(DISENGAGEMENT)).build(),
            // 2013: the Syrian armed forces' presence in the area of separation "is in violation of
            // the 1974 Disengagement of Forces Agreement" [SRC14].
            claim("K11", SECRETARY_GENERAL, S_2013_345, day(2013, 6, 12))
                .addPropositions(new CeasefireStatus(CEASEFIRE_1974, CeasefireState.VIOLATED)).build())
        .build();
  }
}
