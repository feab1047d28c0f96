package dev.disputemodel.check;

import static dev.disputemodel.time.UnstatedPeriod.HOLDS_THROUGHOUT;

import dev.disputemodel.Observer;
import dev.disputemodel.PartyId;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The pairs of sovereignty statuses that the recognition rules compare: for each territory, its
 * statuses with each other and with those of every territory containing it (a status on the
 * whole concerns each part), where the two name different sovereigns (or one names none) and
 * their periods may overlap (an unstated period holds throughout). Shared by
 * {@code recognized-sovereigns-overlap} (one observer recognizing both) and
 * {@code recognized-sovereigns-differ} (different observers).
 *
 * <p>Cost: per territory, its statuses times its own and its ancestors' statuses: O(Σ s·(s + a))
 * for s statuses per territory and a on its ancestors, a handful each.
 */
final class SovereigntyPairs {
  private SovereigntyPairs() {}

  /** One status where a pair has it: on the territory itself or on a containing one. */
  record Located(TerritoryId territory, int index, SovereigntyStatus status) {
    /** Returns {@code sovereignty[i]} on the territory checked, {@code T0.sovereignty[i]} on a whole. */
    String path(TerritoryId checked) {
      return (territory.equals(checked) ? "" : territory + ".") + "sovereignty[" + index + "]";
    }

    String describe(TerritoryId checked) {
      return status.sovereign().map(Object::toString).orElse("no sovereign") + " (" + path(checked)
          + ", " + status.period().map(Object::toString).orElse("no period") + ")";
    }
  }

  /** A pair found on {@code territory}: {@code later} is one of its own statuses. */
  record Pair(TerritoryId territory, Located earlier, Located later, Certainty overlap,
      Set<Observer> sharedObservers) {
    /**
     * Returns a finding of {@code rule} on the pair, message left to the rule: focus the
     * territory, path and value the later status, related the two sovereigns.
     */
    Finding.Builder finding(RuleDescriptor rule) {
      return rule.finding(territory)
          .certainty(overlap)
          .path(later.path(territory))
          .value(later.status().sovereign().map(Object::toString).orElse("no sovereign"))
          .related(Stream.of(earlier, later).flatMap(x -> x.status().sovereign().stream()).toList());
    }
  }

  static List<Pair> of(ModelIndex index) {
    List<Pair> out = new ArrayList<>();
    for (Territory t : index.model().territories()) {
      List<Located> wholes = new ArrayList<>();
      for (TerritoryId w : index.model().enclosing(t.id())) {
        List<SovereigntyStatus> ws = index.model().territory(w).orElseThrow().sovereignty();
        for (int i = 0; i < ws.size(); i++) {
          wholes.add(new Located(w, i, ws.get(i)));
        }
      }
      List<SovereigntyStatus> own = t.sovereignty();
      for (int j = 0; j < own.size(); j++) {
        Located later = new Located(t.id(), j, own.get(j));
        for (int i = 0; i < j; i++) {
          add(out, t.id(), new Located(t.id(), i, own.get(i)), later);
        }
        for (Located whole : wholes) {
          add(out, t.id(), whole, later);
        }
      }
    }
    return out;
  }

  private static void add(List<Pair> out, TerritoryId t, Located a, Located b) {
    if (a.status().sovereign().equals(b.status().sovereign())) {
      return;
    }
    Certainty overlap = HOLDS_THROUGHOUT.overlap(a.status().period(), b.status().period());
    if (overlap.isPossible()) {
      out.add(new Pair(t, a, b, overlap, shared(a.status(), b.status())));
    }
  }

  /** Returns who recognizes both: the international community, then common recognizers. */
  private static Set<Observer> shared(SovereigntyStatus a, SovereigntyStatus b) {
    Set<Observer> both = new LinkedHashSet<>();
    if (a.internationallyRecognized() && b.internationallyRecognized()) {
      both.add(Observer.internationalCommunity());
    }
    for (PartyId p : a.recognizers()) {
      if (b.recognizers().contains(p)) {
        both.add(Observer.party(p));
      }
    }
    return both;
  }
}
