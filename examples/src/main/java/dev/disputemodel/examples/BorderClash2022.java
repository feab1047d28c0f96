package dev.disputemodel.examples;

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
import dev.disputemodel.ConflictType;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.Deployment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Initiated;
import dev.disputemodel.Intensity;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.NoStatement;
import dev.disputemodel.Outcome;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Stance;
import dev.disputemodel.StanceKind;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.Withdrawal;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfDay;
import dev.disputemodel.time.Precision;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.Optional;

/**
 * The reference story, modelled in full: the news report on the September 2022 clashes on the
 * Armenia–Azerbaijan border ({@code border-clash-2022.txt}), every item of its facts list
 * ({@code border-clash-2022-facts.md}) as typed data.
 *
 * <p>Every id's text is the facts list's id ({@code P1}, {@code K7}, ...), so a reader can map the
 * model back to the list. Where one item needs several entities, they carry a letter suffix
 * ({@code M1a}, {@code M1b}, {@code M1c}); where an item's figure or remark is said by the article
 * in its own voice, the claim carries the item's id ({@code Claim:C4} is the article's "dozens of
 * soldiers have been killed" about {@code Conflict:C4}). Ids of different kinds never collide.
 *
 * <p>Nothing here goes beyond the article and the facts list: every figure is the article's, with
 * its own words kept as the estimate's wording; every date is in the article or is one of the
 * facts list's public facts; inferences (the article's publication time, when claims were made)
 * are documented where they are made.
 *
 * <p>The model is built once and is immutable; {@link #model()} returns it.
 */
public final class BorderClash2022 {
  private BorderClash2022() {}

  // ---------------------------------------------------------------- source

  /** The news report itself: the source of everything here, and a claimant in its own voice. */
  public static final SourceId ARTICLE = SourceId.of("article");

  // ---------------------------------------------------------------- parties

  /** P1 Armenia, a state. */
  public static final PartyId ARMENIA = PartyId.of("P1");
  /** P2 Azerbaijan, a state. */
  public static final PartyId AZERBAIJAN = PartyId.of("P2");
  /** P3 the Azerbaijan Ministry of Defense, a government body of P2. */
  public static final PartyId AZERBAIJAN_MOD = PartyId.of("P3");
  /** P4 Nikol Pashinyan, Prime Minister of Armenia, speaking for P1. */
  public static final PartyId PASHINYAN = PartyId.of("P4");
  /** P5 Russia ("Moscow"), a state. */
  public static final PartyId RUSSIA = PartyId.of("P5");
  /** P6 the Russian peacekeeping force in the area, a peacekeeping mission of P5. */
  public static final PartyId PEACEKEEPERS = PartyId.of("P6");
  /** P7 Turkey, a state. */
  public static final PartyId TURKEY = PartyId.of("P7");
  /** P8 Mevlut Cavusoglu, Turkey's foreign minister, speaking for P7. */
  public static final PartyId CAVUSOGLU = PartyId.of("P8");
  /** P9 the United States, a state. */
  public static final PartyId UNITED_STATES = PartyId.of("P9");
  /** P10 Antony Blinken, US Secretary of State, speaking for P9. */
  public static final PartyId BLINKEN = PartyId.of("P10");

  // ---------------------------------------------------------------- relations (R4 is an attribute)

  /** R1 Russia is an ally of Armenia. */
  public static final RelationId RUSSIA_ALLY_OF_ARMENIA = RelationId.of("R1");
  /** R2 Turkey has ties to Azerbaijan. */
  public static final RelationId TURKEY_TIES_TO_AZERBAIJAN = RelationId.of("R2");
  /** R3 Turkey has "apparently" backed Azerbaijan (the relation; the backing of K6 is a claim). */
  public static final RelationId TURKEY_BACKS_AZERBAIJAN = RelationId.of("R3");

  // ---------------------------------------------------------------- territories

