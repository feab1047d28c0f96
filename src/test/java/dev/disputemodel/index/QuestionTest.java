package dev.disputemodel.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.Initiated;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Parallelism;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A question's answers, grouped into versions, and when it is contested: for small questions
 * (compared pair by pair) and large ones (grouped first) alike, against a naive reading of the
 * claims.
 */
class QuestionTest {
  static final SourceId SRC = SourceId.of("S");
  static final ConflictId C = ConflictId.of("C");
  static final PropositionKey WHO_STARTED = PropositionKey.of(PropositionType.INITIATOR, C);
  static final List<PartyId> PARTIES = List.of(PartyId.of("A"), PartyId.of("B"), PartyId.of("X"),
      PartyId.of("Y"), PartyId.of("Z"), PartyId.of("PM"));

  /** A model with the parties, the conflict and {@code claims}; PM acts for A. */
  static DisputeModel model(List<Claim> claims) {
    DisputeModel.Builder b = DisputeModel.builder()
        .addSource(Source.builder().id(SRC).kind(SourceKind.NEWS_REPORT).title("A report").build())
        .addConflict(Conflict.builder().id(C).name("Conflict C").build());
    for (PartyId p : PARTIES) {
      Party.Builder party = Party.builder().id(p).name("Party " + p.value()).kind(PartyKind.STATE);
      if (p.value().equals("PM")) {
        party.kind(PartyKind.PERSON).actsFor(PartyId.of("A"));
      }
      b.addParty(party.build());
    }
    return b.addAllClaims(claims).build();
  }

  static Claim claim(int id, String claimant, Polarity polarity, Proposition... props) {
    return Claim.builder().id(ClaimId.of("K" + id)).source(SRC).claimant(PartyId.of(claimant))
        .madeAt(FuzzyTime.onDay(LocalDate.of(2022, 9, 13))).polarity(polarity)
        .addPropositions(props).build();
  }

  static Initiated started(String party) {
    return new Initiated(C, PartyId.of(party));
  }

  static Question question(DisputeModel model) {
    ModelIndex index = ModelIndex.of(model);
    return index.question(WHO_STARTED, index.claimsOn(WHO_STARTED));
  }

