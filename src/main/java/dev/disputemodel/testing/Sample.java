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
  /** The list elements the generator marked (see Choices#each): length decision, first, end. */
  private final int[] elements;
  private final int size;

  Sample(Gen<T> gen, T value, long[] decisions, int[] elements, int size) {
    this.gen = Objects.requireNonNull(gen, "gen");
    this.value = Objects.requireNonNull(value, "value");
    this.decisions = decisions;
    this.elements = elements;
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
   * Returns candidates that are simpler than this sample, most promising first (whole elements of
   * lists removed with one off their length, whole stretches of decisions removed, then single
   * decisions zeroed or halved). Each is generated lazily;
   * candidates whose decisions the generator rejects ({@link GenerationException}) are left out.
   */
  public Stream<Sample<T>> shrinks() {
    return shrinksFrom(0).map(Candidate::sample);
  }

  /**
   * Returns the same candidates as {@link #shrinks()}, but starting at position {@code start} of
   * the candidate order and wrapping around to the ones before it, each with its position. The
   * runner resumes here after a successful shrink instead of trying again, from the top, the
   * candidates that failed just before.
   */
  Stream<Candidate<T>> shrinksFrom(int start) {
    Candidates order = new Candidates();
    int count = order.count();
    int first = count == 0 ? 0 : Math.floorMod(start, count);
    return IntStream.range(0, count).map(k -> (first + k) % count)
        .mapToObj(position -> replay(order.script(position))
            .map(sample -> new Candidate<>(position, sample)))
        .flatMap(Optional::stream);
  }

  /** A shrink candidate and its position in the candidate order of the sample it came from. */
  record Candidate<T>(int position, Sample<T> sample) {}

  /** Returns true if this sample's decisions are simpler than {@code other}'s (shortlex order). */
  boolean isSimplerThan(Sample<T> other) {
    return compare(decisions, other.decisions) < 0;
  }

  private Optional<Sample<T>> replay(long[] script) {
    Choices choices = Choices.replay(script, size);
    try {
      T candidate = gen.generate(choices);
      Sample<T> sample = new Sample<>(gen, candidate, choices.recorded(), choices.elements(), size);
      return sample.isSimplerThan(this) ? Optional.of(sample) : Optional.empty();
    } catch (GenerationException e) {
      return Optional.empty(); // these decisions describe no value: not a candidate
    }
  }

  /**
   * The candidate scripts, in order, each computed on demand from its position: first prefixes
   * (everything after one is replayed as the simplest answer), then list elements removed, last
   * first, each with one off its list's length (a list whose length is drawn first and its
   * elements after shrinks by one element only if both change at once), then stretches removed (long ones
   * first, from the end backwards), then single decisions made simpler (zero, then ever closer
   * below the value: a binary search over successive shrinks, then two less and one less).
   */
  private final class Candidates {
    private static final int[] STRETCHES = {32, 8, 4, 2, 1};
    private final int n = decisions.length;
    private final int prefixes;
    private final int listElements = elements.length / 3;
    private final int removals;
    /** For each decision, the position of its first simpler value among the simpler ones. */
    private final int[] simplerStart = new int[n + 1];

    Candidates() {
      int p = 0;
      for (int keep = 0; keep < n; keep = keep == 0 ? 1 : keep * 2) {
        p++;
      }
      prefixes = p;
      int r = 0;
      for (int k : STRETCHES) {
        r += k <= n ? n - k + 1 : 0;
      }
      removals = r;
      for (int i = 0; i < n; i++) {
        simplerStart[i + 1] = simplerStart[i] + (int) smaller(decisions[i]).count();
      }
    }

    int count() {
      return prefixes + listElements + removals + simplerStart[n];
    }

    long[] script(int position) {
      if (position < prefixes) {
        return Arrays.copyOf(decisions, position == 0 ? 0 : 1 << (position - 1));
      }
      int q = position - prefixes;
      if (q < listElements) {
        int e = 3 * (listElements - 1 - q);
        return withoutElement(elements[e], elements[e + 1], elements[e + 2]);
      }
      q -= listElements;
      if (q < removals) {
        for (int k : STRETCHES) {
          int m = k <= n ? n - k + 1 : 0;
          if (q < m) {
            return without(n - k - q, k);
          }
          q -= m;
        }
      }
      q -= removals;
      int i = 0;
      while (simplerStart[i + 1] <= q) {
        i++;
      }
      return with(i, smaller(decisions[i]).skip(q - simplerStart[i]).findFirst().orElseThrow());
    }
  }

  private static LongStream smaller(long v) {
    if (v == 0) {
      return LongStream.empty();
    }
    LongStream.Builder values = LongStream.builder().add(0);
    for (int k = 1; (v >> k) > 0; k++) {
      values.add(v - (v >> k));
    }
    return LongStream.concat(values.build(), LongStream.of(v - 2, v - 1))
        .filter(x -> x >= 0 && x < v).distinct();
  }

  /** Removes {@code [from, to)} and takes one off the length at {@code lengthAt} if it can. */
  private long[] withoutElement(int lengthAt, int from, int to) {
    long[] shorter = without(from, to - from);
    if (lengthAt >= 0 && lengthAt < from && shorter[lengthAt] > 0) {
      shorter[lengthAt]--;
    }
    return shorter;
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