  /** T1 Nagorno-Karabakh. */
  public static final TerritoryId NAGORNO_KARABAKH = TerritoryId.of("T1");
  /** T2 the occupied areas around Nagorno-Karabakh. */
  public static final TerritoryId SURROUNDING_AREAS = TerritoryId.of("T2");
  /** T3 several Armenian border towns. */
  public static final TerritoryId BORDER_TOWNS = TerritoryId.of("T3");
  /** T4 the border between Armenia and Azerbaijan. */
  public static final TerritoryId BORDER = TerritoryId.of("T4");

  // ---------------------------------------------------------------- conflicts and events

  /** C1 the dispute over Nagorno-Karabakh. */
  public static final ConflictId DISPUTE = ConflictId.of("C1");
  /** C2 the two full-scale wars of the 1980s and 1990s, an episode of C1. */
  public static final ConflictId WARS_1980S_1990S = ConflictId.of("C2");
  /** C3 the six-week war of September–November 2020, an episode of C1. */
  public static final ConflictId WAR_2020 = ConflictId.of("C3");
  /** C4 the September 2022 border clashes, an episode of C1. */
  public static final ConflictId CLASHES_2022 = ConflictId.of("C4");

  /** C4's fighting overnight on Monday 12 September 2022, on the border. */
  public static final EventId CLASH_2022 = EventId.of("C4");
  /** E1a the 2020 Russian-brokered deal that ended C3. */
  public static final EventId DEAL_2020 = EventId.of("E1a");
  /** E1b Armenia's withdrawal of its troops from the areas around Nagorno-Karabakh. */
  public static final EventId WITHDRAWAL_2020 = EventId.of("E1b");
  /** E1c the deployment in 2020 of the Russian peacekeeping force of almost 2,000 troops. */
  public static final EventId DEPLOYMENT_2020 = EventId.of("E1c");

  // ---------------------------------------------------------------- ceasefires and mediators

  /** S1 the 2020 deal as a ceasefire of C3. */
  public static final CeasefireId DEAL_2020_CEASEFIRE = CeasefireId.of("S1");
  /** S2 the ceasefire of C4 that Russia says it brokered, effective Tuesday morning. */
  public static final CeasefireId CEASEFIRE_2022 = CeasefireId.of("S2");

  /** M1a Russia as broker of S1. */
  public static final MediatorId RUSSIA_BROKER_2020 = MediatorId.of("M1a");
  /** M1b Russia as broker of S2, on its own word (K3). */
  public static final MediatorId RUSSIA_BROKER_2022 = MediatorId.of("M1b");
  /** M1c the Russian peacekeeping force as peacekeeper since 2020. */
  public static final MediatorId PEACEKEEPING_2020 = MediatorId.of("M1c");

  // ---------------------------------------------------------------- claims

