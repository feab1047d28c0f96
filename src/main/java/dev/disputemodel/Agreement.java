package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.time.FuzzyTime;
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
 * <p>Immutable; build with {@link #builder()}. Invariants: the name is not blank; agreed,
 * effective and ended times are not definitely out of order; no link to itself or twice to the
 * same accord ({@link InvalidValueException}).
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

  /** Returns the parties that signed it. */
  @Override
  public abstract Set<PartyId> signatories();

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

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    refs.add(new Reference("conflict", conflict()));
    Accords.references(this, refs);
    ceasefires().forEach(c -> refs.add(new Reference("ceasefires", c)));
    refs.add(new Reference("source", source()));
    return refs.build();
  }

  @Value.Check
  void check() {
    Accords.check("Agreement", this);
  }
}
