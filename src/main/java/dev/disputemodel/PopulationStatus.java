package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who lives in a territory over a period: Nagorno-Karabakh "is inhabited by Armenians" is a
 * status with group "Armenians" whose kin state is Armenia. Kept apart from sovereignty and
 * control, so that a model can say where they differ.
 *
 * <p>Immutable; build with {@link #builder()}. Invariant: the group is not blank
 * ({@link InvalidValueException}).
 */
@Value.Immutable
public abstract class PopulationStatus implements WithPopulationStatus {
  PopulationStatus() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PopulationStatus}. */
  public static final class Builder extends ImmutablePopulationStatus.Builder {
    /** Creates an empty builder, as {@link PopulationStatus#builder()} does. */
    public Builder() {}
  }

  /** Returns the group that lives there ("Armenians"). */
  public abstract String group();

  /** Returns the party the group identifies with as its kin state, if any. */
  public abstract Optional<PartyId> kinState();

  /** Returns how many live there, if a source gives a figure. */
  public abstract Optional<Estimate> size();

  /** Returns when the status held, or empty if no source says. */
  public abstract Optional<FuzzyPeriod> period();

  /** Returns the source that states it. */
  public abstract SourceId source();

  /** Returns the ids this status refers to. */
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    kinState().ifPresent(k -> refs.add(new Reference("kinState", k)));
    refs.add(new Reference("source", source()));
    return refs.build();
  }

  @Value.Check
  void check() {
    Checks.text("PopulationStatus", "group", group());
  }
}
