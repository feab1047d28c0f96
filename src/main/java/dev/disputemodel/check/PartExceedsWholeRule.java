package dev.disputemodel.check;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryShare;
import dev.disputemodel.index.ModelIndex;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code part-exceeds-whole}: recorded sizes of territories that cannot fit their wholes. Two
 * cases, each reported only when the excess is certain:
 * <ul>
 *   <li>a territory's {@linkplain Territory#area() area} is definitely larger than that of the
 *       nearest territory containing it with a recorded area ({@link DisputeModel#enclosing}):
 *       its smallest figure exceeds the whole's largest;
 *   <li>the recorded {@linkplain Territory#share() shares} of one whole, over the territories
 *       naming it none of which lies within another of them, add up to more than 100 % at their
 *       lower bounds.
 * </ul>
 * A source's differing figure is a claim, compared with the record by
 * {@code claim-contradicts-fact}, not here.
 *
 * <p>Cost: one pass over the territories, O(territories × depth).
 */
final class PartExceedsWholeRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("part-exceeds-whole", Severity.WARNING,
          "A territory's recorded area or share cannot fit the territory it lies within");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    DisputeModel model = index.model();
    List<Finding> out = new ArrayList<>();
    Map<TerritoryId, List<Territory>> sharesOf = new LinkedHashMap<>();
    for (Territory t : model.territories()) {
      t.share().ifPresent(s -> sharesOf.computeIfAbsent(s.whole(), w -> new ArrayList<>()).add(t));
      if (t.area().isPresent()) {
        largerThanWhole(model, t, t.area().get()).ifPresent(out::add);
      }
    }
    sharesOf.forEach((whole, parts) -> sharesAbove100(model, whole, parts).ifPresent(out::add));
    return out;
  }

  private static Optional<Finding> largerThanWhole(DisputeModel model, Territory part, Estimate area) {
    for (TerritoryId w : model.enclosing(part.id())) {
      Optional<Estimate> whole = model.territory(w).flatMap(Territory::area);
      if (whole.isEmpty()) {
        continue;
      }
      OptionalLong max = whole.get().maximum();
      if (max.isPresent() && area.minimum() > max.getAsLong()) {
        return Optional.of(DESCRIPTOR.finding(part.id()).path("area").value(area).related(w)
            .message(part.id() + "'s area (" + area + " km²) is larger than that of " + w
                + ", which contains it (" + whole.get() + " km²). Correct one of the figures, or"
                + " the parent")
            .build());
      }
      return Optional.empty(); // the nearest whole with an area decides
    }
    return Optional.empty();
  }

  private static Optional<Finding> sharesAbove100(
      DisputeModel model, TerritoryId whole, List<Territory> parts) {
    BigDecimal sum = BigDecimal.ZERO;
    List<TerritoryId> counted = new ArrayList<>();
    List<TerritoryId> ids = parts.stream().map(Territory::id).toList();
    for (Territory p : parts) {
      if (model.enclosing(p.id()).stream().anyMatch(ids::contains)) {
        continue; // inside another part of the same whole: already counted with it
      }
      sum = sum.add(p.share().map(TerritoryShare::share).orElseThrow().low());
      counted.add(p.id());
    }
    if (sum.compareTo(HUNDRED) <= 0) {
      return Optional.empty();
    }
    return Optional.of(DESCRIPTOR.finding(whole).path("share").value(sum.toPlainString() + "%")
        .related(counted)
        .message("The recorded shares of " + whole + " of " + counted + " add up to at least "
            + sum.toPlainString() + "%, more than the whole. Correct a share, or the whole it"
            + " names")
        .build());
  }
}
