package dev.disputemodel;

import static dev.disputemodel.CoreFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The kinds added for disputes beyond the reference story: islands, features and maritime zones;
 * courts, commissions, liberation movements and observer missions; a party's existence period;
 * witnesses; sanctuary and hosting; landings, invasions, occupations and surrenders; an attack
 * with its own time. Names, dates and figures are test data unless a source is named.
 */
class VocabularyTest {
  static final SourceId S = SourceId.of("S");

  static Party.Builder party(String id, PartyKind kind) {
    return Party.builder().id(PartyId.of(id)).name("Party " + id).kind(kind);
  }

  static Territory territory(String id, TerritoryKind kind, Optional<String> parent) {
    Territory.Builder b = Territory.builder().id(TerritoryId.of(id)).name("Territory " + id).kind(kind);
    parent.ifPresent(p -> b.parent(TerritoryId.of(p)));
    return b.build();
  }

  @Nested
  class Territories {
    @Test
    void anIslandGroupAReefAndTheZoneAroundThemFormAHierarchy() {
      DisputeModel m = DisputeModel.builder().addTerritories(
          territory("zone", TerritoryKind.MARITIME_ZONE, Optional.empty()),
          territory("islands", TerritoryKind.ISLAND, Optional.of("zone")),
          territory("island", TerritoryKind.ISLAND, Optional.of("islands")),
          territory("reef", TerritoryKind.FEATURE, Optional.of("zone"))).build();
      assertEquals(Optional.of(TerritoryId.of("islands")),
          m.territory(TerritoryId.of("island")).flatMap(Territory::parent));
      assertEquals(List.of(TerritoryKind.MARITIME_ZONE, TerritoryKind.ISLAND, TerritoryKind.ISLAND,
          TerritoryKind.FEATURE), m.territories().stream().map(Territory::kind).toList());
    }
  }

  @Nested
  class Parties {
    @Test
    void aCourtACommissionALiberationMovementAndAnObserverMission() {
      Party un = party("un", PartyKind.INTERNATIONAL_ORGANIZATION).build();
      Party observers = party("observers", PartyKind.OBSERVER_MISSION).actsFor(un.id()).build();
      Party court = party("court", PartyKind.COURT_OR_TRIBUNAL).build();
      Party commission = party("commission", PartyKind.COMMISSION).build();
      Party movement = party("movement", PartyKind.LIBERATION_MOVEMENT).build();
      DisputeModel m = DisputeModel.builder().addParties(un, observers, court, commission, movement).build();
      assertEquals(Optional.of(un.id()), m.party(observers.id()).flatMap(Party::actsFor));
      assertEquals(EnumSet.of(PartyKind.OBSERVER_MISSION, PartyKind.COURT_OR_TRIBUNAL,
              PartyKind.COMMISSION, PartyKind.LIBERATION_MOVEMENT, PartyKind.INTERNATIONAL_ORGANIZATION),
          m.parties().stream().map(Party::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(PartyKind.class))));
    }

    @Test
    void existenceRunsFromProclamationToDissolution() {
      FuzzyTime proclaimed = FuzzyTime.onDay(LocalDate.of(1983, 11, 15));
      FuzzyTime dissolved = FuzzyTime.inYear(Year.of(2024));
      Party state = party("P", PartyKind.DE_FACTO_STATE).proclaimed(proclaimed).build();
      assertEquals(Optional.of(FuzzyPeriod.since(proclaimed)), state.existence());
      assertEquals(Optional.of(FuzzyPeriod.of(proclaimed, dissolved)),
          state.withDissolved(dissolved).existence());
      assertEquals(Optional.of(FuzzyPeriod.until(dissolved)),
          party("Q", PartyKind.STATE).dissolved(dissolved).build().existence(), "start not stated");
      assertEquals(Optional.empty(), party("R", PartyKind.STATE).build().existence());
      assertEquals(Certainty.NOT, state.existence().get().covers(FuzzyTime.inYear(Year.of(1980))));
      assertEquals(Certainty.POSSIBLY, state.existence().get().covers(FuzzyTime.inYear(Year.of(1983))));
    }

