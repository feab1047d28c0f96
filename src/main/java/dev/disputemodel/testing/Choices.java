package dev.disputemodel.testing;

import com.google.common.base.Preconditions;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * The stream of random decisions a {@link Gen generator} draws from, at a given size. Every
 * decision is a non-negative number below a bound, where {@code 0} is always the simplest answer
 * (the shortest list, the first option, the earliest date, the smallest figure, no optional
 * attribute). Shrinking replays a simplified copy of the recorded decisions, so generators need
 * no shrinking code of their own.
 *
 * <p>Instances are mutable and not thread-safe: one per generated value. Create one with
 * {@link #random(long, int)}; the test kit's runner and {@link Gen#sample} do this for you.
 */
public abstract class Choices {
  private final int size;

  Choices(int size) {
    Preconditions.checkArgument(size >= 0, "size must not be negative: %s", size);
    this.size = size;
  }

  /**
   * Returns fresh choices drawn from a seeded random source: the same seed and size always give
   * the same decisions.
   *
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static Choices random(long seed, int size) {
    return new Recording(new SplittableRandom(seed), size);
  }

  /** Returns choices that draw from {@code random} without recording (for bulk generation). */
  static Choices unrecorded(SplittableRandom random, int size) {
    return new Unrecorded(random, size);
  }

  /** Returns choices that replay {@code recorded}, then answer {@code 0} once it is used up. */
  static Choices replay(long[] recorded, int size) {
    return new Replay(recorded, size);
  }

  /** Returns the size: how large generated values may be (list lengths, figures). */
  public final int size() {
    return size;
  }

  /**
   * Returns a number in {@code [0, bound)}; {@code 0} is the simplest.
   *
   * @throws IllegalArgumentException if {@code bound} is not positive
   */
  public final long nextLong(long bound) {
    Preconditions.checkArgument(bound > 0, "bound must be positive: %s", bound);
    return bound == 1 ? 0 : draw(bound);
  }

  /**
   * Returns a number in {@code [0, bound)}; {@code 0} is the simplest.
   *
   * @throws IllegalArgumentException if {@code bound} is not positive
   */
  public final int nextInt(int bound) {
    return (int) nextLong(bound);
  }

  /**
   * Returns a number in {@code [min, max]}; {@code min} is the simplest.
   *
   * @throws IllegalArgumentException if {@code max < min}
   */
  public final int between(int min, int max) {
    Preconditions.checkArgument(min <= max, "max %s must not be below min %s", max, min);
    return min + (int) nextLong((long) max - min + 1);
  }

  /**
   * Returns true with probability {@code probability}; false is the simplest.
   *
   * @throws IllegalArgumentException if {@code probability} is not in {@code [0, 1]}
   */
  public final boolean nextBoolean(double probability) {
    Preconditions.checkArgument(
        probability >= 0 && probability <= 1, "probability must be in [0, 1]: %s", probability);
    return drawBoolean(probability);
  }

  /**
   * Returns one of {@code options}; the first is the simplest.
   *
   * @throws IllegalArgumentException if {@code options} is empty
   */
  public final <E> E pick(List<E> options) {
    Preconditions.checkArgument(!options.isEmpty(), "options must not be empty");
    return options.get(nextInt(options.size()));
  }

  /**
   * Returns an index into {@code weights} chosen in proportion to them; index 0 is the simplest.
   *
   * @throws IllegalArgumentException if a weight is negative or all are zero
   */
  public final int weighted(int... weights) {
    long total = 0;
    for (int w : weights) {
      Preconditions.checkArgument(w >= 0, "weights must not be negative: %s", w);
      total += w;
    }
    Preconditions.checkArgument(total > 0, "some weight must be positive");
    long r = nextLong(total);
    for (int i = 0; i < weights.length; i++) {
      if (r < weights[i]) {
        return i;
      }
      r -= weights[i];
    }
    throw new AssertionError("unreachable: weighted draw out of range");
  }

  /**
   * Draws a list length in {@code [min, max]} ({@code min} is the simplest) whose elements are
   * then drawn by {@link #each}: shrinking can then drop one element and shorten the list at once.
   */
  Length length(int min, int max) {
    int at = min == max ? -1 : position(); // a single option draws no decision
    return new Length(between(min, max), at);
  }

  /**
   * Draws the elements of a list: {@code element} once per index below {@code length.n()}, each
   * marked as one element of that list, so that shrinking can remove it together with one off
   * the length ({@link Sample#shrinks()}).
   */
  void each(Length length, IntConsumer element) {
    for (int i = 0; i < length.n(); i++) {
      int from = position();
      element.accept(i);
      element(length.at(), from);
    }
  }

  /** A list length and the position of the decision that drew it ({@code -1} if none did). */
  record Length(int n, int at) {}

  /** Returns how many decisions were drawn so far (0 for choices that do not record). */
  int position() {
    return 0;
  }

  /** Records that decisions {@code [from, position())} drew one element of a list (see each). */
  void element(int lengthAt, int from) {}

  /** Returns the recorded list elements as triples: length decision, first, end (exclusive). */
  int[] elements() {
    return new int[0];
  }

  abstract long draw(long bound);

  abstract boolean drawBoolean(double probability);

  /** Returns the decisions recorded so far, or an empty array if this source does not record. */
  long[] recorded() {
    return new long[0];
  }

  private static final class Unrecorded extends Choices {
    private final SplittableRandom random;

    Unrecorded(SplittableRandom random, int size) {
      super(size);
      this.random = random;
    }

    @Override
    long draw(long bound) {
      return random.nextLong(bound);
    }

    @Override
    boolean drawBoolean(double probability) {
      return random.nextDouble() < probability;
    }
  }

  /** Records every decision it makes, so that the value can be shrunk later. */
  private static class Recording extends Choices {
    private long[] buffer = new long[64];
    private int length;
    private int[] elements = new int[48];
    private int elementsLength;

    private final SplittableRandom random;

    Recording(SplittableRandom random, int size) {
      super(size);
      this.random = random;
    }

    final long record(long value) {
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, length * 2);
      }
      buffer[length++] = value;
      return value;
    }

    @Override
    long draw(long bound) {
      return record(random.nextLong(bound));
    }

    @Override
    boolean drawBoolean(double probability) {
      return record(random.nextDouble() < probability ? 1 : 0) == 1;
    }

    @Override
    final long[] recorded() {
      return Arrays.copyOf(buffer, length);
    }

    @Override
    final int position() {
      return length;
    }

    @Override
    final void element(int lengthAt, int from) {
      if (from == length) {
        return; // drew nothing: nothing to remove
      }
      if (elementsLength + 3 > elements.length) {
        elements = Arrays.copyOf(elements, elements.length * 2);
      }
      elements[elementsLength++] = lengthAt;
      elements[elementsLength++] = from;
      elements[elementsLength++] = length;
    }

    @Override
    final int[] elements() {
      return Arrays.copyOf(elements, elementsLength);
    }
  }

  /** Replays recorded decisions (clamped to each bound), then answers the simplest. */
  private static final class Replay extends Recording {
    private final long[] script;
    private int position;

    Replay(long[] script, int size) {
      super(null, size);
      this.script = script;
    }

    private long next() {
      return position < script.length ? script[position++] : 0;
    }

    @Override
    long draw(long bound) {
      return record(Math.min(next(), bound - 1));
    }

    @Override
    boolean drawBoolean(double probability) {
      long recorded = next();
      boolean value = probability >= 1 || (recorded != 0 && probability > 0);
      return record(value ? 1 : 0) == 1;
    }
  }
}
