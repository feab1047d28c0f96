package dev.disputemodel;

import static dev.disputemodel.CoreFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Proposition keys (the question) and contradiction (decided from the types alone) for every
 * proposition type, and {@link Claim#contradicts} with asserted and denied claims.
 */
class ContradictionTest {

  /** Asserts the relation both ways: contradiction is symmetric. */
  private static void assertContradicts(boolean expected, Proposition a, Proposition b) {
    assertEquals(expected, a.contradicts(b), a + " contradicts " + b);
    assertEquals(expected, b.contradicts(a), b + " contradicts " + a);
  }

  private static void assertContradicts(boolean expected, Claim a, Claim b) {
    assertEquals(expected, a.contradicts(b), a.id() + " contradicts " + b.id());
    assertEquals(expected, b.contradicts(a), b.id() + " contradicts " + a.id());
  }

  @Test
  void sovereignty() {
    Sovereignty az = new Sovereignty(KARABAKH, AZERBAIJAN);
    Sovereignty am = new Sovereignty(KARABAKH, ARMENIA);
    Sovereignty elsewhere = new Sovereignty(SURROUNDING, ARMENIA);
    assertEquals(PropositionKey.of(PropositionType.SOVEREIGNTY, KARABAKH), az.key());
    assertEquals(az.key(), am.key());
    assertNotEquals(az.key(), elsewhere.key());
    assertEquals("SOVEREIGNTY[Territory:T1]", az.key().toString());
    assertContradicts(true, az, am);
    assertContradicts(false, az, new Sovereignty(KARABAKH, AZERBAIJAN));
    assertContradicts(false, am, elsewhere);
  }

  @Test
  void control() {
    Control am = new Control(SURROUNDING, ARMENIA);
    Control az = new Control(SURROUNDING, AZERBAIJAN);
    assertEquals(PropositionKey.of(PropositionType.CONTROL, SURROUNDING), am.key());
    assertContradicts(true, am, az);
    assertContradicts(false, am, am);
    assertContradicts(false, am, new Control(KARABAKH, AZERBAIJAN));
    // the same territory and party as sovereignty is a different question
    assertNotEquals(am.key(), new Sovereignty(SURROUNDING, ARMENIA).key());
    assertContradicts(false, am, new Sovereignty(SURROUNDING, AZERBAIJAN));
  }

  @Test
  void casualtyFigures() {
    // K1: 49 Armenian soldiers killed. The other figures below are test data, not the story's.
    Casualties k1 = Casualties.of(CLASHES_2022, ARMENIA, CasualtyKind.KILLED, Estimate.exact(49));
    Casualties compatible = Casualties.of(CLASHES_2022, ARMENIA, CasualtyKind.KILLED, Estimate.atLeast(24));
    Casualties disjoint = Casualties.of(CLASHES_2022, ARMENIA, CasualtyKind.KILLED, Estimate.range(100, 200));
    Casualties wounded = Casualties.of(CLASHES_2022, ARMENIA, CasualtyKind.WOUNDED, Estimate.range(100, 200));
    Casualties otherParty = Casualties.of(CLASHES_2022, AZERBAIJAN, CasualtyKind.KILLED, Estimate.range(100, 200));
    Casualties allSides = Casualties.total(CLASHES_2022, CasualtyKind.KILLED, Estimate.atLeast(24).withWording("dozens"));

    assertEquals(PropositionKey.of(PropositionType.CASUALTIES, CLASHES_2022, ARMENIA), k1.key());
    assertEquals("CASUALTIES[Conflict:C4, Party:P1]", k1.key().toString());
    assertEquals(PropositionKey.of(PropositionType.CASUALTIES, CLASHES_2022), allSides.key());
    assertEquals(k1.key(), wounded.key(), "the kind is not part of the question");
    assertNotEquals(k1.key(), otherParty.key());
    assertNotEquals(k1.key(), allSides.key());

    assertContradicts(false, k1, compatible);
    assertContradicts(true, k1, disjoint);
    assertContradicts(false, k1, wounded);
    assertContradicts(false, k1, otherParty);
    assertContradicts(false, k1, allSides);
    assertContradicts(false, k1, Casualties.of(CLASHES_2022, ARMENIA, CasualtyKind.KILLED, Estimate.unknown()));
  }

  @Test
  void killedAndUnspecifiedCasualtiesNeverContradict() {
    // K2: the ministry's "50 casualties" are not necessarily deaths.
    Casualties k2 = Casualties.of(CLASHES_2022, AZERBAIJAN, CasualtyKind.UNSPECIFIED, Estimate.exact(50));
    Casualties killed = Casualties.of(CLASHES_2022, AZERBAIJAN, CasualtyKind.KILLED, Estimate.exact(7));
    assertContradicts(false, k2, killed);
    assertContradicts(true, k2, Casualties.of(CLASHES_2022, AZERBAIJAN, CasualtyKind.UNSPECIFIED, Estimate.exact(7)));
  }

  @Test
  void initiator() {
    Initiated k5 = new Initiated(CLASHES_2022, AZERBAIJAN);
    Initiated k6 = new Initiated(CLASHES_2022, ARMENIA);
    assertEquals(PropositionKey.of(PropositionType.INITIATOR, CLASHES_2022), k5.key());
    assertEquals("INITIATOR[Conflict:C4]", k5.key().toString());
    assertEquals(k5.key(), k6.key());
    assertContradicts(true, k5, k6);
    assertContradicts(false, k5, new Initiated(CLASHES_2022, AZERBAIJAN));
    assertContradicts(false, k5, new Initiated(WAR_2020, ARMENIA));
  }

  @Test
  void attacksOnlyContradictByDenial() {
    Attack bombed = new Attack(CLASHES_2022, AZERBAIJAN, EventKind.BOMBING, Optional.of(ARMENIA), Optional.of(BORDER_TOWNS));
    Attack untargeted = new Attack(CLASHES_2022, AZERBAIJAN, EventKind.BOMBING, Optional.empty(), Optional.of(BORDER_TOWNS));
    Attack nowhere = new Attack(CLASHES_2022, AZERBAIJAN, EventKind.BOMBING, Optional.empty(), Optional.empty());
    Attack shelled = new Attack(CLASHES_2022, AZERBAIJAN, EventKind.SHELLING, Optional.of(ARMENIA), Optional.of(BORDER_TOWNS));
    assertEquals(new PropositionKey(PropositionType.ATTACK, List.of(CLASHES_2022, AZERBAIJAN, BORDER_TOWNS), "BOMBING"),
        bombed.key());
    assertEquals("ATTACK[Conflict:C4, Party:P2, Territory:T3]/BOMBING", bombed.key().toString());
    assertEquals(bombed.key(), untargeted.key(), "the target is not part of the question");
    assertEquals(new PropositionKey(PropositionType.ATTACK, List.of(CLASHES_2022, AZERBAIJAN), "BOMBING"), nowhere.key());
    assertNotEquals(bombed.key(), shelled.key());
    assertContradicts(false, bombed, untargeted);
    assertContradicts(false, bombed, bombed);
    assertContradicts(false, bombed, shelled);
  }

  @Test
  void ceasefireStatus() {
    CeasefireStatus holding = new CeasefireStatus(CEASEFIRE_2022, CeasefireState.HOLDING); // K3
    CeasefireStatus violated = new CeasefireStatus(CEASEFIRE_2022, CeasefireState.VIOLATED); // K7
    assertEquals(PropositionKey.of(PropositionType.CEASEFIRE_STATE, CEASEFIRE_2022), holding.key());
    assertContradicts(true, holding, violated);
    assertContradicts(false, holding, new CeasefireStatus(CEASEFIRE_2022, CeasefireState.HOLDING));
    assertContradicts(false, holding, new CeasefireStatus(CEASEFIRE_2020, CeasefireState.VIOLATED));
    for (CeasefireState a : CeasefireState.values()) {
      for (CeasefireState b : CeasefireState.values()) {
        boolean inForceAndInEffect = (a == CeasefireState.IN_FORCE && b.isInEffect())
            || (b == CeasefireState.IN_FORCE && a.isInEffect());
        assertContradicts(a != b && !inForceAndInEffect,
            new CeasefireStatus(CEASEFIRE_2022, a), new CeasefireStatus(CEASEFIRE_2022, b));
      }
    }
  }

  /** A ceasefire can be violated and remain in force (the UN on the 1974 Golan ceasefire). */
  @Test
  void inForceGoesWithHoldingOrViolatedButNotWithEndedOrNever() {
    CeasefireStatus inForce = new CeasefireStatus(CEASEFIRE_2022, CeasefireState.IN_FORCE);
    assertContradicts(false, inForce, new CeasefireStatus(CEASEFIRE_2022, CeasefireState.VIOLATED));
    assertContradicts(false, inForce, new CeasefireStatus(CEASEFIRE_2022, CeasefireState.HOLDING));
    assertContradicts(true, inForce, new CeasefireStatus(CEASEFIRE_2022, CeasefireState.ENDED));
    assertContradicts(true, inForce, new CeasefireStatus(CEASEFIRE_2022, CeasefireState.NEVER_IN_EFFECT));
    assertContradicts(true, new CeasefireStatus(CEASEFIRE_2022, CeasefireState.HOLDING),
        new CeasefireStatus(CEASEFIRE_2022, CeasefireState.VIOLATED));
  }

  @Test
  void stancesOnlyContradictByDenial() {
    Stance k9 = Stance.of(PartyId.of("P9"), StanceKind.NO_MILITARY_SOLUTION, DISPUTE);
    Stance k11 = new Stance(TURKEY, StanceKind.CALL_TO_DESIST, CLASHES_2022, Optional.of(ARMENIA));
    assertEquals(new PropositionKey(PropositionType.STANCE, List.of(PartyId.of("P9"), DISPUTE), "NO_MILITARY_SOLUTION"),
        k9.key());
    assertEquals("STANCE[Party:P7, Conflict:C4, Party:P1]/CALL_TO_DESIST", k11.key().toString());
    assertNotEquals(k9.key(), Stance.of(PartyId.of("P9"), StanceKind.CONDEMNATION, DISPUTE).key());
    assertContradicts(false, k9, Stance.of(PartyId.of("P9"), StanceKind.CONDEMNATION, DISPUTE));
    assertContradicts(false, k11, new Stance(TURKEY, StanceKind.SUPPORT, CLASHES_2022, Optional.of(ARMENIA)));
  }

  @Test
  void backing() {
    BacksAccount r3 = new BacksAccount(TURKEY, K6);
    assertEquals(PropositionKey.of(PropositionType.BACKING, TURKEY, K6), r3.key());
    assertEquals("BACKING[Party:P7, Claim:K6]", r3.key().toString());
    assertNotEquals(r3.key(), new BacksAccount(TURKEY, K5).key());
    assertContradicts(false, r3, new BacksAccount(TURKEY, K5));
  }

  @Test
  void noStatementKeyEmbedsTheQuestionItIsSilentOn() {
    PropositionKey casualties = PropositionKey.of(PropositionType.CASUALTIES, CLASHES_2022, AZERBAIJAN);
    NoStatement k8 = new NoStatement(AZERBAIJAN, casualties);
    assertEquals(new PropositionKey(PropositionType.NO_STATEMENT, List.of(AZERBAIJAN, CLASHES_2022, AZERBAIJAN),
        "CASUALTIES"), k8.key());
    assertEquals("NO_STATEMENT[Party:P2, Conflict:C4, Party:P2]/CASUALTIES", k8.key().toString());
    NoStatement onStance = new NoStatement(TURKEY, Stance.of(TURKEY, StanceKind.CONDEMNATION, CLASHES_2022).key());
    assertEquals("NO_STATEMENT[Party:P7, Party:P7, Conflict:C4]/STANCE/CONDEMNATION", onStance.key().toString());
    assertNotEquals(k8.key(), new NoStatement(ARMENIA, casualties).key());
    assertNotEquals(k8.key(), casualties);
    // A figure on the question is contradicted by the checker (which knows who acts for whom),
    // not by the types alone.
    Casualties k2 = Casualties.of(CLASHES_2022, AZERBAIJAN, CasualtyKind.UNSPECIFIED, Estimate.exact(50));
    assertContradicts(false, k8, k2);
    assertEquals(List.of(new Reference("party", AZERBAIJAN), new Reference("about.subjects[0]", CLASHES_2022),
        new Reference("about.subjects[1]", AZERBAIJAN)), k8.references());
  }

  @Test
  void propositionsOfDifferentTypesNeverContradict() {
    List<Proposition> all = List.of(
        new Sovereignty(KARABAKH, AZERBAIJAN),
        new Control(KARABAKH, ARMENIA),
        Casualties.of(CLASHES_2022, ARMENIA, CasualtyKind.KILLED, Estimate.exact(49)),
        new Initiated(CLASHES_2022, AZERBAIJAN),
        new Attack(CLASHES_2022, AZERBAIJAN, EventKind.BOMBING, Optional.of(ARMENIA), Optional.of(BORDER_TOWNS)),
        new CeasefireStatus(CEASEFIRE_2022, CeasefireState.HOLDING),
        Stance.of(RUSSIA, StanceKind.DIPLOMATIC_RESOLUTION, DISPUTE),
        new BacksAccount(TURKEY, K6),
        new NoStatement(AZERBAIJAN, PropositionKey.of(PropositionType.CASUALTIES, CLASHES_2022, AZERBAIJAN)),
        new RulingResponse(AZERBAIJAN, RulingId.of("J1"), ResponseKind.REJECTS),
        new FactTime(CLASHES_2022, TimeAspect.STARTED, FuzzyTime.onDay(LocalDate.of(2022, 9, 13))),
        new FactFigure(RulingId.of("J1"), FigureKind.VOTES_FOR, Estimate.exact(12)),
        new Recognizes(ARMENIA, KARABAKH, AZERBAIJAN),
        new RecognitionCount(KARABAKH, AZERBAIJAN, Estimate.atLeast(100)),
        new AgreementResponse(AZERBAIJAN, AgreementId.of("J1"), ResponseKind.REJECTS),
        new AgreementStatus(AgreementId.of("J1"), AgreementStage.NEVER_IN_FORCE),
        new Characterization(RulingId.of("J1"), CharacterKind.BINDING));
    assertEquals(PropositionType.values().length, all.stream().map(p -> p.key().type()).distinct().count(),
        "one proposition of every type");
    for (Proposition a : all) {
      for (Proposition b : all) {
        if (a != b) {
          assertNotEquals(a.key(), b.key());
          assertContradicts(false, a, b);
        }
      }
    }
  }

  @Test
  void keysAreOrderedByTypeThenSubjectsThenQualifier() {
    PropositionKey sovereignty = PropositionKey.of(PropositionType.SOVEREIGNTY, KARABAKH);
    PropositionKey casualtiesTotal = PropositionKey.of(PropositionType.CASUALTIES, CLASHES_2022);
    PropositionKey casualtiesArmenia = PropositionKey.of(PropositionType.CASUALTIES, CLASHES_2022, ARMENIA);
    PropositionKey casualtiesAzerbaijan = PropositionKey.of(PropositionType.CASUALTIES, CLASHES_2022, AZERBAIJAN);
    PropositionKey condemn = Stance.of(RUSSIA, StanceKind.CONDEMNATION, DISPUTE).key();
    PropositionKey diplomatic = Stance.of(RUSSIA, StanceKind.DIPLOMATIC_RESOLUTION, DISPUTE).key();
    List<PropositionKey> keys = new ArrayList<>(List.of(diplomatic, casualtiesAzerbaijan, condemn, casualtiesArmenia,
        sovereignty, casualtiesTotal));
    keys.sort(null);
    assertEquals(List.of(sovereignty, casualtiesTotal, casualtiesArmenia, casualtiesAzerbaijan, condemn, diplomatic), keys);
    assertEquals(0, casualtiesArmenia.compareTo(PropositionKey.of(PropositionType.CASUALTIES, CLASHES_2022, ARMENIA)));
  }

  // --- claims ---

  static final Claim CLAIM_K5 = claim(K5, ARMENIA, new Initiated(CLASHES_2022, AZERBAIJAN)).build();
  static final Claim CLAIM_K6 = claim(K6, AZERBAIJAN, new Initiated(CLASHES_2022, ARMENIA)).build();

  @Test
  void assertedClaimsWithContradictingPropositions() {
    assertContradicts(true, CLAIM_K5, CLAIM_K6);
    assertContradicts(false, CLAIM_K5, claim(ClaimId.of("X"), TURKEY, new Initiated(CLASHES_2022, AZERBAIJAN)).build());
  }

  @Test
  void assertedAgainstDeniedOfTheSameProposition() {
    Claim denial = claim(ClaimId.of("X"), AZERBAIJAN, new Initiated(CLASHES_2022, AZERBAIJAN))
        .polarity(Polarity.DENIES).build();
    assertContradicts(true, CLAIM_K5, denial);
    // denying a different answer to the same question agrees with K5
    Claim deniesArmenia = claim(ClaimId.of("Y"), ARMENIA, new Initiated(CLASHES_2022, ARMENIA))
        .polarity(Polarity.DENIES).build();
    assertContradicts(false, CLAIM_K5, deniesArmenia);
    // two denials never contradict each other
    assertContradicts(false, denial, deniesArmenia);
  }

  @Test
  void aDenialIsTheOnlyWayToContradictAnAttackOrAStance() {
    Attack bombed = new Attack(CLASHES_2022, AZERBAIJAN, EventKind.BOMBING, Optional.of(ARMENIA), Optional.of(BORDER_TOWNS));
    Claim k5 = claim(K5, ARMENIA, bombed).build();
    Claim sameAgain = claim(ClaimId.of("X"), RUSSIA, bombed).build();
    Claim denied = claim(ClaimId.of("Y"), AZERBAIJAN, bombed).polarity(Polarity.DENIES).build();
    Claim deniedOtherPlace = claim(ClaimId.of("Z"), AZERBAIJAN,
        new Attack(CLASHES_2022, AZERBAIJAN, EventKind.BOMBING, Optional.of(ARMENIA), Optional.of(BORDER)))
        .polarity(Polarity.DENIES).build();
    assertContradicts(false, k5, sameAgain);
    assertContradicts(true, k5, denied);
    assertContradicts(false, k5, deniedOtherPlace);

    Stance k9 = Stance.of(PartyId.of("P9"), StanceKind.NO_MILITARY_SOLUTION, DISPUTE);
    assertContradicts(true, claim(ClaimId.of("K9"), PartyId.of("P10"), k9).build(),
        claim(ClaimId.of("X"), PartyId.of("P9"), k9).polarity(Polarity.DENIES).build());
  }

  @Test
  void anyPairOfPropositionsDecides() {
    Claim k5Full = claim(K5, ARMENIA,
        new Attack(CLASHES_2022, AZERBAIJAN, EventKind.BOMBING, Optional.of(ARMENIA), Optional.of(BORDER_TOWNS)),
        new Initiated(CLASHES_2022, AZERBAIJAN)).build();
    assertContradicts(true, k5Full, CLAIM_K6);
    Claim unrelated = claim(ClaimId.of("K10"), RUSSIA, Stance.of(RUSSIA, StanceKind.DIPLOMATIC_RESOLUTION, DISPUTE)).build();
    assertContradicts(false, k5Full, unrelated);
  }

  @Test
  void casualtyClaims() {
    Claim k1 = claim(K1, PASHINYAN, Casualties.of(CLASHES_2022, ARMENIA, CasualtyKind.KILLED, Estimate.exact(49))).build();
    // test data, not the story's: a disjoint and a compatible figure for the same question
    Claim disjoint = claim(ClaimId.of("X"), AZERBAIJAN,
        Casualties.of(CLASHES_2022, ARMENIA, CasualtyKind.KILLED, Estimate.atLeast(100))).build();
    Claim compatible = claim(ClaimId.of("Y"), AZERBAIJAN,
        Casualties.of(CLASHES_2022, ARMENIA, CasualtyKind.KILLED, Estimate.atMost(60))).build();
    Claim otherKind = claim(ClaimId.of("Z"), AZERBAIJAN,
        Casualties.of(CLASHES_2022, ARMENIA, CasualtyKind.MISSING, Estimate.atLeast(100))).build();
    assertContradicts(true, k1, disjoint);
    assertContradicts(false, k1, compatible);
    assertContradicts(false, k1, otherKind);
  }

  @Test
  void aClaimDoesNotContradictItself() {
    assertTrue(!CLAIM_K5.contradicts(CLAIM_K5));
  }
}
