package dev.disputemodel.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The primitive sort and search the time indexes are built from equal a plain boxed sort and a
 * linear scan: keys near each other (packed path), spread over the whole long range (boxed path),
 * unbounded keys (MIN first, MAX last), many ties.
 */
class PositionsTest {
  private static long key(Random r, int spread) {
    return switch (r.nextInt(8)) {
      case 0 -> Long.MIN_VALUE;
      case 1 -> Long.MAX_VALUE;
      default -> switch (spread) {
        case 0 -> r.nextInt(5); // many ties
        case 1 -> r.nextInt(1_000_000) - 500_000;
        default -> r.nextLong(); // the range overflows: the boxed sort
      };
    };
  }

  @Test
  void sortedByEqualsABoxedSortByKeyThenPosition() {
    Random r = new Random(16);
    for (int round = 0; round < 600; round++) {
      int n = r.nextInt(40);
      long[] keys = new long[n];
      int spread = round % 3;
      for (int i = 0; i < n; i++) {
        keys[i] = key(r, spread);
      }
      int[] items = IntStream.range(0, n).filter(i -> r.nextInt(4) != 0).toArray();
      int[] expected = Arrays.stream(items).boxed()
          .sorted(Comparator.comparing((Integer i) -> keys[i]).thenComparing(i -> i))
          .mapToInt(Integer::intValue).toArray();
      assertArrayEquals(expected, Positions.sortedBy(items, keys), () -> Arrays.toString(keys));
    }
  }

  @Test
  void keysAtTheEdgesOfThePackedRangeSortExactly() {
    // two keys far apart: the range is just inside or outside what packing allows for n items
    for (long far : new long[] {Long.MAX_VALUE / 4 - 3, Long.MAX_VALUE / 4 - 2, Long.MAX_VALUE / 4,
        Long.MAX_VALUE / 2, Long.MAX_VALUE - 1}) {
      long[] keys = {far, 0, Long.MIN_VALUE, far, Long.MAX_VALUE, -1};
      assertArrayEquals(new int[] {2, 5, 1, 0, 3, 4}, Positions.sortedBy(keys), "far " + far);
    }
    long[] negative = {-5, Long.MIN_VALUE + 1, -5, -7};
    assertArrayEquals(new int[] {1, 3, 0, 2}, Positions.sortedBy(negative));
    // max - min + 3 wraps round to exactly 0: the range is too wide to pack
    assertArrayEquals(new int[] {1, 2, 0}, Positions.sortedBy(new long[] {Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 0}));
    assertArrayEquals(new int[] {}, Positions.sortedBy(new long[0]));
    assertArrayEquals(new int[] {1, 0}, Positions.sortedBy(new long[] {Long.MAX_VALUE, Long.MIN_VALUE}));
  }

  @Test
  void gallopFindsTheFirstIndexFromAStartWithAValueAtLeastTheOneAsked() {
    Random r = new Random(61);
    for (int round = 0; round < 500; round++) {
      int[] a = IntStream.range(0, 200).filter(i -> r.nextInt(3) == 0).limit(r.nextInt(60)).toArray();
      for (int q = 0; q < 20; q++) {
        int from = r.nextInt(a.length + 2);
        int v = r.nextInt(220) - 10;
        int expected = from;
        while (expected < a.length && a[expected] < v) {
          expected++;
        }
        assertEquals(Math.min(expected, a.length), Positions.gallop(a, from, v),
            Arrays.toString(a) + " from " + from + " v " + v);
      }
    }
  }
}
