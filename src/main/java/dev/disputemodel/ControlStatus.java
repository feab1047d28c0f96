package dev.disputemodel;

import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who controls, administers or occupies a territory over a period, apart from who is sovereign:
 * Armenia's troops held the areas around Nagorno-Karabakh until they withdrew under the 2020 deal.
 *
 * <p>Immutable; build with {@link #builder()}.
 */
@Value.Immutable
public abstract class ControlStatus implements WithControlStatus {
  ControlStatus() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ControlStatus}. */
  public static final class Builder extends ImmutableControlStatus.Builder {
    /** Creates an empty builder, as {@link ControlStatus#builder()} does. */
    public Builder() {}
  }

  /** Returns the party that holds the territory. */
  public abstract PartyId controller();

  /** Returns how it holds it. */
  public abstract ControlKind kind();

  /** Returns when it held it, or empty if no source says. */
  public abstract Optional<FuzzyPeriod> period();

  /** Returns the source that states it. */
  public abstract SourceId source();

  /** Returns the ids this status refers to. */
  public List<Reference> references() {
    return List.of(new Reference("controller", controller()), new Reference("source", source()));
  }
}
