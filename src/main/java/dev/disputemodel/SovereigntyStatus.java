package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who is recognized as sovereign over a territory, and by whom, over a period: "according to
 * recognized international borders, this region is part of Azerbaijan" is a status with sovereign
 * Azerbaijan recognized internationally. Partial recognition lists the recognizing parties, or
 * counts them where sources give only a number ("recognized by around 100 countries"), or both.
 * A status with no sovereign records that its recognizers recognize <em>no</em> sovereign, as
 * for a territory the UN lists as non-self-governing.
 *
 * <p>Who is sovereign according to one observer is
 * {@link Territory#sovereigntyAccordingTo(Observer, dev.disputemodel.time.FuzzyTime)}.
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: the status is internationally
 * recognized, names a recognizing party or counts them; a count allows at least the recognizers
 * named ({@link InvalidValueException}).
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

  /**
   * Returns the party recognized as sovereign, or empty when the recognizers recognize no
   * sovereign (a non-self-governing territory, a territory whose status they hold undetermined).
   */
  public abstract Optional<PartyId> sovereign();

  /** Returns true if the sovereignty is recognized by the international community at large. */
  @Value.Default
  public boolean internationallyRecognized() {
    return false;
  }

  /** Returns the parties that recognize it, where recognition is partial or listed. */
  public abstract Set<PartyId> recognizers();

  /**
   * Returns how many parties recognize it, as the source counts them, where it gives a count:
   * {@code Estimate.about(100).withWording("around 100 countries")}. The count includes the
   * {@link #recognizers()} named, if any; the others are unnamed.
   */
  public abstract Optional<Estimate> recognizerCount();

  /**
   * Returns true if some recognizers are not named: the status has a {@link #recognizerCount()}
   * that allows more parties than {@link #recognizers()} names, or is internationally
   * recognized.
   */
  public boolean hasUnnamedRecognizers() {
    return internationallyRecognized()
        || recognizerCount().map(c -> c.maximum().orElse(Long.MAX_VALUE) > recognizers().size())
            .orElse(false);
  }

  /**
   * Returns true if {@code observer} is among those this status names as recognizing it: a party
   * listed in {@link #recognizers()}, or the international community for an internationally
   * recognized status.
   */
  public boolean isRecognizedBy(Observer observer) {
    return observer.party().map(recognizers()::contains).orElse(internationallyRecognized());
  }

  /** Returns when the status held, or empty if no source says. */
  public abstract Optional<FuzzyPeriod> period();

  /** Returns the source that states it. */
  public abstract SourceId source();

  /** Returns the ids this status refers to. */
  public ImmutableList<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    sovereign().ifPresent(s -> refs.add(new Reference("sovereign", s)));
    recognizers().forEach(r -> refs.add(new Reference("recognizers", r)));
    refs.add(new Reference("source", source()));
    return refs.build();
  }

  @Value.Check
  void check() {
    Checks.of("SovereigntyStatus")
        .check(internationallyRecognized() || !recognizers().isEmpty()
                || recognizerCount().isPresent(), "recognizers", recognizers(),
            "must name or count recognizers unless internationally recognized")
        .check(recognizerCount().isEmpty()
                || recognizerCount().get().maximum().orElse(Long.MAX_VALUE) >= recognizers().size(),
            "recognizerCount", recognizerCount().orElse(null),
            "must allow the " + recognizers().size() + " recognizers named")
        .done();
  }
}
