package dev.disputemodel.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Side;
import dev.disputemodel.Stance;
import dev.disputemodel.StanceKind;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plain indexes of {@link ModelIndex}: claims by question, the questions several claims
 * answer, and who fights on a side. Parties and claims are test data ({@link QuestionTest#model}).
 */
class ModelIndexTest {
  static final PropositionKey WHO_STARTED = QuestionTest.WHO_STARTED;
  static final Stance NO_MILITARY_SOLUTION =
      Stance.of(PartyId.of("B"), StanceKind.NO_MILITARY_SOLUTION, QuestionTest.C);

  @Test
  void claimsByKeyListsEachClaimUnderEveryQuestionItAnswers() {
    Claim k0 = QuestionTest.claim(0, "A", Polarity.ASSERTS, QuestionTest.started("B"));
    Claim k1 = QuestionTest.claim(1, "B", Polarity.ASSERTS, QuestionTest.started("A"),
        NO_MILITARY_SOLUTION);
    ModelIndex index = ModelIndex.of(QuestionTest.model(List.of(k0, k1)));
    assertEquals(List.of(k0, k1), index.claimsByKey().get(WHO_STARTED));
    assertEquals(List.of(k1), index.claimsByKey().get(NO_MILITARY_SOLUTION.key()));
    assertEquals(3, index.claimsByKey().size());
  }

  @Test
  void aClaimAnsweringAQuestionTwiceIsListedUnderItOnce() {
    List<Proposition> props = new ArrayList<>(List.of(QuestionTest.started("A"), QuestionTest.started("B")));
    List<PropositionKey> keys = new ArrayList<>(List.of(WHO_STARTED));
    for (PartyId p : QuestionTest.PARTIES) {
      Stance s = Stance.of(p, StanceKind.NO_MILITARY_SOLUTION, QuestionTest.C);
      props.add(s);
      keys.add(s.key());
    }
    props.add(QuestionTest.started("X"));
    props.add(Stance.of(PartyId.of("A"), StanceKind.NO_MILITARY_SOLUTION, QuestionTest.C));
    for (int n : List.of(3, props.size())) { // a few propositions, and more than eight
      Claim k0 = QuestionTest.claim(0, "A", Polarity.ASSERTS, props.subList(0, n).toArray(Proposition[]::new));
      Claim k1 = QuestionTest.claim(1, "B", Polarity.ASSERTS, QuestionTest.started("A"), QuestionTest.started("A"));
      ModelIndex index = ModelIndex.of(QuestionTest.model(List.of(k0, k1)));
      List<PropositionKey> expected = n == 3 ? keys.subList(0, 2) : keys;
      assertEquals(expected, List.copyOf(index.claimsByKey().keySet()), n + " propositions");
      assertEquals(List.of(k0, k1), index.claimsOn(WHO_STARTED), n + " propositions");
      expected.subList(1, expected.size()).forEach(k -> assertEquals(List.of(k0), index.claimsOn(k), k.toString()));
      assertEquals(List.of(k0, k1), index.claimsWith(PropositionType.INITIATOR));
      assertEquals(List.of(k0), index.claimsWith(PropositionType.STANCE));
    }
  }

  @Test
  void twoClaimsWithManyPropositionsAreEachListedUnderEveryKeyTheyShare() {
    List<Proposition> props = new ArrayList<>(List.of(QuestionTest.started("A")));
    for (StanceKind kind : StanceKind.values()) {
      QuestionTest.PARTIES.forEach(p -> props.add(Stance.of(p, kind, QuestionTest.C)));
    }
    assertTrue(props.size() > 8, "more than eight: the claims' keys are told apart by hashing");
    Claim k0 = QuestionTest.claim(0, "A", Polarity.ASSERTS, props.toArray(Proposition[]::new));
    Claim k1 = QuestionTest.claim(1, "B", Polarity.ASSERTS, props.toArray(Proposition[]::new));
    ModelIndex index = ModelIndex.of(QuestionTest.model(List.of(k0, k1)));
    props.forEach(p -> assertEquals(List.of(k0, k1), index.claimsOn(p.key()), p.key().toString()));
  }

  @Test
  void questionsWithSeveralClaimsLeavesOutAQuestionOneClaimAnswers() {
    Claim k0 = QuestionTest.claim(0, "A", Polarity.ASSERTS, QuestionTest.started("B"));
    Claim k1 = QuestionTest.claim(1, "B", Polarity.ASSERTS, QuestionTest.started("A"),
        NO_MILITARY_SOLUTION);
    ModelIndex index = ModelIndex.of(QuestionTest.model(List.of(k0, k1)));
    assertEquals(Map.of(WHO_STARTED, List.of(k0, k1)), index.questionsWithSeveralClaims());
  }

  @Test
  void belligerentsArePrimariesAndTroopSupportersOnly() {
    Side side = Side.builder().label("A").addPrimary(PartyId.of("A"))
        .addSupporters(Supporter.of(PartyId.of("X"), SupportType.ARMS),
            Supporter.of(PartyId.of("Y"), SupportType.TROOPS),
            Supporter.of(PartyId.of("Z"), SupportType.POLITICAL))
        .build();
    assertEquals(Set.of(PartyId.of("A"), PartyId.of("Y")), ModelIndex.belligerents(side));
  }

  @Test
  void aPartyIsAStateWhenItOrThePartyItActsForIsOne() {
    DisputeModel m = DisputeModel.builder().addParties(
        Party.builder().id(PartyId.of("S")).name("S").kind(PartyKind.STATE).build(),
        Party.builder().id(PartyId.of("SP")).name("S's minister").kind(PartyKind.PERSON).actsFor(PartyId.of("S")).build(),
        Party.builder().id(PartyId.of("G")).name("G").kind(PartyKind.ARMED_GROUP).build(),
        Party.builder().id(PartyId.of("GP")).name("G's leader").kind(PartyKind.PERSON).actsFor(PartyId.of("G")).build())
        .build();
    ModelIndex index = ModelIndex.of(m);
    assertTrue(index.isState(PartyId.of("S")));
    assertTrue(index.isState(PartyId.of("SP")));
    assertFalse(index.isState(PartyId.of("G")));
    assertFalse(index.isState(PartyId.of("GP")));
    assertFalse(index.isState(PartyId.of("U")), "not in the model");
  }

  @Test
  void anEpisodeWithoutSidesHasThoseOfTheNearestConflictThatRecordsThem() {
    ConflictId war = ConflictId.of("W");
    ConflictId episode = ConflictId.of("W1");
    ConflictId battle = ConflictId.of("W1a");
    Side a = Side.builder().label("A").addPrimary(PartyId.of("A")).build();
    Side b = Side.builder().label("B").addPrimary(PartyId.of("B")).build();
    DisputeModel m = DisputeModel.builder().addParties(
        Party.builder().id(PartyId.of("A")).name("A").kind(PartyKind.STATE).build(),
        Party.builder().id(PartyId.of("B")).name("B").kind(PartyKind.STATE).build())
        .addConflicts(Conflict.builder().id(war).name("War").addSides(a, b).build(),
            Conflict.builder().id(episode).name("Episode").parent(war).build(),
            Conflict.builder().id(battle).name("Battle").parent(episode).build())
        .build();
    ModelIndex index = ModelIndex.of(m);
    assertEquals(war, index.sidesRecordedBy(battle));
    assertEquals(war, index.sidesRecordedBy(war));
    assertEquals(List.of(a, b), index.sides(battle));
    ConflictId unknown = ConflictId.of("X");
    assertEquals(unknown, index.sidesRecordedBy(unknown));
    assertEquals(List.of(), index.sides(unknown));
  }
}
