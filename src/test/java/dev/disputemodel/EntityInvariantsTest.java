package dev.disputemodel;

import static dev.disputemodel.CoreFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every {@code @Value.Check} invariant of the entities and their parts: each violation throws an
 * {@link InvalidValueException} whose type, field, value and message name the offence; a builder
 * missing required attributes throws a {@link MissingAttributeException} naming every one;
 * nulls throw {@link NullPointerException}. Nothing is returned in any of these cases.
 */
class EntityInvariantsTest {

  @Nested
  class Ids {
    @Test
    void blankAndPaddedIdsAreRejectedForEveryKind() {
      assertInvalid(() -> PartyId.of(""), "PartyId", "value", "\"\"", "PartyId.value = \"\": must not be blank");
      assertInvalid(() -> PartyId.of(" P1"), "PartyId", "value", "\" P1\"",
          "PartyId.value = \" P1\": must not begin or end with white space");
      assertInvalid(() -> RelationId.of(" "), "RelationId", "value", "\" \"", "RelationId.value = \" \": must not be blank");
      assertInvalid(() -> TerritoryId.of("\t"), "TerritoryId", "value", "\"\t\"", "TerritoryId.value = \"\t\": must not be blank");
      assertInvalid(() -> ConflictId.of(""), "ConflictId", "value", "\"\"", "ConflictId.value = \"\": must not be blank");
      assertInvalid(() -> EventId.of(""), "EventId", "value", "\"\"", "EventId.value = \"\": must not be blank");
      assertInvalid(() -> CeasefireId.of(""), "CeasefireId", "value", "\"\"", "CeasefireId.value = \"\": must not be blank");
      assertInvalid(() -> MediatorId.of(""), "MediatorId", "value", "\"\"", "MediatorId.value = \"\": must not be blank");
      assertInvalid(() -> ClaimId.of("K1 "), "ClaimId", "value", "\"K1 \"",
          "ClaimId.value = \"K1 \": must not begin or end with white space");
      assertInvalid(() -> SourceId.of(""), "SourceId", "value", "\"\"", "SourceId.value = \"\": must not be blank");
      assertThrows(NullPointerException.class, () -> PartyId.of(null));
      assertThrows(NullPointerException.class, () -> ClaimId.of(null));
    }

    @Test
    void idsOfDifferentKindsWithTheSameTextDiffer() {
      assertTrue(!PartyId.of("X").equals(ClaimId.of("X")));
      assertTrue(!SourceId.of("X").equals(TerritoryId.of("X")));
      assertEquals(PartyId.of("X"), PartyId.of("X"));
      assertEquals(PartyId.of("X").hashCode(), PartyId.of("X").hashCode());
      assertEquals("Party:X", PartyId.of("X").toString());
      assertEquals("Relation", RelationId.of("X").kind());
      assertEquals("Source:X", SourceId.of("X").toString());
      assertTrue(ClaimId.of("Z").compareTo(PartyId.of("A")) < 0, "ordered by kind first");
      assertTrue(PartyId.of("P1").compareTo(PartyId.of("P2")) < 0, "then by text");
      assertEquals(0, PartyId.of("P1").compareTo(PartyId.of("P1")));
    }
  }

  @Nested
  class Parties {
    @Test
    void validPartyBuilds() {
      Party p = pashinyan().iso3166("AM").wikidataId("Q1").ucdpActorId(1).gleditschWardNumber(1).build();
      assertEquals(Optional.of(ARMENIA), p.actsFor());
      assertEquals(List.of(new Reference("actsFor", ARMENIA)), p.references());
      state(ARMENIA, "Armenia").iso3166("ARM").wikidataId("Q399").build();
    }

