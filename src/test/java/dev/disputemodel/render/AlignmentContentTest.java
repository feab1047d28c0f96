package dev.disputemodel.render;

import static dev.disputemodel.render.PictureFixtures.EASTLAND;
import static dev.disputemodel.render.PictureFixtures.GAZETTE;
import static dev.disputemodel.render.PictureFixtures.MEDIATIA;
import static dev.disputemodel.render.PictureFixtures.NORTHLAND;
import static dev.disputemodel.render.PictureFixtures.NORTH_STRUCK_FIRST;
import static dev.disputemodel.render.PictureFixtures.SOUTHLAND;
import static dev.disputemodel.render.PictureFixtures.WAR;
import static dev.disputemodel.render.PictureFixtures.WESTLAND;
import static dev.disputemodel.render.PictureFixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.BacksAccount;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Initiated;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.Stance;
import dev.disputemodel.StanceKind;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.render.Graph.Link;
import dev.disputemodel.render.Graph.Node;
import dev.disputemodel.time.FuzzyTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who the alignment picture of June 2003 adds to the small invented dispute when parties speak:
 * stances (at most three per party, each once, only asserted), a declared support drawn as a
 * claimed link, a role resting on the party's own word, a backing both asserted and denied, the
 * relations that touch a drawn party, and nothing said after the date.
 */
class AlignmentContentTest {
  private static final PartyId GUARDIA = PartyId.of("P9");
  private static final PartyId FARLAND = PartyId.of("P10");
  private static final PartyId OUTLAND = PartyId.of("P11");
  private static final PartyId FARTHER = PartyId.of("P12");
  private static final PartyId HINTERLAND = PartyId.of("P13");
  private static final PartyId NOWHERE = PartyId.of("P14");
  private static final PartyId ELSEWHERE = PartyId.of("P15");
  private static final FuzzyTime JUNE_2003 = FuzzyTime.inMonth(YearMonth.of(2003, 6));

  private static Party state(PartyId id, String name) {
    return Party.builder().id(id).name(name).kind(PartyKind.STATE).build();
  }

  private static Claim said(String id, PartyId claimant, FuzzyTime when, Polarity polarity, Proposition p) {
    return Claim.builder().id(ClaimId.of(id)).claimant(claimant).source(GAZETTE).madeAt(when).polarity(polarity)
        .addPropositions(p).build();
  }

  private static Claim says(String id, PartyId claimant, Proposition p) {
    return said(id, claimant, day(2003, 6, 20), Polarity.ASSERTS, p);
  }

  private static PartyRelation relation(String id, PartyId from, RelationKind kind, PartyId to) {
    return PartyRelation.builder().id(RelationId.of(id)).from(from).kind(kind).to(to).source(GAZETTE).build();
  }

