package dev.disputemodel.testing;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A generated value together with the decisions that produced it, so that it can offer simpler
 * candidates: {@link #shrinks()} replays simplified decisions (fewer, smaller, earlier) through
 * the same generator. Every candidate is therefore a value the generator can produce: a shrunk
 * dispute model is as valid as the original.
 *
 * <p>Immutable and thread-safe if the value is.
 *
 * @param <T> the type of the value
 */
public final class Sample<T> {
  private final Gen<T> gen;
  private final T value;
  private final long[] decisions;
  private final int size;

  Sample(Gen<T> gen, T value, long[] decisions, int size) {
    this.gen = Objects.requireNonNull(gen, "gen");
    this.value = Objects.requireNonNull(value, "value");
    this.decisions = decisions;
    this.size = size;
  }

  /** Returns the generated value. */
  public T value() {
    return value;
  }

  /** Returns how many random decisions produced the value: a measure of its complexity. */
  public int complexity() {
    return decisions.length;
  }

  /**
   * Returns candidates that are simpler than this sample, most promising first (whole stretches
   * of decisions removed, then single decisions zeroed or halved). Each is generated lazily;
   * candidates whose decisions the generator rejects ({@link GenerationException}) are left out.
   */
  public Stream<Sample<T>> shrinks() {
    return candidates().map(this::replay).flatMap(Optional::stream);
  }

  /** Returns true if this sample's decisions are simpler than {@code other}'s (shortlex order). */
  boolean isSimplerThan(Sample<T> other) {
    return compare(decisions, other.decisions) < 0;
  }

  private Optional<Sample<T>> replay(long[] script) {
    Choices choices = Choices.replay(script, size);
    try {
      T candidate = gen.generate(choices);
      Sample<T> sample = new Sample<>(gen, candidate, choices.recorded(), size);
      return sample.isSimplerThan(this) ? Optional.of(sample) : Optional.empty();
    } catch (GenerationException e) {
      return Optional.empty(); // these decisions describe no value: not a candidate
    }
  }

  private Stream<long[]> candidates() {
    int n = decisions.length;
    // Keep only a prefix: everything after it is replayed as the simplest answer.
    Stream<long[]> prefixes =
        IntStream.iterate(0, keep -> keep < n, keep -> keep == 0 ? 1 : keep * 2)
            .mapToObj(keep -> Arrays.copyOf(decisions, keep));
    // Remove stretches of decisions, long ones first, from the end backwards.
    Stream<long[]> removals =
        IntStream.of(32, 8, 4, 2, 1)
            .filter(k -> k <= n)
            .boxed()
            .flatMap(k -> IntStream.rangeClosed(0, n - k).map(i -> n - k - i)
                .mapToObj(i -> without(i, k)));
    // Make single decisions simpler: zero, then ever closer below the value (a binary search
    // over successive shrinks), then two less and one less.
    Stream<long[]> simpler =
        IntStream.range(0, n)
            .filter(i -> decisions[i] != 0)
            .boxed()
            .flatMap(i -> smaller(decisions[i]).mapToObj(v -> with(i, v)));
    return Stream.of(prefixes, removals, simpler).flatMap(s -> s);
  }

  private static LongStream smaller(long v) {
    LongStream.Builder values = LongStream.builder().add(0);
    for (int k = 1; (v >> k) > 0; k++) {
      values.add(v - (v >> k));
    }
    return LongStream.concat(values.build(), LongStream.of(v - 2, v - 1))
        .filter(x -> x >= 0 && x < v).distinct();
  }

  private long[] without(int from, int count) {
    long[] shorter = new long[decisions.length - count];
    System.arraycopy(decisions, 0, shorter, 0, from);
    System.arraycopy(decisions, from + count, shorter, from, decisions.length - from - count);
    return shorter;
  }

  private long[] with(int index, long value) {
    long[] copy = decisions.clone();
    copy[index] = value;
    return copy;
  }

  private static int compare(long[] a, long[] b) {
    if (a.length != b.length) {
      return Integer.compare(a.length, b.length);
    }
    return Arrays.compare(a, b);
  }

  /** Returns the value's {@code toString}. */
  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
