package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An agreement that settles a dispute or conflict, or part of it, or sets up how it is to be
 * settled or managed, as distinct from a {@link Ceasefire}, which only stops the fighting: the
 * 1974 Agreement on Disengagement between Israeli and Syrian forces, the 1966 Geneva Agreement.
 * It has signatories, agreed (signed), effective and ended times, typed terms, the ceasefires it
 * contains ({@link #ceasefires()}), and the accords it renews, recommits to or succeeds
 * ({@link #links()}): an agreement that follows a ceasefire and replaces it links to it with
 * {@link ChainLinkKind#SUCCEEDS}. Its guarantors and witnesses are {@link Mediator} roles with
 * {@link MediatorRole#GUARANTOR} and {@link MediatorRole#WITNESS} that name it.
 *
 * <p>Its lifecycle is typed: who proposed it and when ({@link #proposer()}, {@link #proposed()}),
 * when it was signed, took effect and ended, or when it lapsed without ever entering into force
 * ({@link #lapsed()}); {@link #stage()} is the furthest stage recorded. The Annan Plan for Cyprus,
 * proposed by the UN Secretary-General and rejected in the Greek Cypriot referendum of 24 April
 * 2004, is an agreement that lapsed that day and was never in force. Whether parties accept or
 * reject an agreement is said by claims ({@link AgreementResponse}); whether it was ever in force,
 * where sources disagree, by {@link AgreementStatus} claims.
 *
 * <p>An agreement may consist of several documents, each with its own signatories
 * ({@link #documents()}); its signatories are then those of its documents, and may be left out of
 * the builder: they are derived.
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: the name is not blank; proposed,
 * agreed, effective, ended and lapsed times are not definitely out of order; an agreement that
 * took effect or ended has not lapsed; the proposer is a party or a mediator role; documents have
 * distinct names and, with documents, the signatories are exactly the documents' signatories; no
 * link to itself or twice to the same accord ({@link InvalidValueException}).
 */
@Value.Immutable
public abstract non-sealed class Agreement implements Accord, WithAgreement {
  Agreement() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agreement}. */
  public static final class Builder extends ImmutableAgreement.Builder {}

  /** Returns the agreement's id. */
  @Override
  public abstract AgreementId id();

  /** Returns its name ("Agreement on Disengagement between Israeli and Syrian Forces"). */
  @Override
  public abstract String name();

  /** Returns what it settles. */
  public abstract AgreementKind kind();

  /** Returns the conflict or episode it belongs to. */
  @Override
  public abstract ConflictId conflict();

  /**
   * Returns the parties that signed it. With {@link #documents()}, the parties that signed one of
   * them (derived when the builder was given none).
   */
  @Override
  public abstract Set<PartyId> signatories();

  /** Returns when it was proposed (put forward for signature or approval), if known. */
  public abstract Optional<FuzzyTime> proposed();

  /**
   * Returns who proposed it, if the model says: a {@link PartyId} or a {@link MediatorId} (the
   * Secretary-General's good offices mission that put forward the Annan Plan).
   */
  public abstract Optional<EntityId> proposer();

  /**
   * Returns when it was settled that it would never enter into force (rejected in a referendum,
   * abandoned, or left unratified), if it never did: the Annan Plan "became null and void"
   * according to its own terms when the Greek Cypriot referendum rejected it on 24 April 2004. An
   * agreement that lapsed has no {@link #takesEffect()} and is never in force.
   */
  public abstract Optional<FuzzyTime> lapsed();

  /**
   * Returns the documents it consists of, where it is more than one text with different
   * signatories; empty for an agreement of one text.
   */
  public abstract List<AgreementDocument> documents();

  /** Returns when it was signed, if known. */
  @Override
  public abstract Optional<FuzzyTime> agreed();

  /** Returns when it entered into force, if known and not when it was signed. */
  @Override
  public abstract Optional<FuzzyTime> effective();

  /** Returns when it ended, if it has and a source states it. */
  @Override
  public abstract Optional<FuzzyTime> ended();

  /** Returns its terms, in the order of the text. */
  @Override
  public abstract List<Provision> provisions();

  /**
   * Returns the ceasefires it contains: those it declares or whose observance it makes one of its
   * terms, whenever they were agreed.
   */
  public abstract Set<CeasefireId> ceasefires();

  /** Returns the earlier accords it renews, recommits to or succeeds, in the order given. */
  @Override
  public abstract List<ChainLink> links();

  /** Returns the source that records it. */
  @Override
  public abstract SourceId source();

  /**
   * Returns when it took effect: empty if it {@linkplain #lapsed() lapsed}, else
   * {@link Accord#takesEffect()}.
   */
  @Override
  public Optional<FuzzyTime> takesEffect() {
    return lapsed().isPresent() ? Optional.empty() : Accord.super.takesEffect();
  }

  /**
   * Returns the furthest stage the model records: {@code NEVER_IN_FORCE} if it lapsed,
   * {@code ENDED} if it ended, {@code IN_FORCE} if it has an effective time, {@code SIGNED} if it
   * or one of its documents has a signing time, {@code PROPOSED} if it has a proposal time or a
   * proposer; empty if none of these is recorded.
   */
  public Optional<AgreementStage> stage() {
    if (lapsed().isPresent()) {
      return Optional.of(AgreementStage.NEVER_IN_FORCE);
    } else if (ended().isPresent()) {
      return Optional.of(AgreementStage.ENDED);
    } else if (effective().isPresent()) {
      return Optional.of(AgreementStage.IN_FORCE);
    } else if (agreed().isPresent() || documents().stream().anyMatch(d -> d.signed().isPresent())) {
      return Optional.of(AgreementStage.SIGNED);
    } else if (proposed().isPresent() || proposer().isPresent()) {
      return Optional.of(AgreementStage.PROPOSED);
    }
    return Optional.empty();
  }

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    refs.add(new Reference("conflict", conflict()));
    Accords.references(this, refs);
    proposer().ifPresent(p -> refs.add(new Reference("proposer", p)));
    for (int i = 0; i < documents().size(); i++) {
      String at = "documents[" + i + "].";
      documents().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    ceasefires().forEach(c -> refs.add(new Reference("ceasefires", c)));
    refs.add(new Reference("source", source()));
    return refs.build();
  }

  @Value.Check
  Agreement check() {
    Set<PartyId> signedDocuments = new LinkedHashSet<>();
    documents().forEach(d -> signedDocuments.addAll(d.signatories()));
    if (signatories().isEmpty() && !signedDocuments.isEmpty()) {
      return ImmutableAgreement.copyOf(this).withSignatories(signedDocuments);
    }
    Accords.check("Agreement", this);
    Checks checks = Checks.of("Agreement");
    proposer().ifPresent(p -> checks.check(p instanceof PartyId || p instanceof MediatorId,
        "proposer", p, "must be a Party or a Mediator, not a " + p.kind()));
    Accords.notDefinitelyBefore(checks, "agreed", agreed(), "proposed", proposed());
    Accords.notDefinitelyBefore(checks, "effective", effective(), "proposed", proposed());
    Accords.notDefinitelyBefore(checks, "ended", ended(), "proposed", proposed());
    Accords.notDefinitelyBefore(checks, "lapsed", lapsed(), "proposed", proposed());
    Accords.notDefinitelyBefore(checks, "lapsed", lapsed(), "agreed", agreed());
    lapsed().ifPresent(l -> checks
        .check(effective().isEmpty(), "lapsed", l,
            "an agreement that took effect (" + effective().orElse(null) + ") cannot lapse unenforced")
        .check(ended().isEmpty(), "lapsed", l,
            "an agreement that ended (" + ended().orElse(null) + ") was in force and cannot lapse unenforced"));
    Set<String> names = new HashSet<>();
    for (AgreementDocument d : documents()) {
      checks.check(names.add(d.name()), "documents", d.name(), "names two documents");
      Accords.notDefinitelyBefore(checks, "documents.signed", d.signed(), "proposed", proposed());
    }
    checks.check(documents().isEmpty() || signedDocuments.equals(signatories()), "signatories",
        signatories(), "must be the signatories of its documents (" + signedDocuments + ")");
    checks.done();
    return this;
  }
}
