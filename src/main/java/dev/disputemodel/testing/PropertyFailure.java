package dev.disputemodel.testing;

/**
 * Thrown when a {@link Property} fails: it names the seed that replays the failure
 * ({@code Property.seed(seed)} or {@code -Ddispute-model.seed=seed}), the size, the try that
 * failed, the original and the shrunk counterexample, and has the shrunk value's failure as its
 * cause. An {@link AssertionError}, so every test framework reports it as a failed test.
 */
public final class PropertyFailure extends AssertionError {
  private static final long serialVersionUID = 1L;
  private static final int MAX_SHOWN = 4000;

  /** The seed that replays the failing try. */
  private final long seed;
  /** The size of the failing try. */
  private final int size;
  /** The number of the failing try, from 1. */
  private final int tryNumber;
  private final transient Object original;
  private final transient Object counterexample;
  /** The number of shrinking steps taken. */
  private final int shrinkSteps;

  PropertyFailure(
      long seed, int size, int tryNumber, Object original, Object counterexample, int shrinkSteps,
      Throwable cause) {
    super(message(seed, size, tryNumber, original, counterexample, shrinkSteps, cause), cause);
    this.seed = seed;
    this.size = size;
    this.tryNumber = tryNumber;
    this.original = original;
    this.counterexample = counterexample;
    this.shrinkSteps = shrinkSteps;
  }

  /** Returns the seed that replays the failing try as the first try. */
  public long seed() {
    return seed;
  }

  /** Returns the size the generator was given. */
  public int size() {
    return size;
  }

  /** Returns which try failed, counting from 1. */
  public int tryNumber() {
    return tryNumber;
  }

  /** Returns the value that failed first, before shrinking. */
  public Object original() {
    return original;
  }

  /** Returns the shrunk counterexample: the simplest failing value found. */
  public Object counterexample() {
    return counterexample;
  }

  /** Returns how many times shrinking found a simpler failing value. */
  public int shrinkSteps() {
    return shrinkSteps;
  }

  private static String message(
      long seed, int size, int tryNumber, Object original, Object counterexample, int steps,
      Throwable cause) {
    return "Property failed on try " + tryNumber + " (seed " + seed + "L, size " + size + ")."
        + "\nShrunk in " + steps + " steps to counterexample:\n  " + shown(counterexample)
        + "\nFailure: " + cause
        + "\nOriginal counterexample:\n  " + shown(original)
        + "\nReplay with Property.seed(" + seed + "L) or -D" + Property.SEED_PROPERTY + "=" + seed;
  }

  private static String shown(Object value) {
    String text = String.valueOf(value);
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "... (truncated)";
  }
}