  static DisputeModel model() {
    DisputeModel base = PictureFixtures.model();
    List<Claim> claims = new ArrayList<>(base.claims());
    claims.addAll(List.of(
        says("K20", GUARDIA, new Initiated(PictureFixtures.FLARE_UP, NORTHLAND)),
        says("K21", WESTLAND, Stance.of(WESTLAND, StanceKind.CONDEMNATION, WAR)),
        says("K22", WESTLAND, Stance.of(WESTLAND, StanceKind.CONDEMNATION, WAR)),
        says("K23", WESTLAND, Stance.of(WESTLAND, StanceKind.CALL_FOR_NEGOTIATIONS, WAR)),
        says("K24", WESTLAND, Stance.of(WESTLAND, StanceKind.NO_MILITARY_SOLUTION, WAR)),
        says("K25", WESTLAND, Stance.of(WESTLAND, StanceKind.DIPLOMATIC_RESOLUTION, WAR)),
        said("K26", EASTLAND, day(2003, 6, 20), Polarity.DENIES, Stance.of(EASTLAND, StanceKind.CONDEMNATION, WAR)),
        says("K27", MEDIATIA, new Stance(MEDIATIA, StanceKind.SUPPORT, WAR, Optional.of(SOUTHLAND))),
        says("K28", FARLAND, new Stance(FARLAND, StanceKind.CALL_TO_DESIST, WAR, Optional.of(NORTHLAND))),
        says("K29", OUTLAND, new Initiated(PictureFixtures.FLARE_UP, NORTHLAND)),
        said("K30", WESTLAND, day(2003, 6, 21), Polarity.DENIES, new BacksAccount(WESTLAND, NORTH_STRUCK_FIRST)),
        said("K31", FARLAND, day(2003, 7, 1), Polarity.ASSERTS, Stance.of(FARLAND, StanceKind.OTHER, WAR)),
        said("K32", OUTLAND, day(2003, 7, 1), Polarity.ASSERTS, Stance.of(OUTLAND, StanceKind.OTHER, WAR)),
        says("K33", EASTLAND, new BacksAccount(EASTLAND, PictureFixtures.BACKS_ACCOUNT))));
    List<Party> parties = new ArrayList<>(base.parties());
    parties.addAll(List.of(state(GUARDIA, "Guardia"), state(FARLAND, "Farland"), state(OUTLAND, "Outland"),
        state(FARTHER, "Farther"), state(HINTERLAND, "Hinterland"), state(NOWHERE, "Nowhere"),
        state(ELSEWHERE, "Elsewhere")));
    List<Mediator> mediators = new ArrayList<>(base.mediators());
    mediators.add(Mediator.builder().id(MediatorId.of("M9")).party(GUARDIA).role(MediatorRole.FACILITATOR)
        .conflict(WAR).attestedBy(ClaimId.of("K20")).source(GAZETTE).build());
    List<PartyRelation> relations = new ArrayList<>(base.relations());
    relations.addAll(List.of(relation("R11", NORTHLAND, RelationKind.HAS_TIES_TO, FARTHER),
        relation("R12", HINTERLAND, RelationKind.HOSTILE_TO, SOUTHLAND),
        relation("R13", NOWHERE, RelationKind.ALLY_OF, ELSEWHERE)));
    return DisputeModel.builder().from(base).parties(parties).claims(claims).mediators(mediators)
        .relations(relations).build();
  }

  private static final Graph GRAPH =
      AlignmentPicture.of(ModelQueries.over(model()), WAR, JUNE_2003, RenderOptions.defaults()).graph();

