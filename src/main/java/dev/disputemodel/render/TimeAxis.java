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
 * than a year are marked as breaks. With many stops (a large model drawn in summary) a growing
 * share of the axis is drawn to scale ({@link #linearShare(int)}), so that where items crowd in
 * time still shows.
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
  private final double linear;

  private TimeAxis(long[] stops, double[] xs, double left, double right, double linear) {
    this.stops = stops;
    this.xs = xs;
    this.left = left;
    this.right = right;
    this.linear = linear;
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
    double linear = linearShare(stops.length);
    if (stops.length == 1) {
      xs[0] = (innerLeft + innerRight) / 2;
    } else if (stops.length > 1) {
      double[] cumulative = new double[stops.length];
      for (int i = 1; i < stops.length; i++) {
        double hours = (stops[i] - stops[i - 1]) / 3600.0;
        cumulative[i] = cumulative[i - 1] + 0.4 + Math.pow(Math.log1p(hours), 0.75);
      }
      double total = cumulative[stops.length - 1];
      double span = stops[stops.length - 1] - stops[0];
      for (int i = 0; i < stops.length; i++) {
        double share = (1 - linear) * cumulative[i] / total + linear * (stops[i] - stops[0]) / span;
        xs[i] = innerLeft + (innerRight - innerLeft) * share;
      }
    }
    return new TimeAxis(stops, xs, left, right, linear);
  }

  /**
   * Returns the share of the axis drawn to scale: none up to 50 stops, rising with the logarithm
   * of their number to 85% at 2,000 stops and more. Many stops would otherwise take the room in
   * proportion to their number, and a density strip on such an axis would look even everywhere.
   */
  static double linearShare(int stops) {
    if (stops <= 50) {
      return 0;
    }
    double f = (Math.log10(stops) - Math.log10(50)) / (Math.log10(2000) - Math.log10(50));
    return 0.85 * Math.min(1, f);
  }

  /** Returns what the legend says about the axis. */
  String legend() {
    String log = "each gap between dated points is drawn by the logarithm of its length";
    if (linear == 0) {
      return "axis not to scale: " + log + "; a double slash marks a gap of over a year";
    }
    return String.format(java.util.Locale.ROOT, "axis %d%% to scale, for many dated points; for the rest %s;"
        + " a double slash marks a gap of over a year", Math.round(linear * 100), log);
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
   * first days of years, then of months, then days, then other moments; in x order. On an axis
   * partly drawn to scale, the starts of decades, years or months (as the span suits) are
   * candidates too.
   */
  ImmutableList<Tick> ticks(double size) {
    List<Long> candidates = new ArrayList<>();
    for (long stop : stops) {
      candidates.add(stop);
    }
    if (linear > 0 && stops.length > 1) {
      candidates.addAll(roundMoments(stops[0], stops[stops.length - 1]));
    }
    // Roundness first (0 for 1 January ... 3 for a moment within a day), then time: one sort key.
    long[] keyed = new long[candidates.size()];
    for (int i = 0; i < keyed.length; i++) {
      keyed[i] = candidates.get(i);
    }
    Integer[] order = new Integer[keyed.length];
    int[] round = new int[keyed.length];
    for (int i = 0; i < keyed.length; i++) {
      order[i] = i;
      round[i] = roundness(keyed[i]);
    }
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> round[i]).thenComparingLong(i -> keyed[i]));
    List<double[]> taken = new ArrayList<>();
    List<Tick> chosen = new ArrayList<>();
    for (int i : order) {
      long t = keyed[i];
      double x = x(t);
      String label = Dates.tick(t);
      // 4 px clear on each side of a label: neighbouring labels stay at least 8 px apart.
      double half = TextWidth.of(label, size, false) / 2 + 4;
      double from = x - half;
      double to = x + half;
      if (from < left - 20 || to > right + 20) {
        continue;
      }
      if (taken.stream().noneMatch(r -> from < r[1] && r[0] < to)) {
        taken.add(new double[] {from, to});
        chosen.add(new Tick(x, label));
      }
    }
    chosen.sort(Comparator.comparingDouble(Tick::x));
    return ImmutableList.copyOf(chosen);
  }

  /** Returns the starts of decades, years or months from {@code from} to {@code until}, at most about 100. */
  private static List<Long> roundMoments(long from, long until) {
    LocalDateTime start = LocalDateTime.ofEpochSecond(from, 0, ZoneOffset.UTC);
    LocalDateTime end = LocalDateTime.ofEpochSecond(until, 0, ZoneOffset.UTC);
    long years = java.time.temporal.ChronoUnit.YEARS.between(start, end);
    List<Long> out = new ArrayList<>();
    LocalDateTime t;
    java.time.Period step;
    if (years > 40) {
      int decades = (int) Math.max(1, years / 10 / 12);
      t = LocalDateTime.of(start.getYear() - Math.floorMod(start.getYear(), 10), 1, 1, 0, 0);
      step = java.time.Period.ofYears(10 * decades);
    } else if (years > 3) {
      t = LocalDateTime.of(start.getYear(), 1, 1, 0, 0);
      step = java.time.Period.ofYears(1);
    } else {
      t = LocalDateTime.of(start.getYear(), start.getMonthValue(), 1, 0, 0);
      step = java.time.Period.ofMonths(1);
    }
    while (!t.isAfter(end) && out.size() < 120) {
      if (!t.isBefore(start)) {
        out.add(t.toEpochSecond(ZoneOffset.UTC));
      }
      t = t.plus(step);
    }
    return out;
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
