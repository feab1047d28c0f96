package dev.disputemodel.render;

import com.google.common.collect.ImmutableList;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A time axis not to scale: every moment a picture draws (the earliest and latest bound of each
 * uncertain time) is a stop on the axis, and the distance between two neighbouring stops grows
 * with the logarithm of the time between them (to the power 3/4, which leaves more room to short
 * gaps). Hours and decades both stay readable on one axis:
 * a night of fighting in 2022 and a war in the 1980s. Between stops, time is linear. Gaps of more
 * than a year are marked as breaks.
 *
 * <p>Room is left before the first stop (for starts no source states) and after the last (for
 * ongoing ends). A limited range clamps every moment to it.
 */
final class TimeAxis {
  static final long YEAR = 365L * 24 * 3600;
  private static final double OPEN_ROOM = 30;

  private final long[] stops;
  private final double[] xs;
  private final double left;
  private final double right;

  private TimeAxis(long[] stops, double[] xs, double left, double right) {
    this.stops = stops;
    this.xs = xs;
    this.left = left;
    this.right = right;
  }

  /**
   * Returns the axis through {@code moments} (epoch seconds, any order, repeats allowed) drawn
   * from {@code left} to {@code right} pixels, clamped to {@code range} when present.
   */
  static TimeAxis of(long[] moments, double left, double right, java.util.Optional<Chart.Range> range) {
    long[] sorted = moments.clone();
    if (range.isPresent()) {
      long from = range.get().from();
      long until = range.get().until();
      for (int i = 0; i < sorted.length; i++) {
        sorted[i] = Math.max(from, Math.min(until, sorted[i]));
      }
      long[] bounds = java.util.stream.LongStream.of(from, until)
          .filter(b -> b != Long.MIN_VALUE && b != Long.MAX_VALUE).toArray();
      sorted = java.util.stream.LongStream.concat(Arrays.stream(sorted), Arrays.stream(bounds)).toArray();
    }
    Arrays.sort(sorted);
    long[] stops = Arrays.stream(sorted).distinct().toArray();
    double[] xs = new double[stops.length];
    double innerLeft = left + OPEN_ROOM;
    double innerRight = right - OPEN_ROOM;
    if (stops.length == 1) {
      xs[0] = (innerLeft + innerRight) / 2;
    } else if (stops.length > 1) {
      double[] cumulative = new double[stops.length];
      for (int i = 1; i < stops.length; i++) {
        double hours = (stops[i] - stops[i - 1]) / 3600.0;
        cumulative[i] = cumulative[i - 1] + 0.4 + Math.pow(Math.log1p(hours), 0.75);
      }
      double total = cumulative[stops.length - 1];
      for (int i = 0; i < stops.length; i++) {
        xs[i] = innerLeft + (innerRight - innerLeft) * cumulative[i] / total;
      }
    }
    return new TimeAxis(stops, xs, left, right);
  }

  /** Returns the left edge of the plot: where starts no source states begin. */
  double left() {
    return left;
  }

  /** Returns the right edge of the plot: where ongoing periods end. */
  double right() {
    return right;
  }

  /** Returns true if the axis has no stop: nothing on it is dated. */
  boolean isEmpty() {
    return stops.length == 0;
  }

  /** Returns the x position of the moment {@code epochSecond}. */
  double x(long epochSecond) {
    if (stops.length == 0) {
      return (left + right) / 2;
    }
    if (epochSecond <= stops[0]) {
      return xs[0];
    }
    if (epochSecond >= stops[stops.length - 1]) {
      return xs[stops.length - 1];
    }
    int i = Arrays.binarySearch(stops, epochSecond);
    if (i >= 0) {
      return xs[i];
    }
    int after = -i - 1;
    int before = after - 1;
    double f = (double) (epochSecond - stops[before]) / (stops[after] - stops[before]);
    return xs[before] + f * (xs[after] - xs[before]);
  }

  /** Returns true if {@code epochSecond} lies before the axis' range (a clipped start). */
  boolean before(long epochSecond) {
    return stops.length > 0 && epochSecond < stops[0];
  }

  /** Returns true if {@code epochSecond} lies after the axis' range (a clipped end). */
  boolean after(long epochSecond) {
    return stops.length > 0 && epochSecond > stops[stops.length - 1];
  }

  /** A labelled position on the axis. */
  record Tick(double x, String label) {}

  /**
   * Returns labels for stops that fit without overlapping at {@code size} pixels, preferring the
   * first days of years, then of months, then days, then other moments; in x order.
   */
  ImmutableList<Tick> ticks(double size) {
    Integer[] order = new Integer[stops.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> roundness(stops[i])).thenComparingInt(i -> i));
    List<double[]> taken = new ArrayList<>();
    List<Integer> chosen = new ArrayList<>();
    for (int i : order) {
      String label = Dates.tick(stops[i]);
      double half = TextWidth.of(label, size, false) / 2 + 4;
      double from = xs[i] - half;
      double to = xs[i] + half;
      if (from < left - 20 || to > right + 20) {
        continue;
      }
      boolean free = taken.stream().noneMatch(t -> from < t[1] && t[0] < to);
      if (free) {
        taken.add(new double[] {from, to});
        chosen.add(i);
      }
    }
    chosen.sort(Comparator.naturalOrder());
    return chosen.stream().map(i -> new Tick(xs[i], Dates.tick(stops[i])))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the x positions of the middles of gaps longer than a year, drawn as breaks. */
  ImmutableList<Double> breaks() {
    ImmutableList.Builder<Double> out = ImmutableList.builder();
    for (int i = 1; i < stops.length; i++) {
      if (stops[i] - stops[i - 1] > YEAR) {
        out.add((xs[i] + xs[i - 1]) / 2);
      }
    }
    return out.build();
  }

  /** Returns 0 for 1 January at midnight, 1 for the first of a month, 2 for midnight, 3 else. */
  private static int roundness(long epochSecond) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    if (!t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
      return 3;
    }
    return t.getDayOfYear() == 1 ? 0 : t.getDayOfMonth() == 1 ? 1 : 2;
  }
}
