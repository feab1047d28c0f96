package dev.disputemodel.testing;

import com.google.common.base.Preconditions;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs a property: a check that must hold for every value a generator gives. It tries the check
 * on {@link #tries} values; on the first failure it shrinks the value to a simpler one that still
 * fails and throws {@link PropertyFailure}, which reports the seed that replays the failure exactly.
 * Usable from any test framework:
 *
 * <pre>{@code
 * Property.forAll(Generators.models())
 *     .check(model -> assertEquals(model, DisputeModel.builder().from(model).build()));
 * }</pre>
 *
 * <p>The number of tries defaults to the system property {@value #TRIES_PROPERTY} (100 if unset);
 * the seed defaults to the system property {@value #SEED_PROPERTY}, or a fresh random seed.
 * Immutable: each setter returns a new property. The check runs on the calling thread.
 *
 * @param <T> the type of value checked
 */
public final class Property<T> {
  /** The system property that sets the default number of tries. */
  public static final String TRIES_PROPERTY = "dispute-model.tries";
  /** The system property that sets the seed, to replay a reported failure. */
  public static final String SEED_PROPERTY = "dispute-model.seed";
  /** The size generators are given unless {@link #size(int)} says otherwise. */
  public static final int DEFAULT_SIZE = 30;
  /** How many candidates shrinking tries at most unless {@link #maxShrinks(int)} says otherwise. */
  public static final int DEFAULT_MAX_SHRINKS = 2000;

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private final Gen<T> gen;
  private final int tries;
  private final Optional<Long> seed;
  private final int size;
  private final int maxShrinks;

  private Property(Gen<T> gen, int tries, Optional<Long> seed, int size, int maxShrinks) {
    this.gen = gen;
    this.tries = tries;
    this.seed = seed;
    this.size = size;
    this.maxShrinks = maxShrinks;
  }

  /**
   * Returns a property over the values of {@code gen}, with the default tries, seed and size.
   *
   * @throws IllegalArgumentException if a system property holds no number
   */
  public static <T> Property<T> forAll(Gen<T> gen) {
    Objects.requireNonNull(gen, "gen");
    return new Property<>(gen, defaultTries(), defaultSeed(), DEFAULT_SIZE, DEFAULT_MAX_SHRINKS);
  }

  /**
   * Returns the number of tries set by {@value #TRIES_PROPERTY}, or 100.
   *
   * @throws IllegalArgumentException if the property is set but not a positive number
   */
  public static int defaultTries() {
    String text = System.getProperty(TRIES_PROPERTY, "").strip();
    if (text.isEmpty()) {
      return 100;
    }
    try {
      int n = Integer.parseInt(text);
      Preconditions.checkArgument(n > 0, "%s must be positive: %s", TRIES_PROPERTY, n);
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(TRIES_PROPERTY + " is not a number: " + text, e);
    }
  }

  private static Optional<Long> defaultSeed() {
    String text = System.getProperty(SEED_PROPERTY, "").strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SEED_PROPERTY + " is not a number: " + text, e);
    }
  }

  /**
   * Returns this property run for {@code n} tries.
   *
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public Property<T> tries(int n) {
    Preconditions.checkArgument(n > 0, "tries must be positive: %s", n);
    return new Property<>(gen, n, seed, size, maxShrinks);
  }

  /**
   * Returns this property run from {@code seed}: the first try uses exactly this seed, so the
   * seed a {@link PropertyFailure} reports replays that failure first.
   */
  public Property<T> seed(long seed) {
    return new Property<>(gen, tries, Optional.of(seed), size, maxShrinks);
  }

  /**
   * Returns this property with generators given size {@code size}.
   *
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public Property<T> size(int size) {
    Preconditions.checkArgument(size >= 0, "size must not be negative: %s", size);
    return new Property<>(gen, tries, seed, size, maxShrinks);
  }

  /**
   * Returns this property with shrinking limited to {@code n} candidates (0: no shrinking).
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public Property<T> maxShrinks(int n) {
    Preconditions.checkArgument(n >= 0, "maxShrinks must not be negative: %s", n);
    return new Property<>(gen, tries, seed, size, n);
  }

  /** Returns the number of tries. */
  public int tries() {
    return tries;
  }

  /**
   * Runs {@code check} on each generated value; the property fails when it throws.
   *
   * @throws PropertyFailure with the seed and the shrunk counterexample, if the check fails
   * @throws GenerationException if the generator cannot produce a value
   */
  public void check(Consumer<? super T> check) {
    Objects.requireNonNull(check, "check");
    long first = seed.orElseGet(() -> new SecureRandom().nextLong());
    for (int i = 0; i < tries; i++) {
      long trySeed = first + i * GOLDEN_GAMMA;
      Sample<T> sample = gen.sample(trySeed, size);
      Optional<Throwable> failure = failure(check, sample.value());
      if (failure.isPresent()) {
        throw shrink(check, sample, failure.get(), trySeed, i + 1);
      }
    }
  }

  /**
   * Runs the property with {@code predicate}: it fails for a value on which the predicate is false.
   *
   * @throws PropertyFailure with the seed and the shrunk counterexample, if the predicate fails
   */
  public void checkThat(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    check(value -> {
      if (!predicate.test(value)) {
        throw new AssertionError("predicate is false");
      }
    });
  }

  private PropertyFailure shrink(
      Consumer<? super T> check, Sample<T> original, Throwable cause, long trySeed, int tryNumber) {
    Sample<T> smallest = original;
    Throwable smallestCause = cause;
    int tried = 0;
    int steps = 0;
    int resumeAt = 0;
    boolean improved = true;
    // After each success the next round resumes where the last one succeeded (the candidates
    // before it failed a moment ago and would mostly fail again), wrapping around; shrinking ends
    // when a whole round finds nothing simpler that still fails, or the budget is spent.
    while (improved && tried < maxShrinks) {
      improved = false;
      for (Sample.Candidate<T> candidate
          : (Iterable<Sample.Candidate<T>>) smallest.shrinksFrom(resumeAt)::iterator) {
        if (++tried > maxShrinks) {
          break;
        }
        Optional<Throwable> failure = failure(check, candidate.sample().value());
        if (failure.isPresent()) {
          smallest = candidate.sample();
          smallestCause = failure.get();
          resumeAt = candidate.position();
          steps++;
          improved = true;
          break;
        }
      }
    }
    return new PropertyFailure(
        trySeed, size, tryNumber, original.value(), smallest.value(), steps, smallestCause);
  }

  private static <T> Optional<Throwable> failure(Consumer<? super T> check, T value) {
    try {
      check.accept(value);
      return Optional.empty();
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) { // any other failure of the check is a counterexample
      return Optional.of(t);
    }
  }
}
