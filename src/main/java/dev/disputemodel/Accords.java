package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The invariants and references that {@link Ceasefire} and {@link Agreement} share. */
final class Accords {
  private Accords() {}

  /**
   * Checks the name, the order of agreed, effective and ended times (not definitely out of order)
   * and the links (none to itself, none to one accord twice).
   */
  static void check(String type, Accord a) {
    Checks checks = Checks.of(type).text("name", a.name());
    notDefinitelyBefore(checks, "effective", a.effective(), "agreed", a.agreed());
    notDefinitelyBefore(checks, "ended", a.ended(), "effective", a.effective());
    notDefinitelyBefore(checks, "ended", a.ended(), "agreed", a.agreed());
    Set<AccordId> linked = new HashSet<>();
    for (ChainLink link : a.links()) {
      checks.check(!link.earlier().equals(a.id()), "links", link.earlier(), "cannot be itself")
          .check(linked.add(link.earlier()), "links", link.earlier(), "links the same accord twice");
    }
    checks.done();
  }

  /** Adds the references of the signatories, provisions and links, each under its attribute. */
  static void references(Accord a, ImmutableList.Builder<Reference> refs) {
    a.signatories().forEach(p -> refs.add(new Reference("signatories", p)));
    for (int i = 0; i < a.provisions().size(); i++) {
      String at = "provisions[" + i + "].";
      a.provisions().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    for (int i = 0; i < a.links().size(); i++) {
      String at = "links[" + i + "].";
      a.links().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
  }

  /** Records a violation if {@code later} is definitely before {@code earlier}, both present. */
  static void notDefinitelyBefore(Checks checks,
      String field, Optional<FuzzyTime> later, String earlierField, Optional<FuzzyTime> earlier) {
    if (later.isPresent() && earlier.isPresent()) {
      checks.check(
          !later.get().isBefore(earlier.get()).isDefinite(), field, later.get(),
          "must not be before " + earlierField + " (" + earlier.get() + ")");
    }
  }
}
