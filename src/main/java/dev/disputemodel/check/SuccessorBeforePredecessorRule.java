package dev.disputemodel.check;

import static dev.disputemodel.time.EqualBounds.SAME_MOMENT;

import dev.disputemodel.Accord;
import dev.disputemodel.ChainLink;
import dev.disputemodel.Party;
import dev.disputemodel.Succession;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code successor-before-predecessor}: a link from a later accord to an earlier one that takes
 * effect, or may take effect, before the earlier accord does: a renewal in force before the truce
 * it renews, a peace agreement succeeding a ceasefire agreed after it. The link takes effect at
 * its own date, else when the later accord takes effect (effective, else agreed); the earlier
 * accord when it takes effect. Nothing is reported when either time is unknown. Two times with
 * the same bounds are the same stated moment: a renewal on the day the truce began is in order.
 *
 * <p>For parties: a {@linkplain dev.disputemodel.Party#succeeds() succession} dated, or possibly
 * dated, before its predecessor was {@linkplain dev.disputemodel.Party#proclaimed() proclaimed}:
 * Guyana succeeding British Guiana in 1966 while British Guiana is recorded as proclaimed in 1970.
 * Nothing is reported when the predecessor has no proclaimed time or the succession no date.
 *
 * <p>Cost: linear in links (lookups by id).
 */
final class SuccessorBeforePredecessorRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("successor-before-predecessor", Severity.ERROR,
          "An accord renews, recommits to or succeeds one that takes effect after it, or a party"
              + " succeeds one proclaimed after the succession");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    List<Finding> out = new ArrayList<>();
    for (Accord later : ChainCycleRule.accords(index)) {
      for (int i = 0; i < later.links().size(); i++) {
        ChainLink link = later.links().get(i);
        Optional<FuzzyTime> linked = link.effectiveIn(later);
        Optional<FuzzyTime> began =
            index.model().accord(link.earlier()).flatMap(Accord::takesEffect);
        if (linked.isEmpty() || began.isEmpty()) {
          continue;
        }
        Certainty early = SAME_MOMENT.isBefore(linked.get(), began.get());
        if (early.isPossible()) {
          out.add(DESCRIPTOR.finding(later.id())
              .certainty(early)
              .path("links[" + i + "]")
              .value(link.earlier())
              .related(link.earlier())
              .message(later.id() + " " + verb(link) + " " + link.earlier() + " from " + linked.get()
                  + ", which " + (early.isDefinite() ? "is" : "may be") + " before "
                  + link.earlier() + " took effect (" + began.get() + "). Correct a date or the"
                  + " direction of the link")
              .build());
        }
      }
    }
    for (Party successor : index.model().parties()) {
      for (int i = 0; i < successor.succeeds().size(); i++) {
        Succession s = successor.succeeds().get(i);
        Optional<FuzzyTime> began =
            index.model().party(s.predecessor()).flatMap(Party::proclaimed);
        if (began.isEmpty() || s.date().isEmpty()) {
          continue;
        }
        Certainty early = SAME_MOMENT.isBefore(s.date().get(), began.get());
        if (early.isPossible()) {
          out.add(DESCRIPTOR.finding(successor.id())
              .certainty(early)
              .path("succeeds[" + i + "]")
              .value(s.predecessor())
              .related(s.predecessor())
              .message(successor.id() + " succeeds " + s.predecessor() + " from " + s.date().get()
                  + ", which " + (early.isDefinite() ? "is" : "may be") + " before "
                  + s.predecessor() + " was proclaimed (" + began.get() + "). Correct a date or"
                  + " the direction of the succession")
              .build());
        }
      }
    }
    return out;
  }

  private static String verb(ChainLink link) {
    switch (link.kind()) {
      case RENEWS:
        return "renews";
      case RECOMMITS_TO:
        return "recommits to";
      default:
        return "succeeds";
    }
  }
}
