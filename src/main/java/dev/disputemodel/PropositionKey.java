package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The question a {@link Proposition} answers, as typed data: two claims are about the same
 * question exactly when their propositions have equal keys. "Who struck first in the 2022
 * clashes?" is {@code INITIATOR[Conflict:C4]}; Armenia's and Azerbaijan's accounts share it and
 * give different answers.
 *
 * @param type the kind of question; not null
 * @param subjects the entities the question is about, in a fixed order per type; not null
 * @param qualifier a further distinction within the type (a stance kind), or empty; not null
 */
public record PropositionKey(PropositionType type, List<EntityId> subjects, String qualifier)
    implements Comparable<PropositionKey> {
  /** Validates and copies the parts. */
  public PropositionKey {
    Objects.requireNonNull(type, "type");
    subjects = ImmutableList.copyOf(Objects.requireNonNull(subjects, "subjects"));
    Objects.requireNonNull(qualifier, "qualifier");
  }

  /** Returns the key of {@code type} about {@code subjects}, with no qualifier. */
  public static PropositionKey of(PropositionType type, EntityId... subjects) {
    return new PropositionKey(type, ImmutableList.copyOf(subjects), "");
  }

  /** Orders keys by type, then subjects, then qualifier. */
  @Override
  public int compareTo(PropositionKey o) {
    int c = type.compareTo(o.type);
    for (int i = 0; c == 0 && i < Math.min(subjects.size(), o.subjects.size()); i++) {
      c = subjects.get(i).compareTo(o.subjects.get(i));
    }
    if (c == 0) {
      c = Integer.compare(subjects.size(), o.subjects.size());
    }
    return c != 0 ? c : qualifier.compareTo(o.qualifier);
  }

  /** Returns {@code TYPE[subject, ...]/qualifier}. */
  @Override
  public String toString() {
    return type + subjects.toString() + (qualifier.isEmpty() ? "" : "/" + qualifier);
  }
}
