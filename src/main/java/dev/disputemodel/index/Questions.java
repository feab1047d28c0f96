package dev.disputemodel.index;

import dev.disputemodel.Claim;
import dev.disputemodel.Parallelism;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@link Question}s of a {@link ModelIndex}: one question with every claim that answers
 * it, or all questions that two or more claims answer. A question of sovereignty over a territory
 * also counts the claims on the territories containing it, as answers about this one.
 */
final class Questions {
  private final ModelIndex index;

  Questions(ModelIndex index) {
    this.index = index;
  }

  /** See {@link ModelIndex#question(PropositionKey)}. */
  Question of(PropositionKey key) {
    List<Claim> own = index.claimsOn(key);
    Question withWholes = withWholes(key, own, 0);
    return withWholes != null ? withWholes : Question.of(index, key, List.copyOf(own), true);
  }

  /**
   * Returns the question {@code key} with {@code own} claims and those on the territories that
   * contain its territory, or null if it is no territorial question or they number fewer than
   * {@code atLeast} or none is on a containing territory.
   */
  private @Nullable Question withWholes(PropositionKey key, List<Claim> own, int atLeast) {
    if (!isTerritorial(key) || !(key.subjects().get(0) instanceof TerritoryId part)
        || index.model().territory(part).flatMap(Territory::parent).isEmpty()) {
      return null; // not in the model, or nothing contains it
    }
    List<Claim> claims = null;
    List<List<Answer>> answers = null;
    for (TerritoryId whole : index.model().enclosing(part)) {
      PropositionKey wholeKey = PropositionKey.of(key.type(), whole);
      for (Claim c : index.claimsOn(wholeKey)) {
        List<Answer> given = Answer.forPart(c, wholeKey, part);
        if (given.isEmpty()) {
          continue;
        }
        if (claims == null) {
          claims = new ArrayList<>(own);
          answers = new ArrayList<>(own.size() + 1);
          for (Claim o : own) {
            answers.add(Answer.of(o, key));
          }
        }
        claims.add(c);
        answers.add(given);
      }
    }
    return claims == null || claims.size() < atLeast
        ? null : Question.of(index, key, claims, answers, own.size());
  }

  /**
   * Returns true for a sovereignty question about one territory: sovereignty over a whole is
   * sovereignty over each part. Control is not inherited: who controls a region often does not
   * control every part of it.
   */
  private static boolean isTerritorial(PropositionKey key) {
    return key.type() == PropositionType.SOVEREIGNTY
        && key.subjects().size() == 1 && key.subjects().get(0) instanceof TerritoryId;
  }

  /**
   * Returns the questions that two or more claims answer, counting those on containing
   * territories, in the order of {@code byKey}; built with {@code parallelism}.
   */
  List<Question> all(Map<PropositionKey, List<Claim>> byKey, Parallelism parallelism) {
    List<Map.Entry<PropositionKey, List<Claim>>> keys = new ArrayList<>();
    for (Map.Entry<PropositionKey, List<Claim>> e : byKey.entrySet()) {
      if (e.getValue().size() > 1 || isTerritorial(e.getKey())) {
        keys.add(e);
      }
    }
    List<Question> all = parallelism.map(keys, e -> {
      Question withWholes = withWholes(e.getKey(), e.getValue(), 2);
      if (withWholes != null) {
        return withWholes;
      }
      return e.getValue().size() > 1 ? Question.of(index, e.getKey(), e.getValue(), true) : null;
    });
    return Collections.unmodifiableList(all);
  }
}
