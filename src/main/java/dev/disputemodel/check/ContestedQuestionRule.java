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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code contested-question}: claimants who give contradicting answers to one question (one
 * {@link PropositionKey}): Armenia says Azerbaijan struck first, Azerbaijan says Armenia did. One
 * finding per question, listing every answer in the contradiction with who gives it and which
 * claims say so, and the claims that back one of those accounts ({@link BacksAccount}). A
 * person's claim counts for the party it acts for, so a prime minister and his state are one
 * claimant; a claimant contradicting itself is {@code self-contradiction}, not this rule.
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

  /** Returns the finding for {@code q}, or null if its answers do not contradict. */
  private static Finding finding(ModelIndex index, Question q) {
    if (q.isSmall() && !q.isContested()) {
      return null; // most questions: compatible answers, nothing to group
    }
    List<Version> answers = q.versions();
    if (answers.size() < 2) {
      return null;
    }
    boolean[] involved = new boolean[answers.size()];
    boolean any = false;
    for (int i = 0; i < answers.size(); i++) {
      for (int j = i + 1; j < answers.size(); j++) {
        // speakers only for contradicting answers: most questions with several answers are
        // compatible figures, which need no speakers at all
        if (answers.get(i).contradicts(answers.get(j))
            && differentSpeakers(answers.get(i).speakers(), answers.get(j).speakers())) {
          involved[i] = true;
          involved[j] = true;
          any = true;
        }
      }
    }
    return any ? finding(index, q.key(), byFirstClaim(answers, involved), involved) : null;
  }

  private static boolean differentSpeakers(Set<EntityId> sa, Set<EntityId> sb) {
    return sa.size() > 1 || sb.size() > 1 || !sa.equals(sb);
  }

  /** Sorts answers (and their involved flags, in place) by each answer's smallest claim id. */
  private static List<Version> byFirstClaim(List<Version> answers, boolean[] involved) {
    List<Integer> order = new ArrayList<>();
    List<ClaimId> first = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      order.add(i);
      first.add(minId(answers.get(i).claims()));
    }
    order.sort(Comparator.comparing(first::get));
    List<Version> sorted = new ArrayList<>(answers.size());
    boolean[] flags = involved.clone();
    for (int k = 0; k < order.size(); k++) {
      sorted.add(answers.get(order.get(k)));
      involved[k] = flags[order.get(k)];
    }
    return sorted;
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
      ModelIndex index, PropositionKey key, List<Version> answers, boolean[] involved) {
    StringBuilder msg = new StringBuilder("Contested: ").append(key).append(": ");
    ImmutableList.Builder<EntityId> related = ImmutableList.builder();
    Set<ClaimId> accounts = new TreeSet<>();
    boolean first = true;
    for (int i = 0; i < answers.size(); i++) {
      if (!involved[i]) {
        continue;
      }
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
    return DESCRIPTOR.finding(focus).path("question").value(key).related(related.build())
        .message(msg.toString()).build();
  }

  private static String join(Set<? extends EntityId> ids) {
    return String.join(", ", ids.stream().map(Object::toString).toArray(String[]::new));
  }
}
