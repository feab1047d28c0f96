package dev.disputemodel.testing;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of values of type {@code T}: it draws a value from a seeded random source at a
 * size ({@link Choices}). Shrink candidates come from {@link #sample}: simpler values are made by
 * replaying simplified decisions through the same generator, so every candidate is as valid as
 * the original.
 *
 * <p>Generators compose: {@link #map}, {@link #flatMap} (a value that depends on another),
 * {@link #filter}, {@link #oneOf}, {@link #choose}, {@link #frequency}, {@link #listOf},
 * {@link #optional}, {@link #zip}. A generator must draw every random decision from its
 * {@code Choices} and nothing else, so that a seed determines its value.
 *
 * <p>Implementations are stateless and thread-safe; a lambda is a generator.
 *
 * @param <T> the type of value generated
 */
@FunctionalInterface
public interface Gen<T> {
  /** How often {@link #filter} draws again before giving up. */
  int FILTER_TRIES = 100;

  /**
   * Generates one value, drawing every random decision from {@code choices}.
   *
   * @throws GenerationException if no value can be generated from these choices
   */
  T generate(Choices choices);

  /**
   * Generates a value from {@code seed} at {@code size}, keeping the decisions so that the value
   * can be shrunk ({@link Sample#shrinks()}).
   *
   * @throws GenerationException if no value can be generated
   */
  default Sample<T> sample(long seed, int size) {
    Choices choices = Choices.random(seed, size);
    T value = generate(choices);
    return new Sample<>(this, value, choices.recorded(), choices.elements(), size);
  }

  /** Returns a generator of {@code f} applied to this one's values. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return c -> f.apply(generate(c));
  }

  /** Returns a generator that draws a value, then draws from the generator {@code f} gives for it. */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return c -> f.apply(generate(c)).generate(c);
  }

  /**
   * Returns a generator of this one's values that satisfy {@code predicate}, drawing again up to
   * {@link #FILTER_TRIES} times. Prefer generating valid values directly: a filter that rejects
   * most values makes generation slow and shrinking weak.
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return c -> {
      for (int i = 0; i < FILTER_TRIES; i++) {
        T value = generate(c);
        if (predicate.test(value)) {
          return value;
        }
      }
      throw new GenerationException(
          "filter rejected " + FILTER_TRIES + " values in a row; generate valid values directly");
    };
  }

  /** Returns a generator of lists of this one's values, of length 0 to the size. */
  default Gen<List<T>> list() {
    return listOf(this);
  }

  /** Returns a generator that always gives {@code value}. */
  static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return c -> value;
  }

  /**
   * Returns a generator of integers in {@code [min, max]}, shrinking toward {@code min}.
   *
   * @throws IllegalArgumentException if {@code max < min}
   */
  static Gen<Integer> integers(int min, int max) {
    Preconditions.checkArgument(min <= max, "max %s must not be below min %s", max, min);
    return c -> c.between(min, max);
  }

  /**
   * Returns a generator of longs in {@code [min, max]}, shrinking toward {@code min}.
   *
   * @throws IllegalArgumentException if {@code max < min} or the range exceeds {@code Long.MAX_VALUE}
   */
  static Gen<Long> longs(long min, long max) {
    Preconditions.checkArgument(min <= max, "max %s must not be below min %s", max, min);
    long span = max - min + 1;
    Preconditions.checkArgument(span > 0, "range too large: [%s, %s]", min, max);
    return c -> min + c.nextLong(span);
  }

  /** Returns a generator of booleans, shrinking toward false. */
  static Gen<Boolean> booleans() {
    return c -> c.nextBoolean(0.5);
  }

  /**
   * Returns a generator of one of {@code values}, shrinking toward the first.
   *
   * @throws IllegalArgumentException if {@code values} is empty
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(T... values) {
    ImmutableList.Builder<T> copy = ImmutableList.builder();
    for (T v : values) {
      copy.add(v);
    }
    return oneOf(copy.build());
  }

  /**
   * Returns a generator of one of {@code values}, shrinking toward the first.
   *
   * @throws IllegalArgumentException if {@code values} is empty
   */
  static <T> Gen<T> oneOf(List<T> values) {
    ImmutableList<T> copy = ImmutableList.copyOf(values);
    Preconditions.checkArgument(!copy.isEmpty(), "values must not be empty");
    return c -> c.pick(copy);
  }

  /**
   * Returns a generator that draws from one of {@code gens}, chosen uniformly, shrinking toward
   * the first.
   *
   * @throws IllegalArgumentException if {@code gens} is empty
   */
  @SafeVarargs
  static <T> Gen<T> choose(Gen<? extends T>... gens) {
    ImmutableList.Builder<Gen<? extends T>> list = ImmutableList.builder();
    for (Gen<? extends T> g : gens) {
      list.add(g);
    }
    ImmutableList<Gen<? extends T>> copy = list.build();
    Preconditions.checkArgument(!copy.isEmpty(), "gens must not be empty");
    return c -> c.pick(copy).generate(c);
  }

  /** Returns a {@link Weighted} pairing {@code gen} with {@code weight}, for {@link #frequency}. */
  static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /**
   * Returns a generator that draws from one of {@code choices} in proportion to their weights,
   * shrinking toward the first.
   *
   * @throws IllegalArgumentException if {@code choices} is empty or every weight is zero
   */
  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    ImmutableList.Builder<Weighted<? extends T>> list = ImmutableList.builder();
    for (Weighted<? extends T> w : choices) {
      list.add(w);
    }
    ImmutableList<Weighted<? extends T>> copy = list.build();
    Preconditions.checkArgument(!copy.isEmpty(), "choices must not be empty");
    int[] weights = copy.stream().mapToInt(Weighted::weight).toArray();
    return c -> copy.get(c.weighted(weights)).gen().generate(c);
  }

  /** Returns a generator of lists of length 0 to the size, shrinking toward shorter lists. */
  static <T> Gen<List<T>> listOf(Gen<T> element) {
    Objects.requireNonNull(element, "element");
    return c -> draw(element, c, c.between(0, c.size()));
  }

  /**
   * Returns a generator of lists of length {@code min} to {@code max}.
   *
   * @throws IllegalArgumentException if {@code min < 0} or {@code max < min}
   */
  static <T> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
    Objects.requireNonNull(element, "element");
    Preconditions.checkArgument(0 <= min && min <= max, "need 0 <= min <= max: %s, %s", min, max);
    return c -> draw(element, c, c.between(min, max));
  }

  /** Returns a generator of present (three in four) or empty values, shrinking toward empty. */
  static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    Objects.requireNonNull(gen, "gen");
    return c -> c.nextBoolean(0.75) ? Optional.of(gen.generate(c)) : Optional.empty();
  }

  /** Returns a generator of {@code f} applied to a value of {@code a} and one of {@code b}. */
  static <A, B, R> Gen<R> zip(
      Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return c -> f.apply(a.generate(c), b.generate(c));
  }

  private static <T> List<T> draw(Gen<T> element, Choices c, int length) {
    List<T> values = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      values.add(element.generate(c));
    }
    return ImmutableList.copyOf(values);
  }

  /**
   * A generator with a weight, for {@link Gen#frequency}.
   *
   * @param weight how often to choose it relative to the others; not negative
   * @param gen the generator; not null
   * @param <T> the type generated
   */
  record Weighted<T>(int weight, Gen<? extends T> gen) {
    /** Validates the weight. */
    public Weighted {
      Preconditions.checkArgument(weight >= 0, "weight must not be negative: %s", weight);
      Objects.requireNonNull(gen, "gen");
    }
  }
}
