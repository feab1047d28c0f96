package dev.disputemodel.check;

import static dev.disputemodel.time.UnstatedPeriod.HOLDS_THROUGHOUT;

import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code recognized-sovereigns-overlap}: a territory with two different internationally
 * recognized sovereigns at once: two {@link SovereigntyStatus} records, both internationally
 * recognized, naming different sovereigns, whose periods overlap (an unstated period overlaps
 * every time). Certain when the periods definitely overlap.
 *
 * <p>Cost: per territory, its recognized statuses are compared with each other: O(Σ s²) for s
 * recognized statuses per territory, a handful each (one per change of sovereign); territories
 * are never compared with each other.
 */
final class RecognizedSovereignsOverlapRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("recognized-sovereigns-overlap", Severity.ERROR,
          "A territory has two internationally recognized sovereigns at the same time");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    List<Finding> out = new ArrayList<>();
    for (Territory t : index.model().territories()) {
      List<SovereigntyStatus> s = t.sovereignty();
      for (int j = 0; j < s.size(); j++) {
        if (!s.get(j).internationallyRecognized()) {
          continue;
        }
        for (int i = 0; i < j; i++) {
          if (!s.get(i).internationallyRecognized() || s.get(i).sovereign().equals(s.get(j).sovereign())) {
            continue;
          }
          Certainty overlap = HOLDS_THROUGHOUT.overlap(s.get(i).period(), s.get(j).period());
          if (overlap.isPossible()) {
            out.add(DESCRIPTOR.finding(t.id())
                .certainty(overlap)
                .path("sovereignty[" + j + "]")
                .value(s.get(j).sovereign())
                .related(s.get(i).sovereign(), s.get(j).sovereign())
                .message(t.id() + " has " + s.get(i).sovereign() + " (sovereignty[" + i + "], "
                    + s.get(i).period().map(Object::toString).orElse("no period") + ") and "
                    + s.get(j).sovereign() + " (sovereignty[" + j + "], "
                    + s.get(j).period().map(Object::toString).orElse("no period") + ") as"
                    + " internationally recognized sovereigns at " + (overlap.isDefinite() ? "" : "possibly ")
                    + "the same time. Give each status its period, or record the contested"
                    + " one as recognized only by its recognizers")
                .build());
          }
        }
      }
    }
    return out;
  }
}
