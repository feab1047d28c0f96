package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One of the documents an {@link Agreement} consists of, with its own signatories: the 2020
 * Washington agreements on economic normalization between Kosovo and Serbia are "two separate
 * documents", "one [signed] by Vučić and the other by Hoti". An agreement with documents has as its
 * signatories exactly those of its documents ({@link Agreement#signatories()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the document's name or description; not blank
 * @param signatories the parties that signed this document; not empty
 * @param signed when it was signed, if a source states it; not null
 * @param source the source that records the document; not null
 */
public record AgreementDocument(
    String name, Set<PartyId> signatories, Optional<FuzzyTime> signed, SourceId source) {
  /**
   * Validates and copies the parts.
   *
   * @throws InvalidValueException if the name is blank or there is no signatory
   * @throws NullPointerException if a part is null
   */
  public AgreementDocument {
    Objects.requireNonNull(name, "name");
    signatories = ImmutableSet.copyOf(Objects.requireNonNull(signatories, "signatories"));
    Objects.requireNonNull(signed, "signed");
    Objects.requireNonNull(source, "source");
    Checks.of("AgreementDocument").text("name", name)
        .check(!signatories.isEmpty(), "signatories", signatories, "must not be empty")
        .done();
  }

  /**
   * Returns an undated document {@code name} signed by {@code signatories}, recorded in
   * {@code source}.
   *
   * @throws InvalidValueException if the name is blank or there is no signatory
   */
  public static AgreementDocument of(String name, SourceId source, PartyId... signatories) {
    return new AgreementDocument(name, ImmutableSet.copyOf(signatories), Optional.empty(), source);
  }

  /** Returns a copy signed at {@code time}. */
  public AgreementDocument withSigned(FuzzyTime time) {
    return new AgreementDocument(name, signatories, Optional.of(Objects.requireNonNull(time, "time")), source);
  }

  /** Returns the references of its signatories and its source, each under its attribute. */
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    signatories.forEach(p -> refs.add(new Reference("signatories", p)));
    refs.add(new Reference("source", source));
    return refs.build();
  }
}