    @Test
    void externalIdsAreAnOpenSetWithTypedAccessorsForTheCommonSchemes() {
      // Azerbaijan's ids as the UCDP data (actor 64) and Gleditsch-Ward list (373) give them
      Party p = state(AZERBAIJAN, "Azerbaijan").ucdpActorId(64).gleditschWardNumber(373).cowStateCode(373)
          .iso3166("AZE").wikidataId("Q227").putExternalId(IdScheme.of("acled-actor"), "Military Forces of Azerbaijan")
          .build();
      assertEquals(64, p.ucdpActorId().getAsInt());
      assertEquals(373, p.gleditschWardNumber().getAsInt());
      assertEquals(373, p.cowStateCode().getAsInt());
      assertEquals(Optional.of("AZE"), p.iso3166());
      assertEquals(Optional.of("Q227"), p.wikidataId());
      assertEquals(Optional.of("Military Forces of Azerbaijan"), p.externalId(IdScheme.of("acled-actor")));
      assertEquals(Optional.of("64"), p.externalId(IdScheme.UCDP_ACTOR));
      assertEquals(6, p.externalIds().size());
      Party bare = state(ARMENIA, "Armenia").build();
      assertEquals(Optional.empty(), bare.wikidataId());
      assertTrue(bare.ucdpActorId().isEmpty());
      assertTrue(bare.cowStateCode().isEmpty());
    }

    @Test
    void blankOrPaddedTexts() {
      assertInvalid(() -> state(ARMENIA, "").build(), "Party", "name", "\"\"", "Party.name = \"\": must not be blank");
      assertInvalid(() -> state(ARMENIA, "   ").build(), "Party", "name", "\"   \"", "Party.name = \"   \": must not be blank");
      assertInvalid(() -> state(ARMENIA, " Armenia").build(), "Party", "name", "\" Armenia\"",
          "Party.name = \" Armenia\": must not begin or end with white space");
      assertInvalid(() -> state(RUSSIA, "Russia").addAliases("Moscow", " ").build(), "Party", "aliases", "\" \"",
          "Party.aliases = \" \": must not be blank");
      assertInvalid(() -> pashinyan().office("").build(), "Party", "office", "\"\"", "Party.office = \"\": must not be blank");
      assertInvalid(() -> state(ARMENIA, "Armenia").majorityReligion("Christian\n").build(), "Party", "majorityReligion",
          "\"Christian\n\"", "Party.majorityReligion = \"Christian\n\": must not begin or end with white space");
    }

    @Test
    void officeOnlyForAPerson() {
      assertInvalid(() -> state(ARMENIA, "Armenia").office("Prime Minister").build(), "Party", "office",
          "\"Prime Minister\"", "Party.office = \"Prime Minister\": only a PERSON holds an office, not STATE");
      assertInvalid(() -> pashinyan().kind(PartyKind.GOVERNMENT_BODY).build(), "Party", "office",
          "\"Prime Minister\"", "Party.office = \"Prime Minister\": only a PERSON holds an office, not GOVERNMENT_BODY");
    }

    @Test
    void aPartyDoesNotActForItself() {
      assertInvalid(() -> pashinyan().actsFor(PASHINYAN).build(), "Party", "actsFor", "Party:P4",
          "Party.actsFor = Party:P4: a party cannot act for itself");
    }

    @Test
    void externalIdentifiers() {
      String[][] bad = {
          {"iso-3166", "am", "must be 2 or 3 capital letters"},
          {"iso-3166", "ARMN", "must be 2 or 3 capital letters"},
          {"iso-3166", "A", "must be 2 or 3 capital letters"},
          {"wikidata", "399", "must be Q followed by digits"},
          {"wikidata", "Q0399", "must be Q followed by digits"},
          {"wikidata", "q399", "must be Q followed by digits"},
          {"wikidata", "Q", "must be Q followed by digits"},
          {"ucdp-actor", "0", "must be a positive whole number below 10^9"},
          {"gleditsch-ward", "-1", "must be a positive whole number below 10^9"},
          {"cow-state-code", "020", "must be a positive whole number below 10^9"},
          {"cow-state-code", "1000000000", "must be a positive whole number below 10^9"},
          {"cow-state-abbreviation", "CA", "must be 3 capital letters"},
          {"acled-actor", " 7", "must not begin or end with white space"},
          {"acled-actor", "", "must not be blank"}};
      for (String[] b : bad) {
        String field = "externalIds[" + b[0] + "]";
        assertInvalid(() -> state(ARMENIA, "Armenia").putExternalId(IdScheme.of(b[0]), b[1]).build(), "Party", field,
            "\"" + b[1] + "\"", "Party." + field + " = \"" + b[1] + "\": " + b[2]);
      }
      assertInvalid(() -> state(ARMENIA, "Armenia").ucdpActorId(0).build(), "Party", "externalIds[ucdp-actor]", "\"0\"",
          "Party.externalIds[ucdp-actor] = \"0\": must be a positive whole number below 10^9");
    }

