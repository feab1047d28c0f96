package dev.disputemodel.query;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.PropositionKey;
import java.util.List;
import java.util.Objects;

/**
 * A question of fact and every answer given to it: "who struck first in the 2022 clashes"
 * ({@code INITIATOR [Conflict:C4]}) has the answers "Azerbaijan" (Armenia's, K5) and "Armenia"
 * (Azerbaijan's K6 and Turkey's K11).
 *
 * @param key the question; not null
 * @param versions the distinct answers, each with its claims, in the model order of their first
 *     claim
 */
public record Question(PropositionKey key, List<Version> versions) {
  /** Copies the list; rejects nulls. */
  public Question {
    Objects.requireNonNull(key, "key");
    versions = ImmutableList.copyOf(versions);
  }

  /**
   * Returns true if two answers given by different claims cannot both be right. A claim that
   * contradicts itself does not make a question contested (the consistency checker reports it).
   */
  public boolean isContested() {
    for (int i = 0; i < versions.size(); i++) {
      for (int j = i + 1; j < versions.size(); j++) {
        Version a = versions.get(i);
        Version b = versions.get(j);
        if (a.contradicts(b) && !(a.claims().size() == 1 && b.claims().equals(a.claims()))) {
          return true;
        }
      }
    }
    return false;
  }
}
