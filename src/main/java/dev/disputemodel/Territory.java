package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A place at stake or in question: a region (Nagorno-Karabakh), the areas around it, a state's
 * border towns, a border. Territories form a hierarchy through {@link #parent()} (the larger
 * territory this one lies within) and name their neighbours in {@link #adjacentTo()}.
 *
 * <p>Three facts are kept apart, each over time and with its source: who is recognized as
 * sovereign and by whom ({@link #sovereignty()}), who controls it ({@link #control()}), and who
 * lives there ({@link #population()}). Nagorno-Karabakh is de jure Azerbaijan's and inhabited by
 * Armenians: both are recorded.
 *
 * <p>Datasets' ids for it are {@link #externalIds()} (Wikidata, ISO 3166, ...). Its size is
 * {@link #area()} (square kilometres) and the share of a larger territory it makes up
 * {@link #share()}; a source's differing figure is a claim ({@link FactFigure} with
 * {@link FigureKind#AREA} or {@link FigureKind#SHARE}).
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: the name is not blank; a territory is
 * not its own parent or neighbour, nor a share of itself; each external id has its scheme's form
 * ({@link InvalidValueException}). Cycles through several
 * territories are reported by the consistency checker.
 */
@Value.Immutable
public abstract class Territory implements Entity, Identified, WithTerritory {
  Territory() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Territory}. */
  public static final class Builder extends ImmutableTerritory.Builder {
    /** Creates an empty builder, as {@link Territory#builder()} does. */
    public Builder() {}
  }

  /** Returns the territory's id. */
  @Override
  public abstract TerritoryId id();

  /** Returns its name ("Nagorno-Karabakh"). */
  public abstract String name();

  /** Returns what kind of place it is. */
  public abstract TerritoryKind kind();

  /** Returns other names for it. */
  public abstract List<String> aliases();

  @Override
  public abstract Map<IdScheme, String> externalIds();

  /** Returns the larger territory it lies within, if it is modelled. */
  public abstract Optional<TerritoryId> parent();

  /** Returns the territories it borders or surrounds. */
  public abstract Set<TerritoryId> adjacentTo();

  /**
   * Returns its area in square kilometres, if recorded: Essequibo's "160,000 square kilometers",
   * Ankoko's 7 km².
   */
  public abstract Optional<Estimate> area();

  /**
   * Returns the share of a larger territory it makes up, if recorded: northern Cyprus as 37 % of
   * the island.
   */
  public abstract Optional<TerritoryShare> share();

  /** Returns who is or was recognized as sovereign, and by whom. */
  public abstract List<SovereigntyStatus> sovereignty();

  /** Returns who controls or controlled it. */
  public abstract List<ControlStatus> control();

  /** Returns who lives or lived there. */
  public abstract List<PopulationStatus> population();

  /**
   * Returns who is sovereign over this territory on {@code date} according to {@code observer},
   * from this territory's own statuses (those of territories containing it are the query
   * module's to add), in the order of {@link #sovereignty()}:
   * <ul>
   *   <li>every status that names the observer ({@link SovereigntyStatus#isRecognizedBy}) and whose
   *       period may cover {@code date}: {@code DEFINITELY} when it surely does, {@code POSSIBLY}
   *       when it may or the status states no period;
   *   <li>for a party observer, unless a status naming it definitely covers {@code date}, also
   *       every status with unnamed recognizers (internationally recognized, or counted beyond the
   *       parties named) whose period may cover {@code date}: {@code POSSIBLY}, since the party is
   *       only presumed among them ({@link Recognition#named()} false).
   * </ul>
   * A status with no sovereign answers that the observer recognizes none. Two answers naming
   * different sovereigns for one observer at once are an inconsistency the checker reports.
   *
   * @throws NullPointerException if an argument is null
   */
  public ImmutableList<Recognition> sovereigntyAccordingTo(Observer observer, FuzzyTime date) {
    Objects.requireNonNull(observer, "observer");
    Objects.requireNonNull(date, "date");
    List<Recognition> answers = new ArrayList<>();
    boolean definite = false;
    for (SovereigntyStatus s : sovereignty()) {
      Certainty covers = s.period().map(p -> p.covers(date)).orElse(Certainty.POSSIBLY);
      if (!covers.isPossible()) {
        continue;
      }
      if (s.isRecognizedBy(observer)) {
        answers.add(new Recognition(s, covers, true));
        definite |= covers.isDefinite();
      } else if (observer.party().isPresent() && s.hasUnnamedRecognizers()) {
        answers.add(new Recognition(s, Certainty.POSSIBLY, false));
      }
    }
    boolean namedSurely = definite;
    return answers.stream().filter(r -> r.named() || !namedSurely).collect(ImmutableList.toImmutableList());
  }

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    parent().ifPresent(p -> refs.add(new Reference("parent", p)));
    adjacentTo().forEach(a -> refs.add(new Reference("adjacentTo", a)));
    share().ifPresent(s -> refs.add(new Reference("share.whole", s.whole())));
    for (int i = 0; i < sovereignty().size(); i++) {
      String at = "sovereignty[" + i + "].";
      sovereignty().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    for (int i = 0; i < control().size(); i++) {
      String at = "control[" + i + "].";
      control().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    for (int i = 0; i < population().size(); i++) {
      String at = "population[" + i + "].";
      population().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    return refs.build();
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("Territory")
        .text("name", name())
        .texts("aliases", aliases())
        .check(!parent().equals(Optional.of(id())), "parent", id(), "cannot be itself")
        .check(!adjacentTo().contains(id()), "adjacentTo", id(), "cannot contain itself")
        .check(share().isEmpty() || !share().get().whole().equals(id()), "share",
            share().orElse(null), "cannot be a share of itself");
    externalIds().forEach((scheme, value) -> checks.all(() -> scheme.check("Territory", value)));
    checks.done();
  }
}
