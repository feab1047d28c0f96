package dev.disputemodel.check;

import dev.disputemodel.Claim;
import dev.disputemodel.Ending;
import dev.disputemodel.index.ModelIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The endings ({@link Claim#ends()}) that the ending rules check: each with the claim that ends
 * and the claim it ends, when that claim is in the model (a dangling id is the builder's error).
 * Shared by {@code ending-by-other-claimant} and {@code ending-time-order}.
 *
 * <p>Cost: one pass over the claims, one lookup per ending: linear.
 */
final class Endings {
  private Endings() {}

  /** The ending {@code later.ends()[index]} of the claim {@code ended}. */
  record Located(Claim later, int index, Ending ending, Claim ended) {
    /** Returns the path of the ending in the ending claim: {@code ends[0]}. */
    String path() {
      return "ends[" + index + "]";
    }

    /** Returns what the ending does, in words: {@code withdraws}, {@code replaces}. */
    String verb() {
      return ending.kind().name().toLowerCase(Locale.ROOT);
    }
  }

  /** Returns every ending whose ended claim is in the model, in model order. */
  static List<Located> of(ModelIndex index) {
    List<Located> out = new ArrayList<>();
    for (Claim later : index.model().claims()) {
      for (int i = 0; i < later.ends().size(); i++) {
        Ending e = later.ends().get(i);
        Optional<Claim> ended = index.model().claim(e.claim());
        if (ended.isPresent()) {
          out.add(new Located(later, i, e, ended.get()));
        }
      }
    }
    return out;
  }
}
