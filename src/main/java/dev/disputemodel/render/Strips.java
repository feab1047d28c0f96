package dev.disputemodel.render;

import dev.disputemodel.render.Chart.Row;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a timeline summarizes a part that does not fit: one density strip per group of items, the
 * smallest groups merged, with a note saying what was summarized.
 */
final class Strips {
  private final Knowledge known;
  private final List<String> notes;

  /** Summarizes with the range of {@code known}, adding a note per summary to {@code notes}. */
  Strips(Knowledge known, List<String> notes) {
    this.known = known;
    this.notes = notes;
  }

  /**
   * Returns one density row per group of {@code items} (grouped by {@code key}, most items first),
   * at most {@code limit}, the smallest groups merged into one "all other" row; adds a note.
   */
  <T> List<Row> rows(
      List<T> items, Function<T, String> key, Function<T, FuzzyTime> time, int limit, Look look,
      String one, String many, String groupedBy) {
    if (items.isEmpty()) {
      return List.of();
    }
    Map<String, List<FuzzyTime>> groups = new LinkedHashMap<>();
    for (T item : items) {
      groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(time.apply(item));
    }
    List<Map.Entry<String, List<FuzzyTime>>> sorted = new ArrayList<>(groups.entrySet());
    sorted.sort(Comparator.comparingInt((Map.Entry<String, List<FuzzyTime>> e) -> -e.getValue().size()));
    List<Row> rows = new ArrayList<>();
    int kept = sorted.size() > limit ? limit - 1 : sorted.size();
    for (Map.Entry<String, List<FuzzyTime>> e : sorted.subList(0, kept)) {
      String n = Words.count(e.getValue().size(), one, many);
      rows.add(new Row(e.getKey() + " (" + n + ")", e.getKey() + ": " + n, 0, false, Optional.empty(),
          List.of(new Chart.Density(e.getValue(), look, n, e.getKey() + ": " + n))));
    }
    if (kept < sorted.size()) {
      List<FuzzyTime> rest = new ArrayList<>();
      sorted.subList(kept, sorted.size()).forEach(e -> rest.addAll(e.getValue()));
      String n = Words.count(rest.size(), one, many);
      String label = "all other " + groupedBy + "s (" + (sorted.size() - kept) + ")";
      rows.add(new Row(label + ": " + n, label + ": " + n, 0, false, Optional.empty(),
          List.of(new Chart.Density(rest, Look.AGGREGATE, n, label + ": " + n))));
    }
    notes.add(Words.count(items.size(), one, many) + " drawn in summary: one strip per " + groupedBy
        + (kept < sorted.size() ? " for the " + kept + " with most, one for all others" : "")
        + ", darker where more fall.");
    return rows;
  }

  /** A time for undated items in a summary strip: the first day of the range, or of 1970. */
  FuzzyTime earliestShown() {
    long from = known.range().map(Chart.Range::from).filter(f -> f != Long.MIN_VALUE).orElse(0L);
    return FuzzyTime.onDay(java.time.LocalDate.ofEpochDay(Math.floorDiv(from, 86400)));
  }
}