  /** K1 Pashinyan: 49 Armenian soldiers were killed. */
  public static final ClaimId K1_ARMENIAN_DEAD = ClaimId.of("K1");
  /** K2 Azerbaijan's Ministry of Defense: 50 casualties among its troops. */
  public static final ClaimId K2_AZERBAIJANI_CASUALTIES = ClaimId.of("K2");
  /** K3 Russia: it brokered S2, effective Tuesday morning. */
  public static final ClaimId K3_RUSSIA_BROKERED_CEASEFIRE = ClaimId.of("K3");
  /** K4 Armenia: the fighting died down rather than ended entirely. */
  public static final ClaimId K4_FIGHTING_DIED_DOWN = ClaimId.of("K4");
  /** K5 Armenia: Azerbaijan bombed border towns; Armenia responded to the provocation. */
  public static final ClaimId K5_TOWNS_BOMBED = ClaimId.of("K5");
  /** K6 Azerbaijan: its military positions were hit first. */
  public static final ClaimId K6_POSITIONS_HIT_FIRST = ClaimId.of("K6");
  /** K7 Pashinyan: "Azerbaijani attacks continue on one or two fronts". */
  public static final ClaimId K7_ATTACKS_CONTINUE = ClaimId.of("K7");
  /** K8 the article: Azerbaijan suffered casualties but released no statement on them. */
  public static final ClaimId K8_NO_AZERBAIJANI_STATEMENT = ClaimId.of("K8");
  /** K9 Blinken: "there can be no military solution to the conflict". */
  public static final ClaimId K9_NO_MILITARY_SOLUTION = ClaimId.of("K9");
  /** K10 Russia: "must be resolved exclusively through diplomatic and political means". */
  public static final ClaimId K10_DIPLOMATIC_MEANS = ClaimId.of("K10");
  /** K11 Cavusoglu: "Armenia should stop its provocations and focus on peace negotiations". */
  public static final ClaimId K11_STOP_PROVOCATIONS = ClaimId.of("K11");
  /** K12 the article: the clashes have been internationally condemned. */
  public static final ClaimId K12_CONDEMNED = ClaimId.of("K12");
  /** R3 the article: Turkey has apparently backed Azerbaijan's version of events (K6). */
  public static final ClaimId R3_TURKEY_BACKS_ACCOUNT = ClaimId.of("R3");
  /** C3 the article: thousands of people were killed in the 2020 war. */
  public static final ClaimId C3_WAR_DEAD = ClaimId.of("C3");
  /** C4 the article: dozens of soldiers have been killed in the 2022 clashes. */
  public static final ClaimId C4_CLASH_DEAD = ClaimId.of("C4");

  // ---------------------------------------------------------------- times

  /** "Overnight on Monday", "Monday night": the night of 12–13 September 2022 (a public fact). */
  public static final FuzzyTime MONDAY_NIGHT = FuzzyTime.on(LocalDate.of(2022, 9, 12), PartOfDay.NIGHT);

  /** "Tuesday morning": the morning of 13 September 2022 (a public fact). */
  public static final FuzzyTime TUESDAY_MORNING =
      FuzzyTime.on(LocalDate.of(2022, 9, 13), PartOfDay.MORNING);

  /** The first day of the six-week war of 2020 (a public fact). */
  public static final FuzzyTime WAR_2020_START = FuzzyTime.onDay(LocalDate.of(2020, 9, 27));

  /** The last day of the six-week war of 2020, ended by the deal (a public fact). */
  public static final FuzzyTime WAR_2020_END = FuzzyTime.onDay(LocalDate.of(2020, 11, 10));

  /**
   * When the article was published. It gives no date, so this is inferred from the text: it says
   * the ceasefire "went into effect Tuesday morning" in the past tense and reports Pashinyan on
   * the fighting after it, so it was written no earlier than the start of Tuesday morning,
   * 13 September 2022. It calls the fighting "the latest clashes" and "the current dispute" and
   * says Azerbaijan "has not yet released any statement", so it was written while the clashes were
   * current news; the upper bound is the end of that month, September 2022. Hence a moment in
   * [2022-09-13T06:00, 2022-10-01T00:00), stated at the precision of a month.
   */
  public static final FuzzyTime PUBLISHED =
      FuzzyTime.of(
          TUESDAY_MORNING.earliest(), LocalDateTime.of(2022, 10, 1, 0, 0), Precision.MONTH);

  private static final DisputeModel MODEL = build();

  /** Returns the reference model: immutable, built once, every facts-list item in it. */
  public static DisputeModel model() {
    return MODEL;
  }

  /**
   * Returns when a claim reported by the article was made: no earlier than the start of what it
   * reports (a claim cannot report what has not yet happened) and no later than the article.
   */
  static FuzzyTime madeNoEarlierThan(FuzzyTime reported) {
    return FuzzyTime.between(reported, PUBLISHED);
  }

