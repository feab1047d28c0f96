package dev.disputemodel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.BacksAccount;
import dev.disputemodel.Claim;
import dev.disputemodel.Polarity;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Backing questions are asked only of parties outside the backed claim's family. */
class BackingTopicTest {
  /** Choices that answer from a script, then the simplest answer; booleans are all one value. */
  private static final class Scripted extends Choices {
    final Deque<Long> script = new ArrayDeque<>();
    boolean booleans;

    Scripted() {
      super(30);
    }

    @Override
    long draw(long bound) {
      return script.isEmpty() ? 0 : Math.min(script.poll(), bound - 1);
    }

    @Override
    boolean drawBoolean(double probability) {
      return booleans;
    }
  }

  /** A draft of 200 states (each its own family) whose only claim is by party {@code claimant}. */
  private static ModelDraft draftWithOneClaimBy(Scripted c, int claimant) {
    ModelDraft d = new ModelDraft(c, ModelConfig.builder().parties(200, 200).build());
    new SourcePlanner(d).plan(new Choices.Length(1, -1));
    new PartyPlanner(d).plan(new Choices.Length(200, -1));
    Claim claim = Claim.builder().id(d.claims.nextId()).source(d.sources.id(0))
        .madeAt(FuzzyTime.onDay(LocalDate.of(2020, 1, 1)))
        .claimant(d.parties.id(claimant))
        .addProposition(new Sovereignty(TerritoryId.of("T1"), d.parties.id(claimant))).build();
    d.addClaim(claim, d.roles.root(claimant), true);
    return d;
  }

  @Test
  void noPartyIsAskedToBackAnAccountOfItsOwnFamilyWhateverItsIndex() {
    for (int party : new int[] {5, 127, 128, 150, 199}) {
      Scripted c = new Scripted();
      ModelDraft d = draftWithOneClaimBy(c, party);
      assertEquals(party, d.roles.root(party), "every party is its own family here");
      c.script.add((long) party); // the backer drawn
      assertEquals(Optional.empty(), BackingTopic.plan(d, Optional.empty()), "party " + party);
    }
  }

  @Test
  void anotherFamilyIsAskedAndOnlyTheBackersFamilyAlwaysAsserts() {
    Scripted c = new Scripted();
    ModelDraft d = draftWithOneClaimBy(c, 150);
    c.script.add(151L);
    Topic topic = BackingTopic.plan(d, Optional.empty()).orElseThrow();
    BacksAccount backing = new BacksAccount(d.parties.id(151), d.claims.id(0));
    assertEquals(backing.key(), topic.key());
    c.booleans = true; // every family free to deny does
    assertEquals(Polarity.ASSERTS, topic.answer(151, true).polarity());
    assertEquals(Polarity.DENIES, topic.answer(7, true).polarity());
    assertEquals(Polarity.ASSERTS, topic.answer(7, false).polarity());
  }
}