    @Test
    void withCopiesAreValidatedToo() {
      Party armenia = state(ARMENIA, "Armenia").build();
      assertInvalid(() -> armenia.withOffice("Prime Minister"), "Party", "office", "\"Prime Minister\"",
          "Party.office = \"Prime Minister\": only a PERSON holds an office, not STATE");
      assertInvalid(() -> armenia.withActsFor(ARMENIA), "Party", "actsFor", "Party:P1",
          "Party.actsFor = Party:P1: a party cannot act for itself");
      assertInvalid(() -> armenia.withName(""), "Party", "name", "\"\"", "Party.name = \"\": must not be blank");
      assertEquals("Armenia", armenia.name(), "the original is unchanged");
    }

    @Test
    void missingAttributes() {
      assertMissing(() -> Party.builder().name("Armenia").build(), "Party", "id", "kind");
      assertMissing(() -> Party.builder().build(), "Party", "id", "name", "kind");
    }

    @Test
    void nulls() {
      assertThrows(NullPointerException.class, () -> Party.builder().name(null));
      assertThrows(NullPointerException.class, () -> Party.builder().id(null));
      assertThrows(NullPointerException.class, () -> Party.builder().addAliases((String) null));
      assertThrows(NullPointerException.class, () -> state(ARMENIA, "Armenia").build().withName(null));
    }
  }

  @Nested
  class Relations {
    @Test
    void aRelationToItselfIsRejected() {
      assertInvalid(() -> relation().to(RUSSIA).build(), "PartyRelation", "to", "Party:P5",
          "PartyRelation.to = Party:P5: must differ from 'from'");
    }

    @Test
    void blankHedge() {
      assertInvalid(() -> relation().hedge("").build(), "PartyRelation", "hedge", "\"\"",
          "PartyRelation.hedge = \"\": must not be blank");
      assertEquals(Optional.of("apparently"), relation().hedge("apparently").build().hedge());
    }

    @Test
    void missingAttributes() {
      assertMissing(() -> PartyRelation.builder().build(), "PartyRelation", "id", "from", "kind", "to", "source");
    }
  }

  @Nested
  class Territories {
    @Test
    void externalIdsOfTheirSchemesForm() {
      Territory t = karabakh().putExternalId(IdScheme.WIKIDATA, "Q1").build();   // test value, not the real item
      assertEquals(Optional.of("Q1"), t.wikidataId());
      assertEquals(Optional.empty(), t.iso3166());
      assertInvalid(() -> karabakh().putExternalId(IdScheme.ISO_3166, "az").build(), "Territory",
          "externalIds[iso-3166]", "\"az\"", "Territory.externalIds[iso-3166] = \"az\": must be 2 or 3 capital letters");
    }

    @Test
    void blankOrPaddedNames() {
      assertInvalid(() -> karabakh().name("").build(), "Territory", "name", "\"\"", "Territory.name = \"\": must not be blank");
      assertInvalid(() -> karabakh().addAliases("Artsakh ").build(), "Territory", "aliases", "\"Artsakh \"",
          "Territory.aliases = \"Artsakh \": must not begin or end with white space");
    }

    @Test
    void notItsOwnParentOrNeighbour() {
      assertInvalid(() -> karabakh().parent(KARABAKH).build(), "Territory", "parent", "Territory:T1",
          "Territory.parent = Territory:T1: cannot be itself");
      assertInvalid(() -> karabakh().addAdjacentTo(SURROUNDING, KARABAKH).build(), "Territory", "adjacentTo",
          "Territory:T1", "Territory.adjacentTo = Territory:T1: cannot contain itself");
    }