  private static DisputeModel build() {
    return DisputeModel.builder()
        .addSources(article())
        .addParties(
            state(ARMENIA, "Armenia").withMajorityReligion("Christian"),
            state(AZERBAIJAN, "Azerbaijan").withMajorityReligion("Muslim"),
            Party.builder()
                .id(AZERBAIJAN_MOD)
                .name("Azerbaijan Ministry of Defense")
                .kind(PartyKind.GOVERNMENT_BODY)
                .actsFor(AZERBAIJAN)
                .build(),
            official(PASHINYAN, "Nikol Pashinyan", "Prime Minister", ARMENIA),
            state(RUSSIA, "Russia").withAliases("Moscow"),
            Party.builder()
                .id(PEACEKEEPERS)
                .name("Russian peacekeeping force")
                .kind(PartyKind.PEACEKEEPING_MISSION)
                .actsFor(RUSSIA)
                .build(),
            state(TURKEY, "Turkey"),
            official(CAVUSOGLU, "Mevlut Cavusoglu", "Foreign Minister", TURKEY),
            state(UNITED_STATES, "United States").withAliases("US"),
            official(BLINKEN, "Antony Blinken", "Secretary of State", UNITED_STATES))
        .addRelations(
            relation(RUSSIA_ALLY_OF_ARMENIA, RUSSIA, RelationKind.ALLY_OF, ARMENIA),
            relation(TURKEY_TIES_TO_AZERBAIJAN, TURKEY, RelationKind.HAS_TIES_TO, AZERBAIJAN),
            // The relation half of R3; the backing of Azerbaijan's account (K6) is claim R3.
            relation(TURKEY_BACKS_AZERBAIJAN, TURKEY, RelationKind.BACKS, AZERBAIJAN)
                .withHedge("apparently"))
        .addTerritories(territories())
        .addConflicts(conflicts())
        .addEvents(events())
        .addCeasefires(ceasefires())
        .addMediators(mediators())
        .addClaims(claims())
        .build();
  }

  private static Source article() {
    return Source.builder()
        .id(ARTICLE)
        .kind(SourceKind.NEWS_REPORT)
        // The article's headline and publisher are not given: the title describes it.
        .title("News report on the September 2022 clashes on the Armenia–Azerbaijan border")
        .published(PUBLISHED)
        .build();
  }

  private static Party state(PartyId id, String name) {
    return Party.builder().id(id).name(name).kind(PartyKind.STATE).build();
  }

  private static Party official(PartyId id, String name, String office, PartyId state) {
    return Party.builder()
        .id(id)
        .name(name)
        .kind(PartyKind.PERSON)
        .office(office)
        .actsFor(state)
        .build();
  }

  private static PartyRelation relation(
      RelationId id, PartyId from, RelationKind kind, PartyId to) {
    return PartyRelation.builder().id(id).from(from).kind(kind).to(to).source(ARTICLE).build();
  }

  private static Territory[] territories() {
    return new Territory[] {
      Territory.builder()
          .id(NAGORNO_KARABAKH)
          .name("Nagorno-Karabakh")
          .kind(TerritoryKind.REGION)
          // "According to recognized international borders, this region is part of Azerbaijan"
          .addSovereignty(
              SovereigntyStatus.builder()
                  .sovereign(AZERBAIJAN)
                  .internationallyRecognized(true)
                  .source(ARTICLE)
                  .build())
          // "... although it is inhabited by Armenians": both facts, kept apart.
          .addPopulation(
              PopulationStatus.builder().group("Armenians").kinState(ARMENIA).source(ARTICLE).build())
          .build(),
      Territory.builder()
          .id(SURROUNDING_AREAS)
          .name("Occupied areas around Nagorno-Karabakh")
          .kind(TerritoryKind.SURROUNDING_AREA)
          .addAdjacentTo(NAGORNO_KARABAKH)
          // Armenia's troops held them until the 2020 deal, under which they withdrew. The
          // article does not say since when: the period has an unknown start.
          .addControl(
              ControlStatus.builder()
                  .controller(ARMENIA)
                  .kind(ControlKind.OCCUPIES)
                  .period(FuzzyPeriod.until(WAR_2020_END))
                  .source(ARTICLE)
                  .build())
          .build(),
      Territory.builder()
          .id(BORDER_TOWNS)
          .name("Armenian border towns")
          .kind(TerritoryKind.SETTLEMENTS)
          .addAdjacentTo(BORDER)
          // Armenia's own towns, bombed by "its neighbor" across the border: within Armenia's
          // recognized borders. That they were bombed is Armenia's claim (K5), not a fact here.
          .addSovereignty(
              SovereigntyStatus.builder()
                  .sovereign(ARMENIA)
                  .internationallyRecognized(true)
                  .source(ARTICLE)
                  .build())
          .build(),
      Territory.builder()
          .id(BORDER)
          .name("Armenia–Azerbaijan border")
          .kind(TerritoryKind.BORDER_ZONE)
          .build()
    };
  }

