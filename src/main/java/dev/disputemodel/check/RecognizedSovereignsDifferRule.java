package dev.disputemodel.check;

import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.index.ModelIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code recognized-sovereigns-differ}: different observers recognize different sovereigns of a
 * territory at the same time: two {@link SovereigntyStatus} records of the territory, or of it and
 * of a territory containing it, naming different sovereigns (or one none), with no observer in
 * common, whose periods overlap. The United States recognizes Israel's sovereignty over the Golan
 * while Saudi Arabia holds it Syrian: a disagreement in the world, kept as it is. One observer
 * recognizing both is {@code recognized-sovereigns-overlap}.
 *
 * <p>Cost: see {@link SovereigntyPairs}.
 */
final class RecognizedSovereignsDifferRule extends PerItemRule.PerSovereigntyPair {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("recognized-sovereigns-differ", Severity.INFO,
          "Different observers recognize different sovereigns of a territory at the same time");

  RecognizedSovereignsDifferRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(SovereigntyPairs.Pair p, ModelIndex index, List<Finding> out) {
    if (!p.sharedObservers().isEmpty()) {
      return;
    }
    out.add(p.finding(DESCRIPTOR)
        .message(p.territory() + ": " + p.earlier().describe(p.territory()) + " according to "
            + observers(p.earlier().status()) + ", " + p.later().describe(p.territory())
            + " according to " + observers(p.later().status()) + ". A disagreement in the world:"
            + " keep both")
        .build());
  }

  private static String observers(SovereigntyStatus s) {
    List<String> who = new ArrayList<>();
    if (s.internationallyRecognized()) {
      who.add("the international community");
    }
    s.recognizers().forEach(r -> who.add(r.toString()));
    s.recognizerCount().ifPresent(c -> who.add(c + " recognizers"));
    return String.join(", ", who);
  }
}