    @Test
    void sovereigntyWithoutRecognizer() {
      SovereigntyStatus.Builder status = SovereigntyStatus.builder().sovereign(AZERBAIJAN).source(ARTICLE);
      assertInvalid(() -> status.build(), "SovereigntyStatus", "recognizers", "[]",
          "SovereigntyStatus.recognizers = []: must name or count recognizers unless internationally recognized");
      assertTrue(SovereigntyStatus.builder().sovereign(AZERBAIJAN).source(ARTICLE)
          .internationallyRecognized(true).build().internationallyRecognized());
      assertEquals(List.of(TURKEY), List.copyOf(SovereigntyStatus.builder().sovereign(AZERBAIJAN).source(ARTICLE)
          .addRecognizers(TURKEY).build().recognizers()));
    }

    @Test
    void populationGroupNotBlank() {
      assertInvalid(() -> PopulationStatus.builder().group(" ").source(ARTICLE).build(), "PopulationStatus", "group",
          "\" \"", "PopulationStatus.group = \" \": must not be blank");
    }

    @Test
    void missingAttributes() {
      assertMissing(() -> Territory.builder().build(), "Territory", "id", "name", "kind");
      assertMissing(() -> SovereigntyStatus.builder().build(), "SovereigntyStatus", "source");
      assertMissing(() -> ControlStatus.builder().controller(ARMENIA).build(), "ControlStatus", "kind", "source");
      assertMissing(() -> PopulationStatus.builder().build(), "PopulationStatus", "group", "source");
    }
  }

  @Nested
  class Conflicts {
    @Test
    void blankName() {
      assertInvalid(() -> clashes().name("").build(), "Conflict", "name", "\"\"", "Conflict.name = \"\": must not be blank");
      assertInvalid(() -> clashes().addAliases("").build(), "Conflict", "aliases", "\"\"",
          "Conflict.aliases = \"\": must not be blank");
    }

    @Test
    void notItsOwnParent() {
      assertInvalid(() -> clashes().parent(CLASHES_2022).build(), "Conflict", "parent", "Conflict:C4",
          "Conflict.parent = Conflict:C4: cannot be itself");
    }

    @Test
    void duplicateSideLabels() {
      List<Side> sides = List.of(side("A", ARMENIA), side("A", AZERBAIJAN));
      assertInvalid(() -> clashes().sides(sides).build(), "Conflict", "sides", sides.toString(),
          "Conflict.sides = " + sides + ": side labels must be distinct");
    }

    @Test
    void sideNeedsALabelAndAPrimaryParty() {
      assertInvalid(() -> Side.builder().label("A").build(), "Side", "primaries", "[]",
          "Side.primaries = []: must not be empty");
      assertInvalid(() -> Side.builder().label("A").addSupporters(Supporter.of(RUSSIA, SupportType.TROOPS)).build(),
          "Side", "primaries", "[]", "Side.primaries = []: must not be empty");
      assertInvalid(() -> Side.builder().label("").addPrimaries(ARMENIA).build(), "Side", "label", "\"\"",
          "Side.label = \"\": must not be blank");
    }

    @Test
    void missingAttributes() {
      assertMissing(() -> Conflict.builder().build(), "Conflict", "id", "name");
      assertMissing(() -> Side.builder().addPrimaries(ARMENIA).build(), "Side", "label");
      assertMissing(() -> Supporter.builder().build(), "Supporter", "party", "type");
      assertThrows(NullPointerException.class, () -> Supporter.of(null, SupportType.ARMS));
      assertThrows(NullPointerException.class, () -> Supporter.of(TURKEY, null));
    }
  }

  @Nested
  class Events {
    @Test
    void troopsOnlyForDeploymentsAndWithdrawals() {
      assertInvalid(() -> deployment().kind(EventKind.CLASH).build(), "Event", "troops", "<=2000 \"almost 2,000\"",
          "Event.troops = <=2000 \"almost 2,000\": only a DEPLOYMENT or WITHDRAWAL has troops, not CLASH");
      assertEquals(EventKind.WITHDRAWAL, deployment().kind(EventKind.WITHDRAWAL).build().kind());
      assertEquals(Optional.empty(), deployment().kind(EventKind.CLASH).troops(Optional.empty()).build().troops());
    }