  private static Side side(String label, PartyId party) {
    return Side.builder().label(label).addPrimary(party).build();
  }

  private static Conflict.Builder episodeOf(ConflictId id, String name) {
    return Conflict.builder()
        .id(id)
        .name(name)
        .parent(DISPUTE)
        .addSides(side("Armenia", ARMENIA), side("Azerbaijan", AZERBAIJAN))
        .addSources(ARTICLE);
  }

  private static Conflict[] conflicts() {
    // C1 counts "two wars" over the last three decades, while C2 ("two full-scale wars in the
    // 1980s and 1990s") and C3 (2020) make three: the article is not consistent. The model keeps
    // both as the article gives them; the discrepancy is the checker's to report.
    Conflict dispute =
        Conflict.builder()
            .id(DISPUTE)
            .name("Nagorno-Karabakh conflict")
            .addAliases("the dispute over Nagorno-Karabakh", "Nagorno-Karabakh War")
            .incompatibility(Incompatibility.TERRITORY)
            .addSides(side("Armenia", ARMENIA), side("Azerbaijan", AZERBAIJAN))
            .addTerritoriesAtStake(NAGORNO_KARABAKH)
            // From the first of the wars, in the 1980s; still going on in 2022.
            .period(FuzzyPeriod.since(FuzzyTime.inDecade(Year.of(1980))))
            .addSources(ARTICLE)
            .build();
    Conflict wars =
        episodeOf(WARS_1980S_1990S, "Full-scale wars of the 1980s and 1990s")
            .addTerritoriesAtStake(NAGORNO_KARABAKH)
            .period(FuzzyPeriod.of(FuzzyTime.inDecade(Year.of(1980)), FuzzyTime.inDecade(Year.of(1990))))
            .build();
    Conflict war2020 =
        episodeOf(WAR_2020, "Six-week war of 2020")
            .addAliases("the 2020 conflict")
            .addTerritoriesAtStake(NAGORNO_KARABAKH)
            .period(FuzzyPeriod.of(WAR_2020_START, WAR_2020_END))
            // "thousands of people were killed" in a war within 2020: at least 2,000 deaths in
            // one calendar year, above UCDP's war threshold of 1,000.
            .intensity(Intensity.WAR)
            .putIntensityByYear(2020, Intensity.WAR)
            // "That war ended with a Russian-brokered deal".
            .outcome(Outcome.CEASEFIRE)
            .build();
    Conflict clashes2022 =
        episodeOf(CLASHES_2022, "September 2022 border clashes")
            .addAliases("the latest clashes")
            .type(ConflictType.INTERSTATE)
            // Began overnight on Monday. Open end: no source says the fighting ended, and whether
            // the ceasefire ended it is contested (K3 against K4 and K7), which the claims hold.
            .period(FuzzyPeriod.since(MONDAY_NIGHT))
            .build();
    return new Conflict[] {dispute, wars, war2020, clashes2022};
  }

