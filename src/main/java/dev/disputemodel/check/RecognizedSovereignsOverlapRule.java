package dev.disputemodel.check;

import dev.disputemodel.Observer;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.index.ModelIndex;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code recognized-sovereigns-overlap}: one observer recognizes two different sovereigns of a
 * territory at once: two {@link SovereigntyStatus} records of the territory, or of it and of a
 * territory containing it, naming different sovereigns (or one none), both internationally
 * recognized or with a recognizer in common, whose periods overlap (an unstated period overlaps
 * every time). Certain when the periods definitely overlap. Different observers recognizing
 * different sovereigns is {@code recognized-sovereigns-differ}, a disagreement in the world.
 *
 * <p>Cost: see {@link SovereigntyPairs}; territories are never compared with unrelated ones.
 */
final class RecognizedSovereignsOverlapRule extends PerItemRule.PerSovereigntyPair {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("recognized-sovereigns-overlap", Severity.ERROR,
          "One observer recognizes two sovereigns of a territory at the same time");

  RecognizedSovereignsOverlapRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(SovereigntyPairs.Pair p, ModelIndex index, List<Finding> out) {
    if (p.sharedObservers().isEmpty()) {
      return;
    }
    boolean international = p.sharedObservers().contains(Observer.internationalCommunity());
    String who = international ? "internationally recognized"
        : "recognized by " + p.sharedObservers().stream().map(Object::toString)
            .collect(Collectors.joining(", "));
    out.add(p.finding(DESCRIPTOR)
        .message(p.territory() + " has " + p.earlier().describe(p.territory()) + " and "
            + p.later().describe(p.territory()) + " as sovereigns " + who + " at "
            + (p.overlap().isDefinite() ? "" : "possibly ") + "the same time. Give each status"
            + " its period, or record the contested one as recognized only by its recognizers")
        .build());
  }
}