    @Test
    void blankDescription() {
      assertInvalid(() -> deployment().description("").build(), "Event", "description", "\"\"",
          "Event.description = \"\": must not be blank");
    }

    @Test
    void missingAttributes() {
      assertMissing(() -> Event.builder().build(), "Event", "id", "conflict", "kind", "time", "source");
    }
  }

  @Nested
  class Ceasefires {
    @Test
    void blankName() {
      assertInvalid(() -> ceasefire2022().name(" ").build(), "Ceasefire", "name", "\" \"",
          "Ceasefire.name = \" \": must not be blank");
    }

    @Test
    void effectiveDefinitelyBeforeAgreed() {
      assertInvalid(() -> ceasefire2022().agreed(FuzzyTime.onDay(TUESDAY.plusDays(1))).build(), "Ceasefire",
          "effective", "2022-09-13 MORNING",
          "Ceasefire.effective = 2022-09-13 MORNING: must not be before agreed (2022-09-14)");
    }

    @Test
    void endedDefinitelyBeforeEffective() {
      assertInvalid(() -> ceasefire2022().ended(MONDAY_NIGHT).build(), "Ceasefire", "ended", "2022-09-12 NIGHT",
          "Ceasefire.ended = 2022-09-12 NIGHT: must not be before effective (2022-09-13 MORNING)");
    }

    @Test
    void endedDefinitelyBeforeAgreed() {
      assertInvalid(() -> ceasefire2022().effective(Optional.empty()).agreed(TUESDAY_MORNING).ended(MONDAY_NIGHT).build(),
          "Ceasefire", "ended", "2022-09-12 NIGHT",
          "Ceasefire.ended = 2022-09-12 NIGHT: must not be before agreed (2022-09-13 MORNING)");
    }

    @Test
    void sameDayOrPossiblyOrderedTimesAreAccepted() {
      FuzzyTime tuesday = FuzzyTime.onDay(TUESDAY);
      Ceasefire c = ceasefire2022().agreed(tuesday).effective(tuesday).ended(tuesday).build();
      assertEquals(Optional.of(tuesday), c.ended());
      // agreed on Tuesday (some time), effective Tuesday morning: possibly out of order, accepted
      assertEquals(Optional.of(tuesday), ceasefire2022().agreed(tuesday).build().agreed());
    }

    @Test
    void linksNeitherToItselfNorTwiceToOneAccord() {
      assertInvalid(() -> ceasefire2022().addLinks(ChainLink.succeeds(CEASEFIRE_2022)).build(), "Ceasefire", "links",
          "Ceasefire:S2", "Ceasefire.links = Ceasefire:S2: cannot be itself");
      assertInvalid(() -> ceasefire2022().addLinks(ChainLink.succeeds(CEASEFIRE_2020), ChainLink.renews(CEASEFIRE_2020))
              .build(), "Ceasefire", "links", "Ceasefire:S1", "Ceasefire.links = Ceasefire:S1: links the same accord twice");
      assertEquals(List.of(ChainLink.succeeds(CEASEFIRE_2020)),
          ceasefire2022().addLinks(ChainLink.succeeds(CEASEFIRE_2020)).build().links());
    }

    @Test
    void otherProvisionNotBlank() {
      assertInvalid(() -> new OtherProvision(""), "OtherProvision", "description", "\"\"",
          "OtherProvision.description = \"\": must not be blank");
      assertInvalid(() -> new OtherProvision(" exchange of prisoners"), "OtherProvision", "description",
          "\" exchange of prisoners\"",
          "OtherProvision.description = \" exchange of prisoners\": must not begin or end with white space");
      assertThrows(NullPointerException.class, () -> new OtherProvision(null));
      assertThrows(NullPointerException.class, () -> new Withdrawal(null, SURROUNDING));
      assertThrows(NullPointerException.class, () -> new Withdrawal(ARMENIA, null));
      assertThrows(NullPointerException.class, () -> new Deployment(PEACEKEEPERS, KARABAKH, null));
    }