  private static Event[] events() {
    // "Dozens of soldiers have been killed" and "believed to be the worst since the 2020
    // conflict" are the article's words about this fighting: the figure is claim C4, the
    // comparison (which no proposition types) is kept in the description.
    Event clash =
        Event.builder()
            .id(CLASH_2022)
            .conflict(CLASHES_2022)
            .kind(EventKind.CLASH)
            .time(MONDAY_NIGHT)
            .addPlaces(BORDER)
            .addParticipants(ARMENIA, AZERBAIJAN)
            .description(
                "Fighting overnight on Monday on the border, believed to be the worst since the"
                    + " 2020 conflict")
            .source(ARTICLE)
            .build();
    // The war ended on 10 November 2020 with the deal: the deal took effect that day.
    Event deal =
        Event.builder()
            .id(DEAL_2020)
            .conflict(WAR_2020)
            .kind(EventKind.AGREEMENT)
            .time(WAR_2020_END)
            .addParticipants(ARMENIA, AZERBAIJAN, RUSSIA)
            .description("Russian-brokered deal that ended the 2020 war")
            .source(ARTICLE)
            .build();
    // The article gives no date for the withdrawal: it came under the deal, so not before the
    // deal, and before the article; no troop figure is given. The withdrawal and the deployment
    // carried out the deal after the six-week war (C3) had ended, so they belong to the dispute
    // as a whole (C1), not to C3: the consistency checker reports events outside their
    // conflict's period.
    Event withdrawal =
        Event.builder()
            .id(WITHDRAWAL_2020)
            .conflict(DISPUTE)
            .kind(EventKind.WITHDRAWAL)
            .time(FuzzyTime.between(WAR_2020_END, PUBLISHED))
            .addPlaces(SURROUNDING_AREAS)
            .addParticipants(ARMENIA)
            .description("Armenia withdrew its troops from the occupied areas around Nagorno-Karabakh")
            .source(ARTICLE)
            .build();
    // "deployed in 2020 as part of those negotiations"; it "remains in the area".
    Event deployment =
        Event.builder()
            .id(DEPLOYMENT_2020)
            .conflict(DISPUTE)
            .kind(EventKind.DEPLOYMENT)
            .time(FuzzyTime.inYear(Year.of(2020)))
            .addPlaces(NAGORNO_KARABAKH)
            .addParticipants(PEACEKEEPERS)
            .troops(almost2000())
            .description("Russian peacekeeping force deployed as part of the 2020 negotiations")
            .source(ARTICLE)
            .build();
    return new Event[] {clash, deal, withdrawal, deployment};
  }

  /** "almost 2,000 troops": at most 2,000. */
  private static Estimate almost2000() {
    return Estimate.atMost(2000).withWording("almost 2,000");
  }

  private static Ceasefire[] ceasefires() {
    // The article names no signatories; the deal ended the war between the two states, and
    // Armenia withdrew under it, so they are its parties.
    Ceasefire deal =
        Ceasefire.builder()
            .id(DEAL_2020_CEASEFIRE)
            .name("2020 Russian-brokered deal")
            .conflict(WAR_2020)
            .addSignatories(ARMENIA, AZERBAIJAN)
            .effective(WAR_2020_END)
            .addProvisions(
                new Withdrawal(ARMENIA, SURROUNDING_AREAS),
                new Deployment(PEACEKEEPERS, NAGORNO_KARABAKH, almost2000()))
            .source(ARTICLE)
            .build();
    // Effective "Tuesday morning" as Moscow said (K3); whether it holds is left to the claims.
    Ceasefire ceasefire2022 =
        Ceasefire.builder()
            .id(CEASEFIRE_2022)
            .name("September 2022 ceasefire")
            .conflict(CLASHES_2022)
            .effective(TUESDAY_MORNING)
            .source(ARTICLE)
            .build();
    return new Ceasefire[] {deal, ceasefire2022};
  }

