package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A named armed conflict or one of its episodes. Episodes are conflicts whose {@link #parent()}
 * is the larger conflict: the Nagorno-Karabakh dispute has the wars of the 1980s and 1990s, the
 * six-week war of 2020 and the September 2022 border clashes as episodes.
 *
 * <p>A conflict has sides (primary parties and supporters), an incompatibility, the territories
 * at stake, a fuzzy period, an intensity (overall and per calendar year, as UCDP records it) and
 * an outcome. Which facts are disputed (who struck first, how many died) is said by
 * {@link Claim claims}, not here.
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: the name is not blank; a conflict is
 * not its own parent; side labels are distinct ({@link InvalidValueException}). A party on both
 * sides is reported by the consistency checker.
 */
@Value.Immutable
public abstract class Conflict implements Entity, WithConflict {
  Conflict() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Conflict}. */
  public static final class Builder extends ImmutableConflict.Builder {
    /** Creates an empty builder, as {@link Conflict#builder()} does. */
    public Builder() {}
  }

  /** Returns the conflict's id. */
  @Override
  public abstract ConflictId id();

  /** Returns its name ("Nagorno-Karabakh conflict", "September 2022 border clashes"). */
  public abstract String name();

  /** Returns other names for it. */
  public abstract List<String> aliases();

  /** Returns the conflict this is an episode of, if any. */
  public abstract Optional<ConflictId> parent();

  /** Returns the UCDP type of conflict, if classified. */
  public abstract Optional<ConflictType> type();

  /** Returns what is fought over, if stated. */
  public abstract Optional<Incompatibility> incompatibility();

  /** Returns the sides, in order (side A first where UCDP's convention applies). */
  public abstract List<Side> sides();

  /** Returns the territories at stake. */
  public abstract Set<TerritoryId> territoriesAtStake();

  /** Returns when the conflict or episode was active, if known. */
  public abstract Optional<FuzzyPeriod> period();

  /** Returns the highest intensity reached, if known. */
  public abstract Optional<Intensity> intensity();

  /** Returns the intensity of each calendar year with recorded fighting, by year. */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, Intensity> intensityByYear();

  /** Returns how it ended, if it has. */
  public abstract Optional<Outcome> outcome();

  /** Returns the sources that describe the conflict. */
  public abstract Set<SourceId> sources();

  /** Returns every party on any side, primary or supporter, in side order. */
  public ImmutableList<PartyId> parties() {
    ImmutableList.Builder<PartyId> all = ImmutableList.builder();
    for (Side side : sides()) {
      all.addAll(side.primaries());
      side.supporters().forEach(s -> all.add(s.party()));
    }
    return all.build();
  }

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    parent().ifPresent(p -> refs.add(new Reference("parent", p)));
    for (int i = 0; i < sides().size(); i++) {
      String at = "sides[" + i + "].";
      sides().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    territoriesAtStake().forEach(t -> refs.add(new Reference("territoriesAtStake", t)));
    sources().forEach(s -> refs.add(new Reference("sources", s)));
    return refs.build();
  }

  @Value.Check
  void check() {
    long labels = sides().stream().map(Side::label).distinct().count();
    Checks.of("Conflict")
        .text("name", name())
        .texts("aliases", aliases())
        .check(!parent().equals(Optional.of(id())), "parent", id(), "cannot be itself")
        .check(labels == sides().size(), "sides", sides(), "side labels must be distinct")
        .done();
  }
}
