package dev.disputemodel.time;

/**
 * The answer to a question asked of uncertain data: it holds for every reading of the data
 * ({@link #DEFINITELY}), for some readings but not all ({@link #POSSIBLY}), or for none
 * ({@link #NOT}).
 *
 * <p>For example, a clash "overnight on Monday 12 September 2022" is {@code DEFINITELY} before
 * a ceasefire effective "Tuesday morning", while an event "in September 2022" is only
 * {@code POSSIBLY} before it. The three values form Kleene's strong three-valued logic:
 * {@link #and}, {@link #or} and {@link #negate} follow its truth tables.
 */
public enum Certainty {
  /** True under every reading of the uncertain data. */
  DEFINITELY,
  /** True under some readings and false under others. */
  POSSIBLY,
  /** False under every reading of the uncertain data. */
  NOT;

  /** Returns true for {@link #DEFINITELY} only. */
  public boolean isDefinite() {
    return this == DEFINITELY;
  }

  /** Returns true for {@link #DEFINITELY} or {@link #POSSIBLY}: the statement may hold. */
  public boolean isPossible() {
    return this != NOT;
  }

  /** Returns the certainty of "this and {@code other}" (the weaker of the two). */
  public Certainty and(Certainty other) {
    return ordinal() >= other.ordinal() ? this : other;
  }

  /** Returns the certainty of "this or {@code other}" (the stronger of the two). */
  public Certainty or(Certainty other) {
    return ordinal() <= other.ordinal() ? this : other;
  }

  /** Returns the certainty of "not this": {@code DEFINITELY} and {@code NOT} swap. */
  public Certainty negate() {
    return this == DEFINITELY ? NOT : this == NOT ? DEFINITELY : POSSIBLY;
  }

  /** Returns {@code DEFINITELY} for true and {@code NOT} for false. */
  public static Certainty of(boolean known) {
    return known ? DEFINITELY : NOT;
  }
}