  private static Mediator[] mediators() {
    return new Mediator[] {
      Mediator.builder()
          .id(RUSSIA_BROKER_2020)
          .party(RUSSIA)
          .role(MediatorRole.BROKER)
          .conflict(WAR_2020)
          .ceasefire(DEAL_2020_CEASEFIRE)
          .period(FuzzyPeriod.at(WAR_2020_END))
          .source(ARTICLE)
          .build(),
      // Only Russia says it brokered S2: the role rests on its claim K3.
      Mediator.builder()
          .id(RUSSIA_BROKER_2022)
          .party(RUSSIA)
          .role(MediatorRole.BROKER)
          .conflict(CLASHES_2022)
          .ceasefire(CEASEFIRE_2022)
          .period(FuzzyPeriod.at(TUESDAY_MORNING))
          .attestedBy(K3_RUSSIA_BROKERED_CEASEFIRE)
          .source(ARTICLE)
          .build(),
      // Deployed in 2020 under the deal; it "remains in the area": an open end.
      Mediator.builder()
          .id(PEACEKEEPING_2020)
          .party(PEACEKEEPERS)
          .role(MediatorRole.PEACEKEEPER)
          .conflict(DISPUTE)
          .ceasefire(DEAL_2020_CEASEFIRE)
          .period(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2020))))
          .forceSize(almost2000())
          .source(ARTICLE)
          .build()
    };
  }

  private static Claim.Builder claim(ClaimId id, PartyId claimant, FuzzyTime madeAt) {
    return Claim.builder().id(id).claimant(claimant).source(ARTICLE).madeAt(madeAt);
  }

  /** A claim the article makes in its own voice: no claimant, made when it was published. */
  private static Claim.Builder articleSays(ClaimId id) {
    return Claim.builder().id(id).source(ARTICLE).madeAt(PUBLISHED);
  }

  /** Every claim, in the order of the facts list, then those the article makes of R3, C3 and C4. */
  private static Claim[] claims() {
    return new Claim[] {
      claim(K1_ARMENIAN_DEAD, PASHINYAN, madeNoEarlierThan(MONDAY_NIGHT))
          .addPropositions(
              Casualties.of(CLASHES_2022, ARMENIA, CasualtyKind.KILLED, Estimate.exact(49)))
          .build(),
      // "counted 50 casualties among its troops": casualties, not necessarily deaths.
      claim(K2_AZERBAIJANI_CASUALTIES, AZERBAIJAN_MOD, madeNoEarlierThan(MONDAY_NIGHT))
          .addPropositions(
              Casualties.of(
                  CLASHES_2022, AZERBAIJAN, CasualtyKind.UNSPECIFIED, Estimate.exact(50)))
          .build(),
      // "Moscow said it had brokered a swift ceasefire that went into effect Tuesday morning."
      claim(K3_RUSSIA_BROKERED_CEASEFIRE, RUSSIA, madeNoEarlierThan(TUESDAY_MORNING))
          .addPropositions(new CeasefireStatus(CEASEFIRE_2022, CeasefireState.HOLDING))
          .build(),
      // "Armenia argues that the fighting simply died down rather than ended entirely."
      claim(K4_FIGHTING_DIED_DOWN, ARMENIA, madeNoEarlierThan(TUESDAY_MORNING))
          .addPropositions(new CeasefireStatus(CEASEFIRE_2022, CeasefireState.VIOLATED))
          .build(),
      // "Armenia claims that several border towns have been bombed by its neighbor and that it
      // has responded to the provocation": Azerbaijan struck first.
      claim(K5_TOWNS_BOMBED, ARMENIA, madeNoEarlierThan(MONDAY_NIGHT))
          .addPropositions(
              new Attack(
                  CLASHES_2022,
                  AZERBAIJAN,
                  EventKind.BOMBING,
                  Optional.of(ARMENIA),
                  Optional.of(BORDER_TOWNS)),
              new Initiated(CLASHES_2022, AZERBAIJAN))
          .build(),
      // "Azerbaijan, for its part, says its military positions were hit first."
      claim(K6_POSITIONS_HIT_FIRST, AZERBAIJAN, madeNoEarlierThan(MONDAY_NIGHT))
          .addPropositions(
              new Attack(
                  CLASHES_2022, ARMENIA, EventKind.ATTACK, Optional.of(AZERBAIJAN), Optional.empty()),
              new Initiated(CLASHES_2022, ARMENIA))
          .build(),
      claim(K7_ATTACKS_CONTINUE, PASHINYAN, madeNoEarlierThan(TUESDAY_MORNING))
          // The closing punctuation inside the quotation marks belongs to the article's sentence.
          .quote(
              "intensity of hostilities has decreased, but Azerbaijani attacks continue on one or"
                  + " two fronts")
          .addPropositions(
              new CeasefireStatus(CEASEFIRE_2022, CeasefireState.VIOLATED),
              new Attack(
                  CLASHES_2022, AZERBAIJAN, EventKind.ATTACK, Optional.of(ARMENIA), Optional.empty()))
          .build(),
      // "It is understood that Azerbaijan has also suffered casualties, but has not yet released
      // any statement on the number of wounded and dead": a count that exists but was not given,
      // and silence on the very question K2 answers.
      articleSays(K8_NO_AZERBAIJANI_STATEMENT)
          .hedge("It is understood")
          .addPropositions(
              Casualties.of(
                  CLASHES_2022, AZERBAIJAN, CasualtyKind.UNSPECIFIED, Estimate.unknown()),
              new NoStatement(
                  AZERBAIJAN,
                  Casualties.of(
                          CLASHES_2022, AZERBAIJAN, CasualtyKind.UNSPECIFIED, Estimate.unknown())
                      .key()))
          .build(),
      claim(K9_NO_MILITARY_SOLUTION, BLINKEN, madeNoEarlierThan(MONDAY_NIGHT))
          .quote("there can be no military solution to the conflict")
          .addPropositions(Stance.of(UNITED_STATES, StanceKind.NO_MILITARY_SOLUTION, DISPUTE))
          .build(),
      // "Russia, an ally of Armenia, says the current dispute ...": the current clashes.
      claim(K10_DIPLOMATIC_MEANS, RUSSIA, madeNoEarlierThan(MONDAY_NIGHT))
          .quote("must be resolved exclusively through diplomatic and political means")
          .addPropositions(Stance.of(RUSSIA, StanceKind.DIPLOMATIC_RESOLUTION, CLASHES_2022))
          .build(),
      // A call on Armenia to desist and to negotiate; "its provocations" blames Armenia for the
      // hostilities, so the claim also answers who started them, as Azerbaijan does (K6).
      claim(K11_STOP_PROVOCATIONS, CAVUSOGLU, madeNoEarlierThan(MONDAY_NIGHT))
          .quote("Armenia should stop its provocations and focus on peace negotiations")
          .addPropositions(
              new Stance(TURKEY, StanceKind.CALL_TO_DESIST, CLASHES_2022, Optional.of(ARMENIA)),
              new Stance(
                  TURKEY, StanceKind.CALL_FOR_NEGOTIATIONS, CLASHES_2022, Optional.of(ARMENIA)),
              new Initiated(CLASHES_2022, ARMENIA))
          .build(),
      // "The clashes have been internationally condemned", followed by the US and Russia.
      articleSays(K12_CONDEMNED)
          .addPropositions(
              Stance.of(UNITED_STATES, StanceKind.CONDEMNATION, CLASHES_2022),
              Stance.of(RUSSIA, StanceKind.CONDEMNATION, CLASHES_2022))
          .build(),
      // "Turkey has ties to Azerbaijan and has apparently backed its version of events."
      articleSays(R3_TURKEY_BACKS_ACCOUNT)
          .hedge("apparently")
          .addPropositions(new BacksAccount(TURKEY, K6_POSITIONS_HIT_FIRST))
          .build(),
      articleSays(C3_WAR_DEAD)
          .addPropositions(
              Casualties.total(
                  WAR_2020, CasualtyKind.KILLED, Estimate.atLeast(2000).withWording("thousands")))
          .build(),
      articleSays(C4_CLASH_DEAD)
          // "Dozens": at least two dozen.
          .addPropositions(
              Casualties.total(
                  CLASHES_2022, CasualtyKind.KILLED, Estimate.atLeast(24).withWording("dozens")))
          .build()
    };
  }
}