    @Test
    void missingAttributes() {
      assertMissing(() -> Ceasefire.builder().build(), "Ceasefire", "id", "name", "conflict", "source");
    }
  }

  @Nested
  class Mediators {
    @Test
    void forceSizeOnlyForAPeacekeeperOrObserver() {
      Estimate almost2000 = Estimate.atMost(2000).withWording("almost 2,000");
      assertInvalid(() -> broker().forceSize(almost2000).build(), "Mediator", "forceSize", "<=2000 \"almost 2,000\"",
          "Mediator.forceSize = <=2000 \"almost 2,000\": only a PEACEKEEPER or OBSERVER has a force size, not BROKER");
      Mediator keeper = broker().party(PEACEKEEPERS).role(MediatorRole.PEACEKEEPER).forceSize(almost2000).build();
      assertEquals(Optional.of(almost2000), keeper.forceSize());
      assertEquals(Optional.of(almost2000), keeper.withRole(MediatorRole.OBSERVER).forceSize(),
          "an observer mission has a strength too");
      assertInvalid(() -> keeper.withRole(MediatorRole.WITNESS), "Mediator", "forceSize",
          "<=2000 \"almost 2,000\"",
          "Mediator.forceSize = <=2000 \"almost 2,000\": only a PEACEKEEPER or OBSERVER has a force size, not WITNESS");
    }

    @Test
    void aRoleConcernsACeasefireOrAnAgreementNotBoth() {
      AgreementId treaty = AgreementId.of("A1");
      Mediator guarantor = broker().role(MediatorRole.GUARANTOR).ceasefire(Optional.empty()).agreement(treaty).build();
      assertEquals(Optional.of(treaty), guarantor.agreement());
      assertEquals(new Reference("agreement", treaty), guarantor.references().get(2));
      assertInvalid(() -> guarantor.withCeasefire(CEASEFIRE_2020), "Mediator", "agreement", "Agreement:A1",
          "Mediator.agreement = Agreement:A1: a role concerns a ceasefire or an agreement, not both (ceasefire Ceasefire:S1)");
    }

    @Test
    void missingAttributes() {
      assertMissing(() -> Mediator.builder().build(), "Mediator", "id", "party", "role", "conflict", "source");
    }
  }

  @Nested
  class Sources {
    @Test
    void blankTexts() {
      assertInvalid(() -> source().title("").build(), "Source", "title", "\"\"", "Source.title = \"\": must not be blank");
      assertInvalid(() -> source().publisher(" ").build(), "Source", "publisher", "\" \"",
          "Source.publisher = \" \": must not be blank");
      assertInvalid(() -> source().citation("UCDP ").build(), "Source", "citation", "\"UCDP \"",
          "Source.citation = \"UCDP \": must not begin or end with white space");
    }

    @Test
    void missingAttributes() {
      assertMissing(() -> Source.builder().build(), "Source", "id", "kind", "title");
    }
  }

  @Nested
  class Claims {
    static final Initiated AZ_STRUCK_FIRST = new Initiated(CLASHES_2022, AZERBAIJAN);

    @Test
    void atLeastOneProposition() {
      assertInvalid(() -> claim(K5, ARMENIA).build(), "Claim", "propositions", "[]",
          "Claim.propositions = []: must not be empty unless the claim ends an earlier one");
    }

    @Test
    void aClaimThatOnlyWithdrawsNeedsNoProposition() {
      Claim withdrawal = claim(K5, ARMENIA).withdraws(K1).build();
      assertEquals(List.of(Ending.withdraws(K1)), withdrawal.ends());
      assertEquals(List.of(), withdrawal.propositions());
    }