  @Test
  void versionsGroupTheClaimsByAnswerPastTheScanLimit() {
    // 15 claims, 12 distinct answers: more than the 8 a scan looks through
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      int answer = i % 12;
      Polarity polarity = answer < 6 ? Polarity.ASSERTS : Polarity.DENIES;
      String claimant = PARTIES.get((i + i / 12 * 5) % PARTIES.size()).value();
      claims.add(claim(i, claimant, polarity, started(PARTIES.get(answer % 6).value())));
    }
    DisputeModel model = model(claims);
    Question q = question(model);
    assertFalse(q.isSmall());
    assertEquals(naiveVersions(model, q.claims()), describe(q.versions()));
    Version first = q.versions().get(0);
    assertEquals(new Answer(Polarity.ASSERTS, started("A")), first.answer());
    assertEquals(12, q.versions().size());
    assertEquals(List.of(ClaimId.of("K0"), ClaimId.of("K12")), ids(first.claims()));
    assertEquals(List.of(PartyId.of("A")), first.speakers().asList(), "K0 by A, K12 by PM for A");
  }

  @Test
  void aClaimThatContradictsItselfDoesNotContestTheQuestion() {
    List<Claim> claims = new ArrayList<>();
    claims.add(claim(0, "A", Polarity.ASSERTS, started("A"), started("B")));
    claims.add(claim(1, "B", Polarity.DENIES, started("X")));
    assertFalse(question(model(claims)).isContested(), "small");
    for (int i = 2; i < 12; i++) {
      claims.add(claim(i, "B", Polarity.DENIES, started("X")));
    }
    Question large = question(model(claims));
    assertFalse(large.isSmall());
    assertFalse(large.isContested(), "large");
    claims.add(claim(12, "X", Polarity.ASSERTS, started("X")));
    assertTrue(question(model(claims)).isContested(), "X asserts what B denies");
  }

  @Test
  void largeAndSmallQuestionsAreContestedWhenClaimsOfTwoClaimantsContradict() {
    Random r = new Random(7);
    int contested = 0;
    for (int round = 0; round < 300; round++) {
      int n = 2 + r.nextInt(16);
      List<Claim> claims = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Proposition[] props = new Proposition[1 + (r.nextInt(6) == 0 ? 1 : 0)];
        for (int p = 0; p < props.length; p++) {
          props[p] = started(PARTIES.get(r.nextInt(3)).value());
        }
        Polarity polarity = r.nextInt(4) == 0 ? Polarity.DENIES : Polarity.ASSERTS;
        claims.add(claim(i, PARTIES.get(r.nextInt(PARTIES.size())).value(), polarity, props));
      }
      DisputeModel m = model(claims);
      Question q = question(m);
      boolean naive = false;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          // positions made the same day and never ended are held together
          naive |= !m.speaker(claims.get(i)).equals(m.speaker(claims.get(j)))
              && claims.get(i).contradicts(claims.get(j));
        }
      }
      assertEquals(naive, q.isContested(), claims.toString());
      assertEquals(naive ? Certainty.DEFINITELY : Certainty.NOT, q.contested(), claims.toString());
      contested += naive ? 1 : 0;
    }
    assertTrue(contested > 10 && contested < 290, "both answers occur: " + contested);
  }

  @Test
  void aQuestionRejectsAClaimThatDoesNotAnswerIt() {
    Claim other = claim(0, "A", Polarity.ASSERTS, new Initiated(ConflictId.of("D"), PartyId.of("A")));
    DisputeModel model = model(List.of(claim(1, "A", Polarity.ASSERTS, started("A"))));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ModelIndex.of(model).question(WHO_STARTED, List.of(other)));
    assertTrue(e.getMessage().contains("K0"), e.getMessage());
    assertEquals(List.of(), ModelIndex.of(model).question(WHO_STARTED, List.of()).versions());
  }

  @Test
  void questionsOfTwoIndexesOfOneModelAreEqual() {
    DisputeModel model = model(List.of(claim(0, "A", Polarity.ASSERTS, started("B")),
        claim(1, "B", Polarity.ASSERTS, started("A"))));
    Question a = question(model);
    ModelIndex sequential = ModelIndex.of(model, Parallelism.callingThread());
    Question b = sequential.question(WHO_STARTED, sequential.claimsOn(WHO_STARTED));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, sequential.question(WHO_STARTED, sequential.claimsOn(WHO_STARTED).subList(0, 1)));
    assertEquals(sequential.questions(), List.of(b));
  }

  @Test
  void upToEightClaimsMakeASmallQuestion() {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      claims.add(claim(i, "A", Polarity.ASSERTS, started("B")));
    }
    assertTrue(question(model(claims)).isSmall(), "8 claims");
    claims.add(claim(8, "A", Polarity.ASSERTS, started("B")));
    assertFalse(question(model(claims)).isSmall(), "9 claims");
  }

  @Test
  void contestedVersionsAreThoseOfAnyContestingPair() {
    // three answers, each contradicting the other two, by three claimants
    Question three = question(model(List.of(claim(0, "A", Polarity.ASSERTS, started("B")),
        claim(1, "B", Polarity.ASSERTS, started("A")), claim(2, "X", Polarity.ASSERTS, started("Y")))));
    assertEquals(List.of(started("B"), started("A"), started("Y")),
        three.contestedVersions().stream().map(Version::proposition).toList());
    // A (through its minister) gives two answers that do not contest each other, each contested
    // by B's; Y's denial that Z started it contradicts nobody
    Question second = question(model(List.of(claim(0, "A", Polarity.ASSERTS, started("B")),
        claim(1, "PM", Polarity.ASSERTS, started("X")), claim(2, "B", Polarity.ASSERTS, started("A")),
        claim(3, "Y", Polarity.DENIES, started("Z")))));
    assertEquals(4, second.versions().size());
    assertEquals(List.of(started("B"), started("X"), started("A")),
        second.contestedVersions().stream().map(Version::proposition).toList());
  }

  @Test
  void aLargeQuestionFindsItsContestedVersionsWithItsContest() {
    // as above, with A's answer repeated by its minister until the question is no longer small
    List<Claim> claims = new ArrayList<>(List.of(claim(0, "A", Polarity.ASSERTS, started("B")),
        claim(1, "PM", Polarity.ASSERTS, started("X")), claim(2, "B", Polarity.ASSERTS, started("A")),
        claim(3, "Y", Polarity.DENIES, started("Z"))));
    for (int i = 4; i < 10; i++) {
      claims.add(claim(i, "PM", Polarity.ASSERTS, started("B")));
    }
    Question large = question(model(claims));
    assertFalse(large.isSmall());
    assertEquals(Certainty.DEFINITELY, large.contested());
    assertEquals(List.of(started("B"), started("X"), started("A")),
        large.contestedVersions().stream().map(Version::proposition).toList());
    // the same, asked before contested()
    assertEquals(List.of(started("B"), started("X"), started("A")),
        question(model(claims)).contestedVersions().stream().map(Version::proposition).toList());
    // B's answer alone contradicts the others; without it nothing is contested
    claims.remove(2);
    Question uncontested = question(model(claims));
    assertFalse(uncontested.isSmall());
    assertEquals(Certainty.NOT, uncontested.contested());
    assertEquals(List.of(), uncontested.contestedVersions());
  }

  @Test
  void aLargeQuestionKeepsAVersionThatContradictsOnlyVersionsAlreadyContested() {
    // started(B) by A and started(A) by B make the question definitely contested first; started(Y),
    // stated last by X, contradicts both, which are already in the contest, and is in it too
    List<Claim> claims = new ArrayList<>(List.of(claim(0, "A", Polarity.ASSERTS, started("B")),
        claim(1, "B", Polarity.ASSERTS, started("A"))));
    for (int i = 2; i < 9; i++) {
      claims.add(claim(i, "PM", Polarity.ASSERTS, started("B")));
    }
    claims.add(claim(9, "X", Polarity.ASSERTS, started("Y")));
    Question askedFirst = question(model(claims));
    assertFalse(askedFirst.isSmall());
    assertEquals(Certainty.DEFINITELY, askedFirst.contested());
    assertEquals(List.of(started("B"), started("A"), started("Y")),
        askedFirst.contestedVersions().stream().map(Version::proposition).toList());
    assertEquals(List.of(started("B"), started("A"), started("Y")),
        question(model(claims)).contestedVersions().stream().map(Version::proposition).toList());
    // on a date, version by version: not before the claims were made (2022-09-13), after it yes
    assertEquals(Certainty.NOT, askedFirst.contestedOn(FuzzyTime.onDay(LocalDate.of(2022, 9, 12))));
    assertEquals(Certainty.DEFINITELY, askedFirst.contestedOn(FuzzyTime.onDay(LocalDate.of(2022, 9, 14))));
  }

  @Test
  void claimsStatingOneAndTheSamePropositionGiveOneVersion() {
    Initiated b = started("B");
    Question q = question(model(List.of(claim(0, "A", Polarity.ASSERTS, b), claim(1, "X", Polarity.ASSERTS, b),
        claim(2, "B", Polarity.ASSERTS, started("A")))));
    assertEquals(2, q.versions().size());
    assertEquals(List.of(ClaimId.of("K0"), ClaimId.of("K1")), ids(q.versions().get(0).claims()));
  }

  @Test
  void versionsOfDifferentAnswersDiffer() {
    Question q = question(model(List.of(claim(0, "A", Polarity.ASSERTS, started("B")),
        claim(1, "B", Polarity.ASSERTS, started("A")))));
    assertNotEquals(q.versions().get(0), q.versions().get(1));
    assertEquals(q.versions().get(0), q.versions().get(0));
  }

  @Test
  void itsTextGivesTheKeyWhetherContestedAndEachVersion() {
    Question contested = question(model(List.of(claim(0, "A", Polarity.ASSERTS, started("B")),
        claim(1, "B", Polarity.ASSERTS, started("A")), claim(2, "PM", Polarity.ASSERTS, started("B")))));
    assertEquals("INITIATOR[Conflict:C], contested: initiator Party:B by [Party:A] in [Claim:K0, Claim:K2];"
        + " initiator Party:A by [Party:B] in [Claim:K1]", contested.toString());
    Question alone = question(model(List.of(claim(0, "A", Polarity.ASSERTS, started("B")))));
    assertEquals("INITIATOR[Conflict:C], not contested: initiator Party:B by [Party:A] in [Claim:K0]",
        alone.toString());
  }

  /** Groups by (polarity, proposition) with a map, speakers by the claimant's actsFor chain. */
  private static List<String> naiveVersions(DisputeModel model, List<Claim> claims) {
    Map<List<Object>, List<Claim>> groups = new LinkedHashMap<>();
    for (Claim c : claims) {
      for (Proposition p : c.propositions()) {
        if (p.key().equals(WHO_STARTED)) {
          groups.computeIfAbsent(List.of(c.polarity(), p), k -> new ArrayList<>()).add(c);
        }
      }
    }
    List<String> out = new ArrayList<>();
    groups.forEach((answer, cs) -> {
      Set<EntityId> speakers = new LinkedHashSet<>();
      cs.forEach(c -> speakers.add(model.party(c.claimant().orElseThrow()).orElseThrow()
          .actsFor().orElse(c.claimant().orElseThrow())));
      out.add(answer + " " + ids(cs) + " " + speakers);
    });
    return out;
  }

  private static List<String> describe(List<Version> versions) {
    List<String> out = new ArrayList<>();
    versions.forEach(v -> out.add(List.of(v.polarity(), v.proposition()) + " " + ids(v.claims())
        + " " + v.speakers()));
    return out;
  }

  private static List<ClaimId> ids(List<Claim> claims) {
    return claims.stream().map(Claim::id).toList();
  }
}
