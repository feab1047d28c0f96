package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who is recognized as sovereign over a territory, and by whom, over a period: "according to
 * recognized international borders, this region is part of Azerbaijan" is a status with sovereign
 * Azerbaijan recognized internationally. Partial recognition lists the recognizing parties.
 *
 * <p>Immutable; build with {@link #builder()}. Invariant: the status is internationally
 * recognized or names at least one recognizing party ({@link InvalidValueException}).
 */
@Value.Immutable
public abstract class SovereigntyStatus implements WithSovereigntyStatus {
  SovereigntyStatus() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SovereigntyStatus}. */
  public static final class Builder extends ImmutableSovereigntyStatus.Builder {
    /** Creates an empty builder, as {@link SovereigntyStatus#builder()} does. */
    public Builder() {}
  }

  /** Returns the party recognized as sovereign. */
  public abstract PartyId sovereign();

  /** Returns true if the sovereignty is recognized by the international community at large. */
  @Value.Default
  public boolean internationallyRecognized() {
    return false;
  }

  /** Returns the parties that recognize it, where recognition is partial or listed. */
  public abstract Set<PartyId> recognizers();

  /** Returns when the status held, or empty if no source says. */
  public abstract Optional<FuzzyPeriod> period();

  /** Returns the source that states it. */
  public abstract SourceId source();

  /** Returns the ids this status refers to. */
  public ImmutableList<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    refs.add(new Reference("sovereign", sovereign()));
    recognizers().forEach(r -> refs.add(new Reference("recognizers", r)));
    refs.add(new Reference("source", source()));
    return refs.build();
  }

  @Value.Check
  void check() {
    if (!internationallyRecognized() && recognizers().isEmpty()) {
      throw new InvalidValueException(
          "SovereigntyStatus", "recognizers", recognizers(),
          "must name a recognizer unless internationally recognized");
    }
  }
}
