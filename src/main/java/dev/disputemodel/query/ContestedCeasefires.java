package dev.disputemodel.query;

/**
 * Whether {@link ModelQueries#ceasefiresInEffect(When, ContestedCeasefires)} answers with the
 * ceasefires that are contested at the time asked (in effect by their record, over in the account
 * of a party whose claim is in force). A contested ceasefire is at most possibly in effect, so it
 * never answers a {@code definitely} question either way.
 */
public enum ContestedCeasefires {
  /** Contested ceasefires answer a {@code possibly} question. */
  INCLUDE,
  /** Contested ceasefires are left out. */
  EXCLUDE;
}
