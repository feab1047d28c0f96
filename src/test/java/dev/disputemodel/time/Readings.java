package dev.disputemodel.time;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A test oracle for uncertain time: answers a question by brute force over the moments each
 * uncertain time may be (its readings), independently of how {@code .time} computes it.
 *
 * <p>A reading of a {@link FuzzyTime} is a moment strictly between its earliest and latest bounds:
 * ties with a bound carry no weight, as the time types document. Readings are sampled where the
 * answer can change: one nanosecond either side of every bound involved in the question (bounds
 * are whole seconds, so these samples never coincide with a bound) that falls inside the time.
 * An unstated start may be any moment, the far past included; an open end is the far future.
 *
 * <p>A question asked of every combination of readings is {@code DEFINITELY} if it holds for
 * all, {@code POSSIBLY} if for some, {@code NOT} if for none.
 */
final class Readings {
  private static final LocalDateTime FAR_PAST = LocalDateTime.MIN;
  private static final LocalDateTime FAR_FUTURE = LocalDateTime.MAX;

  private final TreeSet<LocalDateTime> bounds = new TreeSet<>();

  /** Returns readings sampled at the bounds of {@code times} and at {@code moments}. */
  static Readings at(Collection<FuzzyTime> times, Collection<LocalDateTime> moments) {
    Readings r = new Readings();
    for (FuzzyTime t : times) {
      r.bounds.add(t.earliest());
      r.bounds.add(t.latest());
    }
    r.bounds.addAll(moments);
    return r;
  }

  /** Returns readings sampled at the bounds of {@code times}. */
  static Readings at(FuzzyTime... times) {
    return at(List.of(times), List.of());
  }

  /** Returns readings sampled at the bounds of every stated time of {@code periods}. */
  static Readings ofPeriods(Collection<FuzzyTime> times, Collection<LocalDateTime> moments,
      FuzzyPeriod... periods) {
    List<FuzzyTime> all = new ArrayList<>(times);
    for (FuzzyPeriod p : periods) {
      p.start().ifPresent(all::add);
      p.end().ifPresent(all::add);
    }
    return at(all, moments);
  }

  /** Returns the sampled moments {@code t} may be. */
  List<LocalDateTime> of(FuzzyTime t) {
    List<LocalDateTime> out = new ArrayList<>();
    for (LocalDateTime b : bounds) {
      for (LocalDateTime m : List.of(b.minusNanos(1), b.plusNanos(1))) {
        if (m.isAfter(t.earliest()) && m.isBefore(t.latest())) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** Returns the sampled moments a period with {@code start} may have begun. */
  List<LocalDateTime> ofStart(Optional<FuzzyTime> start) {
    if (start.isPresent()) {
      return of(start.get());
    }
    List<LocalDateTime> any = new ArrayList<>(List.of(FAR_PAST));
    for (LocalDateTime b : bounds) {
      any.add(b.minusNanos(1));
      any.add(b.plusNanos(1));
    }
    return any;
  }

  /** Returns the sampled moments a period with {@code end} may have ended. */
  List<LocalDateTime> ofEnd(Optional<FuzzyTime> end) {
    return end.isPresent() ? of(end.get()) : List.of(FAR_FUTURE);
  }

  /** Returns whether the readings of a period cover {@code moment}: its start to its end. */
  static boolean covers(LocalDateTime start, LocalDateTime end, LocalDateTime moment) {
    return !moment.isBefore(start) && !moment.isAfter(end);
  }

  /** Collects the answers of one question over combinations of readings. */
  static final class Tally {
    private boolean any;
    private boolean all = true;

    /** Adds the answer for one combination of readings. */
    void add(boolean holds) {
      any |= holds;
      all &= holds;
    }

    /** Returns the answer over every combination added; NOT if none was. */
    Certainty certainty() {
      return !any ? Certainty.NOT : all ? Certainty.DEFINITELY : Certainty.POSSIBLY;
    }
  }

  /** Returns the answer of {@code question} over every pair of readings of {@code a} and {@code b}. */
  static Certainty forPairs(List<LocalDateTime> a, List<LocalDateTime> b,
      BiPredicate<LocalDateTime, LocalDateTime> question) {
    Tally t = new Tally();
    for (LocalDateTime x : a) {
      for (LocalDateTime y : b) {
        t.add(question.test(x, y));
      }
    }
    return t.certainty();
  }

  /** Returns the answer of {@code question} over every reading in {@code a}. */
  static Certainty forEach(List<LocalDateTime> a, Predicate<LocalDateTime> question) {
    Tally t = new Tally();
    a.forEach(x -> t.add(question.test(x)));
    return t.certainty();
  }
}
