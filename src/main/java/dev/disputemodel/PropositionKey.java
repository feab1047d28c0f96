package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The question a {@link Proposition} answers, as typed data: two claims are about the same
 * question exactly when their propositions have equal keys. "Who struck first in the 2022
 * clashes?" is {@code INITIATOR [Conflict:C4]}; Armenia's and Azerbaijan's accounts share it and
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
    subjects = ImmutableList.copyOf(subjects);
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

  /**
   * Equal when type, subjects and qualifier are, as for any record; written out because keys are
   * the checker's and the query index's hash keys (one lookup per proposition), and the
   * generated equality costs more per call.
   */
  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof PropositionKey k) || type != k.type) {
      return false;
    }
    int n = subjects.size();
    if (n != k.subjects.size()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!subjects.get(i).equals(k.subjects.get(i))) {
        return false;
      }
    }
    return qualifier.equals(k.qualifier);
  }

  /**
   * The record's hash of type, subjects (the {@link List#hashCode()} of the list) and qualifier,
   * written out as {@link #equals} is.
   */
  @Override
  public int hashCode() {
    int list = 1;
    for (int i = 0; i < subjects.size(); i++) {
      list = 31 * list + subjects.get(i).hashCode();
    }
    return (type.hashCode() * 31 + list) * 31 + qualifier.hashCode();
  }

  /** Returns {@code TYPE[subject, ...]/qualifier}. */
  @Override
  public String toString() {
    return type + subjects.toString() + (qualifier.isEmpty() ? "" : "/" + qualifier);
  }
}
