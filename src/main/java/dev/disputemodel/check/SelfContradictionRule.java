package dev.disputemodel.check;

import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Ending;
import dev.disputemodel.EntityId;
import dev.disputemodel.index.Answer;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.index.Question;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code self-contradiction}: a claimant whose claim contradicts its own earlier claim on the
 * same question while both positions may be held ({@linkplain
 * dev.disputemodel.DisputeModel#heldPeriod held periods} that may overlap, and, for a claim about a
 * stated period, about times that may overlap: {@link dev.disputemodel.DisputeModel#heldTogether}),
 * unless one of the two
 * {@linkplain Claim#ends() withdraws or replaces} the other (directly or through a chain of
 * endings). A claimant that changes its position over stated holding periods does not contradict
 * itself. A person's claim counts for the party it acts for; a source speaking in its own voice
 * is a claimant too. Each claim is compared with the claimant's previous claim on the question
 * (by time made, then id): a claim that agrees with the one before it is not compared with
 * older ones. As certain as the overlap of the two held periods.
 *
 * <p>Cost: claims grouped by key and claimant, sorted by time: O(n log n).
 */
final class SelfContradictionRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("self-contradiction", Severity.WARNING,
          "A claimant contradicts its own earlier position while holding both");

  private static final Comparator<Claim> BY_TIME =
      Comparator.comparing(Claim::madeAt, FuzzyTime.ORDER).thenComparing(Claim::id);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    List<Finding> out = new ArrayList<>();
    for (Question q : index.questions()) {
      if (speakersDistinct(q)) {
        continue; // every claimant speaks once: nothing to compare
      }
      Map<EntityId, List<Integer>> bySpeaker = new LinkedHashMap<>();
      for (int c = 0; c < q.claims().size(); c++) {
        bySpeaker.computeIfAbsent(q.speaker(c), x -> new ArrayList<>(2)).add(c);
      }
      if (bySpeaker.size() == q.claims().size()) {
        continue; // every claimant speaks once: nothing to compare
      }
      for (Map.Entry<EntityId, List<Integer>> s : bySpeaker.entrySet()) {
        List<Integer> claims = s.getValue();
        if (claims.size() < 2 || sameAnswersThroughout(q, claims)) {
          continue;
        }
        claims.sort(Comparator.comparing(q.claims()::get, BY_TIME));
        for (int i = 1; i < claims.size(); i++) {
          Claim earlier = q.claims().get(claims.get(i - 1));
          Claim later = q.claims().get(claims.get(i));
          Optional<String> clash = clash(q.answers(claims.get(i)), q.answers(claims.get(i - 1)));
          if (clash.isEmpty() || endingOf(index, later, earlier.id())
              || endingOf(index, earlier, later.id())) {
            continue;
          }
          Certainty together = together(index, earlier, later);
          if (together.isPossible()) {
            out.add(DESCRIPTOR.finding(later.id())
                .certainty(together)
                .path("propositions")
                .value(clash.get())
                .related(earlier.id())
                .message(s.getKey() + " says " + clash.get() + " on " + q.key() + " in "
                    + later.id() + " (" + later.madeAt() + ") against its earlier " + earlier.id()
                    + " (" + earlier.madeAt() + "). If the later claim corrects the earlier, let it"
                    + " replace it (ends); otherwise correct the claimant or the content of one")
                .build());
          }
        }
      }
    }
    return out;
  }

  /**
   * Returns true if every one of {@code claims} gives the same answers and those answers do not
   * contradict each other: then no two of them clash, whatever their order.
   */
  private static boolean sameAnswersThroughout(Question q, List<Integer> claims) {
    List<Answer> first = q.answers(claims.get(0));
    for (int i = 1; i < claims.size(); i++) {
      if (!q.answers(claims.get(i)).equals(first)) {
        return false;
      }
    }
    return clash(first, first).isEmpty();
  }

  private static Optional<String> clash(List<Answer> later, List<Answer> earlier) {
    for (Answer a : later) {
      for (Answer b : earlier) {
        if (a.contradicts(b)) {
          return Optional.of(a + " (before: " + b + ")");
        }
      }
    }
    return Optional.empty();
  }

  /** Returns true if {@code claim} ends {@code target}, directly or through claims it ends. */
  private static boolean endingOf(ModelIndex index, Claim claim, ClaimId target) {
    Set<ClaimId> seen = new HashSet<>();
    Deque<Claim> todo = new ArrayDeque<>(List.of(claim));
    while (!todo.isEmpty()) {
      for (Ending e : todo.pop().ends()) {
        if (e.claim().equals(target)) {
          return true;
        }
        if (seen.add(e.claim())) {
          index.model().claim(e.claim()).ifPresent(todo::add);
        }
      }
    }
    return false;
  }

  /** Returns whether the two positions may be held at the same time. */
  private static Certainty together(ModelIndex index, Claim a, Claim b) {
    return index.model().heldTogether(a, b);
  }

  /**
   * Returns true if no speaker has two claims on the question, without allocating for the
   * common small question ({@link Question#isSmall()}); a larger one is grouped.
   */
  private static boolean speakersDistinct(Question q) {
    if (!q.isSmall()) {
      return false;
    }
    int n = q.claims().size();
    for (int i = 1; i < n; i++) {
      for (int j = 0; j < i; j++) {
        if (q.speaker(i).equals(q.speaker(j))) {
          return false;
        }
      }
    }
    return true;
  }
}
