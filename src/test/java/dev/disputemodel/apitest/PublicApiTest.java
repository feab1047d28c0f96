package dev.disputemodel.apitest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ChainLink;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.Deployment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Initiated;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.MissingAttributeException;
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
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.Withdrawal;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfDay;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a user outside the library's package sees: every entity is built with
 * {@code X.builder()}, copied with {@code with*} and re-built with {@code X.builder().from(x)};
 * the generated {@code Immutable*} classes are not part of the API.
 */
class PublicApiTest {
  static final SourceId ARTICLE = SourceId.of("article");
  static final PartyId ARMENIA = PartyId.of("P1");
  static final PartyId AZERBAIJAN = PartyId.of("P2");
  static final PartyId RUSSIA = PartyId.of("P5");
  static final PartyId PEACEKEEPERS = PartyId.of("P6");
  static final TerritoryId KARABAKH = TerritoryId.of("T1");
  static final TerritoryId SURROUNDING = TerritoryId.of("T2");
  static final ConflictId WAR_2020 = ConflictId.of("C3");
  static final ConflictId CLASHES_2022 = ConflictId.of("C4");
  static final LocalDate TUESDAY = LocalDate.of(2022, 9, 13);

  @Test
  void everyEntityCanBeBuiltCopiedAndRebuilt() {
    Source source = Source.builder().id(ARTICLE).kind(SourceKind.NEWS_REPORT).title("Armenia-Azerbaijan clashes")
        .published(FuzzyTime.onDay(TUESDAY)).build();
    assertEquals(source, Source.builder().from(source).build());
    assertEquals("AP", source.withPublisher("AP").publisher().orElseThrow());

    Party armenia = Party.builder().id(ARMENIA).name("Armenia").kind(PartyKind.STATE).build();
    Party azerbaijan = Party.builder().id(AZERBAIJAN).name("Azerbaijan").kind(PartyKind.STATE).build();
    Party russia = Party.builder().id(RUSSIA).name("Russia").kind(PartyKind.STATE).addAliases("Moscow").build();
    Party peacekeepers = Party.builder().id(PEACEKEEPERS).name("Russian peacekeeping force")
        .kind(PartyKind.PEACEKEEPING_MISSION).actsFor(RUSSIA).build();
    assertEquals(armenia, Party.builder().from(armenia).build());
    Party renamed = armenia.withName("Republic of Armenia");
    assertEquals("Republic of Armenia", renamed.name());
    assertEquals("Armenia", armenia.name());
    assertNotEquals(armenia, renamed);
    assertEquals(Optional.of("Christian"), armenia.withMajorityReligion("Christian").majorityReligion());

    PartyRelation ally = PartyRelation.builder().id(RelationId.of("R1")).from(RUSSIA).kind(RelationKind.ALLY_OF)
        .to(ARMENIA).source(ARTICLE).build();
    // PartyRelation has an attribute named "from": its builder still offers from(relation)
    assertEquals(ally, PartyRelation.builder().from(ally).build());
    PartyRelation hedged = ally.withHedge("apparently").withPeriod(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(2020))));
    assertEquals(hedged, PartyRelation.builder().from(hedged).build());
    assertEquals(AZERBAIJAN, PartyRelation.builder().from(hedged).from(AZERBAIJAN).build().from());
    assertEquals(RelationKind.HOSTILE_TO, ally.withKind(RelationKind.HOSTILE_TO).kind());

    SovereigntyStatus dejure = SovereigntyStatus.builder().sovereign(AZERBAIJAN).internationallyRecognized(true)
        .source(ARTICLE).build();
    assertEquals(dejure, SovereigntyStatus.builder().from(dejure).build());
    PopulationStatus armenians = PopulationStatus.builder().group("Armenians").kinState(ARMENIA).source(ARTICLE).build();
    assertEquals(armenians, PopulationStatus.builder().from(armenians).build());
    assertEquals("Armenian population", armenians.withGroup("Armenian population").group());
    ControlStatus held = ControlStatus.builder().controller(ARMENIA).kind(ControlKind.OCCUPIES)
        .period(FuzzyPeriod.until(FuzzyTime.inYear(Year.of(2020)))).source(ARTICLE).build();
    assertEquals(held, ControlStatus.builder().from(held).build());
    assertEquals(ControlKind.CONTROLS, held.withKind(ControlKind.CONTROLS).kind());
    Territory karabakh = Territory.builder().id(KARABAKH).name("Nagorno-Karabakh").kind(TerritoryKind.REGION)
        .addSovereignty(dejure).addPopulation(armenians).build();
    Territory surrounding = Territory.builder().id(SURROUNDING).name("occupied areas around Nagorno-Karabakh")
        .kind(TerritoryKind.SURROUNDING_AREA).addAdjacentTo(KARABAKH).addControl(held).build();
    assertEquals(karabakh, Territory.builder().from(karabakh).build());
    assertEquals(List.of(dejure), karabakh.sovereignty());

    Side a = Side.builder().label("A").addPrimaries(AZERBAIJAN).build();
    Side b = Side.builder().label("B").addPrimaries(ARMENIA).addSupporters(Supporter.of(RUSSIA, SupportType.POLITICAL))
        .build();
    assertEquals(b, Side.builder().from(b).build());
    assertEquals("Armenian side", b.withLabel("Armenian side").label());
    Supporter supporter = Supporter.builder().party(RUSSIA).type(SupportType.ARMS).source(ARTICLE).build();
    assertEquals(supporter, Supporter.builder().from(supporter).build());
    assertEquals(SupportType.TROOPS, supporter.withType(SupportType.TROOPS).type());
    Conflict war = Conflict.builder().id(WAR_2020).name("2020 Nagorno-Karabakh war").addSides(a, b).build();
    Conflict clashes = Conflict.builder().id(CLASHES_2022).name("September 2022 border clashes").addSides(a, b).build();
    assertEquals(war, Conflict.builder().from(war).build());
    assertEquals(List.of(AZERBAIJAN, ARMENIA, RUSSIA), war.parties());

    Event deployment = Event.builder().id(EventId.of("E1")).conflict(WAR_2020).kind(EventKind.DEPLOYMENT)
        .time(FuzzyTime.inYear(Year.of(2020))).addParticipants(PEACEKEEPERS).troops(Estimate.atMost(2000).withWording("almost 2,000"))
        .source(ARTICLE).build();
    assertEquals(deployment, Event.builder().from(deployment).build());
    assertEquals(Optional.of("deal"), deployment.withDescription("deal").description());

    Ceasefire deal = Ceasefire.builder().id(CeasefireId.of("S1")).name("2020 ceasefire agreement").conflict(WAR_2020)
        .addSignatories(ARMENIA, AZERBAIJAN, RUSSIA)
        .addProvisions(new Withdrawal(ARMENIA, SURROUNDING),
            new Deployment(PEACEKEEPERS, KARABAKH, Estimate.atMost(2000).withWording("almost 2,000")))
        .source(ARTICLE).build();
    Ceasefire ceasefire2022 = Ceasefire.builder().id(CeasefireId.of("S2")).name("September 2022 ceasefire")
        .conflict(CLASHES_2022).effective(FuzzyTime.on(TUESDAY, PartOfDay.MORNING)).addLinks(ChainLink.succeeds(deal.id()))
        .source(ARTICLE).build();
    assertEquals(deal, Ceasefire.builder().from(deal).build());
    assertThrows(InvalidValueException.class, () -> ceasefire2022.withLinks(ChainLink.renews(ceasefire2022.id())));

    Mediator broker = Mediator.builder().id(MediatorId.of("M1")).party(RUSSIA).role(MediatorRole.BROKER)
        .conflict(WAR_2020).ceasefire(deal.id()).source(ARTICLE).build();
    assertEquals(broker, Mediator.builder().from(broker).build());
    assertEquals(MediatorRole.GUARANTOR, broker.withRole(MediatorRole.GUARANTOR).role());

    Claim k5 = Claim.builder().id(ClaimId.of("K5")).claimant(ARMENIA).source(ARTICLE)
        .madeAt(FuzzyTime.onDay(TUESDAY)).addPropositions(new Initiated(CLASHES_2022, AZERBAIJAN)).build();
    Claim k6 = k5.withId(ClaimId.of("K6")).withClaimant(AZERBAIJAN)
        .withPropositions(List.of(new Initiated(CLASHES_2022, ARMENIA)));
    assertEquals(k5, Claim.builder().from(k5).build());
    assertTrue(k5.contradicts(k6));

    DisputeModel model = DisputeModel.builder()
        .addParties(armenia, azerbaijan, russia, peacekeepers)
        .addRelations(ally)
        .addTerritories(karabakh, surrounding)
        .addConflicts(war, clashes)
        .addEvents(deployment)
        .addCeasefires(deal, ceasefire2022)
        .addMediators(broker)
        .addClaims(k5, k6)
        .addSources(source)
        .build();
    assertEquals(16, model.size());
    assertEquals(model, DisputeModel.builder().from(model).build());
    assertEquals(Optional.of(k6), model.claim(ClaimId.of("K6")));
    DisputeModel fewer = model.withClaims(List.of(k5));
    assertEquals(15, fewer.size());
    assertEquals(16, model.size());
  }

  @Test
  void missingAttributesAreTypedOutsideThePackageToo() {
    MissingAttributeException e = assertThrows(MissingAttributeException.class,
        () -> Party.builder().name("Armenia").build());
    assertEquals("Party: required attributes not set: id, kind", e.getMessage());
  }

  @Test
  void noGeneratedImplementationIsPublic() throws IOException, URISyntaxException {
    List<String> generated = generatedClassNames();
    assertTrue(generated.size() >= 15, "found the generated classes: " + generated);
    assertTrue(generated.contains("dev.disputemodel.ImmutableParty"), generated.toString());
    assertTrue(generated.contains("dev.disputemodel.ImmutableParty$Builder"), generated.toString());
    List<String> publicOnes = new ArrayList<>();
    for (String name : generated) {
      Class<?> c;
      try {
        c = Class.forName(name, false, Party.class.getClassLoader());
      } catch (ClassNotFoundException ex) {
        throw new AssertionError(name, ex);
      }
      if (isPublicApi(c)) {
        publicOnes.add(name);
      }
    }
    assertEquals(List.of(), publicOnes, "generated types reachable as public API");
  }

  @Test
  void theWithInterfacesAreNotPublicEither() throws ClassNotFoundException {
    Class<?> with = Class.forName("dev.disputemodel.WithParty", false, Party.class.getClassLoader());
    assertFalse(Modifier.isPublic(with.getModifiers()));
    assertTrue(Modifier.isPublic(Party.Builder.class.getModifiers()));
    assertTrue(Modifier.isFinal(Party.Builder.class.getModifiers()));
  }

  /** A class is public API if it and every class enclosing it are public. */
  private static boolean isPublicApi(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** Names of the classes named Immutable* (and their nested classes) in the library's package. */
  private static List<String> generatedClassNames() throws IOException, URISyntaxException {
    Path location = Path.of(Party.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> entries = new ArrayList<>();
    if (Files.isDirectory(location)) {
      Path pkg = location.resolve("dev/disputemodel");
      try (Stream<Path> files = Files.list(pkg)) {
        files.map(p -> "dev/disputemodel/" + p.getFileName()).forEach(entries::add);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements(); ) {
          entries.add(all.nextElement().getName());
        }
      }
    }
    return entries.stream()
        .filter(n -> n.startsWith("dev/disputemodel/Immutable") && n.endsWith(".class"))
        .filter(n -> n.indexOf('/', "dev/disputemodel/".length()) < 0)
        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
        .sorted()
        .toList();
  }
}