    @Test
    void aPartyIsNotDissolvedBeforeItIsProclaimed() {
      Party.Builder b = party("P", PartyKind.STATE)
          .proclaimed(FuzzyTime.onDay(LocalDate.of(1983, 11, 15)))
          .dissolved(FuzzyTime.inYear(Year.of(1982)));
      assertInvalid(b::build, "Party", "dissolved", "1982",
          "Party.dissolved = 1982: must not be before proclaimed (1983-11-15)");
      // possibly in order: dissolved some time in 1983, proclaimed on 15 November 1983
      assertTrue(b.dissolved(FuzzyTime.inYear(Year.of(1983))).build().existence().isPresent());
    }
  }

  @Nested
  class Support {
    @Test
    void sanctuaryAndHostingAreWaysToSupportASide() {
      Side side = Side.builder().label("B").addPrimaries(PartyId.of("movement"))
          .addSupporters(Supporter.of(PartyId.of("neighbour"), SupportType.SANCTUARY),
              Supporter.of(PartyId.of("host"), SupportType.HOSTING))
          .build();
      assertTrue(side.involves(PartyId.of("host")));
      assertEquals(List.of(SupportType.SANCTUARY, SupportType.HOSTING),
          side.supporters().stream().map(Supporter::type).toList());
    }

    @Test
    void aWitnessIsAThirdPartyRoleOfAnAgreement() {
      Mediator witness = Mediator.builder().id(MediatorId.of("M")).party(RUSSIA)
          .role(MediatorRole.WITNESS).conflict(DISPUTE).agreement(AgreementId.of("A")).source(S).build();
      assertEquals(List.of(new Reference("party", RUSSIA), new Reference("conflict", DISPUTE),
          new Reference("agreement", AgreementId.of("A")), new Reference("source", S)), witness.references());
    }
  }

  @Nested
  class Events {
    @Test
    void landingsAndInvasionsBelongToTheFightingOccupationsAndSurrendersNeedNot() {
      Set<EventKind> hostilities = Arrays.stream(EventKind.values()).filter(EventKind::isHostilities)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventKind.class)));
      assertEquals(EnumSet.of(EventKind.CLASH, EventKind.ATTACK, EventKind.SHELLING, EventKind.BOMBING,
          EventKind.LANDING, EventKind.INVASION), hostilities);
      assertFalse(EventKind.OCCUPATION.isHostilities());
      assertFalse(EventKind.SURRENDER.isHostilities());
      assertFalse(EventKind.AGREEMENT.isHostilities());
    }

    @Test
    void coupsProclamationsReferendumsAndElectionsMayPrecedeTheFighting() {
      for (EventKind k : List.of(EventKind.COUP, EventKind.PROCLAMATION, EventKind.REFERENDUM,
          EventKind.ELECTION, EventKind.AGREEMENT, EventKind.DEPLOYMENT)) {
        assertTrue(k.mayPrecedeFighting(), k::name);
        assertFalse(k.isHostilities(), k::name);
      }
      for (EventKind k : List.of(EventKind.CLASH, EventKind.WITHDRAWAL, EventKind.SURRENDER,
          EventKind.OCCUPATION, EventKind.OTHER)) {
        assertFalse(k.mayPrecedeFighting(), k::name);
      }
      assertEquals(EnumSet.of(EventKind.REFERENDUM, EventKind.ELECTION), Arrays.stream(EventKind.values())
          .filter(EventKind::isVote).collect(Collectors.toCollection(() -> EnumSet.noneOf(EventKind.class))));
    }

    /**
     * The Annan Plan referendums of 24 April 2004 (examples/facts/cyprus-facts.md, E19, S5): the
     * Greek Cypriot vote with two sources' figures (75.83 % no, 313,704 against 99,976 votes, in
     * SRC36 and SRC37; 75.38 % in SRC39).
     */
    @Test
    void aReferendumHasResultsOnePerSource() {
      VoteResult wiki = VoteResult.builder().noShare(Share.percent("75.83")).yesShare(Share.percent("24.17"))
          .noVotes(Estimate.exact(313_704)).yesVotes(Estimate.exact(99_976))
          .turnout(Share.percent("89.18")).source(SourceId.of("SRC36")).build();
      VoteResult copy = VoteResult.builder().noShare(Share.percent("75.38")).source(SourceId.of("SRC39")).build();
      Event referendum = Event.builder().id(EventId.of("E19")).conflict(ConflictId.of("C1"))
          .kind(EventKind.REFERENDUM).time(FuzzyTime.onDay(LocalDate.of(2004, 4, 24)))
          .addResults(wiki, copy).source(SourceId.of("SRC36")).build();
      assertEquals(List.of(wiki, copy), referendum.results());
      assertEquals("75.83%", referendum.results().get(0).noShare().get().toString());
      assertTrue(referendum.references().contains(new Reference("results[1].source", SourceId.of("SRC39"))));
      InvalidValueException notAVote = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
          () -> referendum.withKind(EventKind.COUP));
      assertTrue(notAVote.getMessage().contains("only a REFERENDUM or ELECTION has results, not COUP"),
          notAVote.getMessage());
      InvalidValueException winners = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
          () -> referendum.withResults(VoteResult.builder().addWinners(PartyId.of("P1")).source(S).build()));
      assertTrue(winners.getMessage().contains("only an ELECTION's results name winners"), winners.getMessage());
      assertEquals(1, referendum.withKind(EventKind.ELECTION)
          .withResults(VoteResult.builder().addWinners(PartyId.of("P1")).source(S).build()).results().size());
    }

    @Test
    void aVoteResultNeedsAFigureAndSharesThatFit() {
      InvalidValueException empty = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
          () -> VoteResult.builder().source(S).build());
      assertTrue(empty.getMessage().contains("at least one figure or winner"), empty.getMessage());
      InvalidValueException over = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
          () -> VoteResult.builder().yesShare(Share.percent("64.91")).noShare(Share.percent("35.10")).source(S).build());
      assertTrue(over.getMessage().contains("noShare"), over.getMessage());
      VoteResult.builder().yesShare(Share.percent("64.91")).noShare(Share.percent("35.09")).source(S).build();
    }
  }

  @Nested
  class Shares {
    @Test
    void aShareIsAPercentageOrARangeOfThem() {
      assertEquals("36–40%", Share.between("36", "40").toString());
      assertEquals(Share.percent("36"), Share.percent("36.00"), "numerically equal bounds are equal");
      assertTrue(Share.percent("75.83").isExact());
      assertFalse(Share.between("36", "40").isExact());
      assertEquals(Optional.of("nearly 40%"), Share.percent("40").withWording("nearly 40%").wording());
    }

    @Test
    void boundsLieFrom0To100InOrder() {
      for (String[] bad : new String[][] {{"-1", "5"}, {"5", "100.01"}, {"40", "36"}}) {
        InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
            () -> Share.between(bad[0], bad[1]));
        assertTrue(e.getMessage().contains("Share."), e.getMessage());
      }
      InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
          () -> Share.percent("forty"));
      assertTrue(e.getMessage().contains("forty"), e.getMessage());
      Share.between("0", "100");
    }
  }

  @Nested
  class Attacks {
    final Attack shelling =
        new Attack(CLASHES_2022, AZERBAIJAN, EventKind.SHELLING, Optional.of(ARMENIA), Optional.of(BORDER));
    final FuzzyTime first = FuzzyTime.onDay(LocalDate.of(2022, 8, 1));
    final FuzzyTime second = FuzzyTime.onDay(LocalDate.of(2022, 8, 3));

    @Test
    void accusationsAboutDifferentIncidentsAreDifferentQuestions() {
      assertNotEquals(shelling.at(first).key(), shelling.at(second).key());
      assertNotEquals(shelling.key(), shelling.at(first).key(), "a dated incident is not the undated one");
      assertEquals(shelling.at(first).key(), shelling.at(FuzzyTime.onDay(LocalDate.of(2022, 8, 1))).key());
      assertEquals("ATTACK[Conflict:C4, Party:P2, Territory:T4]/SHELLING@2022-08-01",
          shelling.at(first).key().toString());
      assertEquals(Optional.of(first), shelling.at(first).time());
      assertEquals(Optional.empty(), shelling.time());
    }

    @Test
    void aDenialOfOneIncidentDoesNotAnswerAnother() {
      Claim accused = claim(K5, ARMENIA, shelling.at(first)).build();
      Claim deniedFirst = claim(K6, AZERBAIJAN, shelling.at(first)).polarity(Polarity.DENIES).build();
      Claim deniedSecond = claim(K6, AZERBAIJAN, shelling.at(second)).polarity(Polarity.DENIES).build();
      assertTrue(accused.contradicts(deniedFirst));
      assertFalse(accused.contradicts(deniedSecond));
    }
  }
}
