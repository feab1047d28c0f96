package dev.disputemodel.check;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.EntityId;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.index.Question;
import dev.disputemodel.index.Version;
import dev.disputemodel.time.Certainty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code contested-question}: a question (one {@link PropositionKey}) that is
 * {@linkplain Question#contested() contested}, by the one definition the query module's
 * {@code contested()} uses too: claimants who give contradicting answers while their positions
 * may be held at the same time. Armenia says Azerbaijan struck first, Azerbaijan says Armenia
 * did. A claim on a territory containing the question's counts ("B is sovereign over the
 * archipelago" competes with "A is sovereign over this island"). One finding per question, as
 * certain as the contest, listing every answer in the contest with who gives it and which claims
 * say so, and the claims that back one of those accounts ({@link BacksAccount}). A person's claim
 * counts for the party it acts for, so a prime minister and his state are one claimant; a
 * claimant contradicting itself is {@code self-contradiction}, not this rule.
 *
 * <p>Cost: claims are grouped by key (linear); within a key, claims giving the same answer are
 * merged, and only the distinct answers are compared pairwise: O(n + Σ d²) for d distinct
 * answers per question, which is small (one per position taken), never all pairs of claims.
 */
final class ContestedQuestionRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("contested-question", Severity.INFO,
          "Different claimants give contradicting answers to the same question");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    // questions are independent: large models split them across the pool, in order
    return index.parallelism().map(index.questions(), q -> finding(index, q));
  }

  /** Returns the finding for {@code q}, or null if it is not contested. */
  private static Finding finding(ModelIndex index, Question q) {
    Certainty contested = q.contested();
    if (!contested.isPossible()) {
      return null;
    }
    List<Version> answers = new ArrayList<>(q.contestedVersions());
    answers.sort(Comparator.comparing(v -> minId(v.claims())));
    return finding(index, q.key(), answers, contested);
  }

  private static ClaimId minId(List<Claim> claims) {
    ClaimId min = claims.get(0).id();
    for (int i = 1; i < claims.size(); i++) {
      if (claims.get(i).id().compareTo(min) < 0) {
        min = claims.get(i).id();
      }
    }
    return min;
  }

  private static Finding finding(
      ModelIndex index, PropositionKey key, List<Version> answers, Certainty certainty) {
    StringBuilder msg = new StringBuilder("Contested: ").append(key).append(": ");
    ImmutableList.Builder<EntityId> related = ImmutableList.builder();
    Set<ClaimId> accounts = new TreeSet<>();
    boolean first = true;
    for (int i = 0; i < answers.size(); i++) {
      Set<ClaimId> claims = new TreeSet<>();
      answers.get(i).claims().forEach(c -> claims.add(c.id()));
      msg.append(first ? "" : "; ").append(answers.get(i).answer())
          .append(" according to ").append(join(new TreeSet<>(answers.get(i).speakers())))
          .append(" (").append(join(claims)).append(')');
      related.addAll(claims);
      accounts.addAll(claims);
      first = false;
    }
    Set<ClaimId> backing = new TreeSet<>();
    List<String> backers = new ArrayList<>();
    for (ClaimId account : accounts) {
      for (Claim b : index.backersByAccount().get(account)) {
        for (Proposition p : b.propositions()) {
          if (p instanceof BacksAccount ba && ba.account().equals(account) && backing.add(b.id())) {
            backers.add(ba.backer() + " backs " + account + " (" + b.id() + ")");
          }
        }
      }
    }
    related.addAll(backing);
    if (!backers.isEmpty()) {
      msg.append("; ").append(String.join("; ", backers));
    }
    msg.append(". A disagreement in the world: keep every account, and check that each claim is"
        + " attributed to the right claimant");
    EntityId focus = key.subjects().isEmpty()
        ? answers.get(0).claims().get(0).id()
        : key.subjects().get(0);
    return DESCRIPTOR.finding(focus).certainty(certainty).path("question").value(key)
        .related(related.build())
        .message(msg.toString()).build();
  }

  private static String join(Set<? extends EntityId> ids) {
    return String.join(", ", ids.stream().map(Object::toString).toArray(String[]::new));
  }
}