  private static Node node(String name) {
    return GRAPH.nodes().stream().filter(n -> n.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + GRAPH.nodes().stream().map(Node::name).toList()));
  }

  private static List<String> lines(String name) {
    return node(name).lines().stream().map(l -> l.text() + (l.claimed() ? " [claimed]" : "")).toList();
  }

  private static String name(String key) {
    return GRAPH.nodes().stream().filter(n -> n.key().equals(key)).findFirst().orElseThrow().name();
  }

  private static List<String> links() {
    return GRAPH.links().stream()
        .map(l -> name(l.from()) + " " + l.label() + " " + name(l.to()) + " (" + l.certainty() + ")").toList();
  }

  private static Link link(String label) {
    return GRAPH.links().stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void aPartyShowsAtMostThreeStancesEachOnceAndOnlyThoseItAsserts() {
    assertEquals(List.of("state", "says: condemns", "says: call for negotiations", "says: no military solution"),
        lines("Westland"));
    assertEquals(List.of("state", "supports with arms"), lines("Eastland"));
  }

  @Test
  void aDeclaredSupportIsALineOfItsHolderAndAClaimedLinkToTheSupported() {
    assertEquals(List.of("state", "broker of June truce", "says: declares support (to Southland)"),
        lines("Mediatia"));
    assertEquals("Mediatia declares support for Southland: says Mediatia (20 Jun 2003)",
        link("declares support for").tooltip());
    assertEquals(Graph.Certainty.CLAIMED, link("declares support for").certainty());
    // A call to desist addressed to Northland is a line, not a link.
    assertEquals(List.of("state", "says: calls to desist (to Northland)"), lines("Farland"));
  }

  @Test
  void aRoleOnlyThePartySaysItHoldsIsAClaimedLine() {
    assertEquals(List.of("state", "facilitator (on Guardia's word) [claimed]"), lines("Guardia"));
  }

  @Test
  void aClaimantIsDrawnWhenItSpeaksOnTheConflictOrActsForADrawnPartyNotForAnyClaim() {
    List<String> names = GRAPH.nodes().stream().map(Node::name).toList();
    // Outland only said who struck first, and its stance came on 1 July, after June.
    assertFalse(names.contains("Outland"), names.toString());
    assertTrue(names.contains("Farland"), names.toString());
    assertFalse(lines("Farland").contains("says: other"), lines("Farland").toString());
  }

  @Test
  void aBackingBothAssertedAndDeniedIsOneContestedLinkWithEveryVoice() {
    Link backing = link("backs the account of");
    assertEquals(Graph.Certainty.CONTESTED, backing.certainty());
    assertEquals("Westland backs the account of Southland: says Gazette (\u201Creportedly\u201D); denied by Westland",
        backing.tooltip());
    assertEquals(List.of(), GRAPH.links().stream().map(Link::label).filter(l -> l.startsWith("reportedly")).toList());
  }

  @Test
  void relationsAreDrawnWhenOneEndIsADrawnPartyWithWhoStatesThem() {
    assertEquals(List.of(
        "Westland backs the account of Southland (CONTESTED)",
        "Mediatia declares support for Southland (CLAIMED)",
        "Eastland ally of Northland (FACT)",
        "Westland apparently backs Southland (HEDGED)",
        "Northland has ties to Farther (FACT)",
        "Hinterland hostile to Southland (FACT)"), links());
    assertEquals("Westland apparently backs Southland: stated by Gazette, hedged \u201Capparently\u201D; 2000 \u2013"
        + " ongoing", link("apparently backs").tooltip());
    assertEquals("Eastland ally of Northland: stated by Chronicle; period not stated", link("ally of").tooltip());
  }

  @Test
  void aSideWithAShortLabelIsCalledSideAndTheLabel() {
    DisputeModel base = PictureFixtures.model();
    Conflict war = base.conflict(WAR).orElseThrow();
    List<Side> sides = List.of(war.sides().get(0).withLabel("NL"), war.sides().get(1).withLabel("S"));
    DisputeModel relabelled = DisputeModel.builder().from(base).conflicts(base.conflicts().stream()
        .map(c -> c.id().equals(WAR) ? war.withSides(sides) : c).toList()).build();
    Graph graph = AlignmentPicture.of(ModelQueries.over(relabelled), WAR, JUNE_2003, RenderOptions.defaults()).graph();
    assertEquals(List.of("Side NL", "Side S", "Third parties and other voices"),
        graph.groups().stream().map(Graph.Group::label).toList());
    DisputeModel three = DisputeModel.builder().from(base).conflicts(base.conflicts().stream()
        .map(c -> c.id().equals(WAR) ? war.withSides(war.sides().get(0).withLabel("NLD"), war.sides().get(1)) : c)
        .toList()).build();
    assertEquals("Side: NLD", AlignmentPicture.of(ModelQueries.over(three), WAR, JUNE_2003, RenderOptions.defaults())
        .graph().groups().get(0).label());
  }

  @Test
  void backingAnAccountNoPartyGaveDrawsNoLink() {
    // Eastland backs the Gazette's own report (claim K5, no claimant): there is no party to link to.
    assertEquals(List.of(), links().stream().filter(l -> l.startsWith("Eastland backs")).toList());
  }

  @Test
  void theDescriptionCountsTheRelationsAndSaysHowManyAreNotFacts() {
    Graph early = AlignmentPicture.of(ModelQueries.over(PictureFixtures.model()), WAR,
        FuzzyTime.inYear(java.time.Year.of(1999)), RenderOptions.defaults()).graph();
    assertTrue(early.description().endsWith(" 1 relation drawn."), early.description());
    assertTrue(GRAPH.description().endsWith(" 6 relations drawn, 3 of them hedged, claimed or contested and drawn apart"
        + " from facts."), GRAPH.description());
  }
}