    @Test
    void aClaimThatOnlyWithdrawsHoldsNoPosition() {
      FuzzyPeriod since2020 = FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2020)));
      assertInvalid(() -> claim(K5, ARMENIA).withdraws(K1).heldDuring(since2020).build(), "Claim", "heldDuring",
          "2020..", "Claim.heldDuring = 2020..: a claim that only ends earlier ones holds no position");
    }

    @Test
    void doesNotEndItself() {
      assertInvalid(() -> claim(K5, ARMENIA, AZ_STRUCK_FIRST).replaces(K5).build(), "Claim", "ends", "Claim:K5",
          "Claim.ends = Claim:K5: cannot be the claim itself");
      assertInvalid(() -> claim(K5, ARMENIA).withdraws(K5).build(), "Claim", "ends", "Claim:K5",
          "Claim.ends = Claim:K5: cannot be the claim itself");
    }

    @Test
    void doesNotEndOneClaimTwice() {
      assertInvalid(() -> claim(K5, ARMENIA, AZ_STRUCK_FIRST).replaces(K1).withdraws(K1).build(), "Claim", "ends",
          "Claim:K1", "Claim.ends = Claim:K1: ends the same claim twice");
    }

    @Test
    void holdingPeriodIsTheStatedOneElseFromWhenMade() {
      FuzzyPeriod since2020 = FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2020)));
      assertEquals(since2020, claim(K5, ARMENIA, AZ_STRUCK_FIRST).heldDuring(since2020).build().holdingPeriod());
      assertEquals(FuzzyPeriod.since(FuzzyTime.onDay(TUESDAY)), claim(K5, ARMENIA, AZ_STRUCK_FIRST).build().holdingPeriod());
    }

    @Test
    void endingTakesEffectWhenStatedElseWhenTheEndingClaimIsMade() {
      Claim later = claim(K5, ARMENIA, AZ_STRUCK_FIRST).replaces(K1).build();
      FuzzyTime nextYear = FuzzyTime.inYear(Year.of(2023));
      assertEquals(FuzzyTime.onDay(TUESDAY), Ending.replaces(K1).effectiveIn(later));
      assertEquals(nextYear, Ending.replaces(K1).withEffective(nextYear).effectiveIn(later));
      assertEquals(EndKind.WITHDRAWS, Ending.withdraws(K1).withEffective(nextYear).kind());
    }

    @Test
    void blankQuoteOrHedge() {
      assertInvalid(() -> claim(K5, ARMENIA, AZ_STRUCK_FIRST).quote("").build(), "Claim", "quote", "\"\"",
          "Claim.quote = \"\": must not be blank");
      assertInvalid(() -> claim(K5, ARMENIA, AZ_STRUCK_FIRST).hedge(" apparently").build(), "Claim", "hedge",
          "\" apparently\"", "Claim.hedge = \" apparently\": must not begin or end with white space");
    }

    @Test
    void polarityDefaultsToAsserts() {
      assertEquals(Polarity.ASSERTS, claim(K5, ARMENIA, AZ_STRUCK_FIRST).build().polarity());
    }

    @Test
    void missingAttributesComeBeforeInvariants() {
      // no proposition either, but the missing attributes are what is reported
      assertMissing(() -> Claim.builder().id(K1).build(), "Claim", "source", "madeAt");
    }

    @Test
    void nullPropositionsAreRejected() {
      assertThrows(NullPointerException.class, () -> Claim.builder().addPropositions((Proposition) null));
      assertThrows(NullPointerException.class, () -> new Initiated(null, ARMENIA));
      assertThrows(NullPointerException.class, () -> new Sovereignty(KARABAKH, null));
      assertThrows(NullPointerException.class, () -> new Casualties(CLASHES_2022, null, CasualtyKind.KILLED, Estimate.exact(49)));
      assertThrows(NullPointerException.class, () -> new NoStatement(AZERBAIJAN, null));
      assertThrows(NullPointerException.class, () -> new PropositionKey(PropositionType.CONTROL, null, ""));
    }
  }

  @Test
  void theReferenceDayIsAMonday() {
    assertEquals(java.time.DayOfWeek.MONDAY, MONDAY.getDayOfWeek());
    assertEquals(LocalDate.of(2022, 9, 13), TUESDAY);
  }
}
