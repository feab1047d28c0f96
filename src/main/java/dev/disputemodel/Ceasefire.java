package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A ceasefire in a conflict or episode: who declared or signed it, when it was agreed, took
 * effect and ended, its terms, and the earlier ceasefires or agreements it renews, recommits to or
 * succeeds ({@link #links()}). Who brokered or witnessed it is a {@link Mediator} with role
 * {@link MediatorRole#BROKER} or {@link MediatorRole#WITNESS}.
 *
 * <p>A ceasefire has no status field: whether it holds follows from its times, the events and
 * the {@link CeasefireStatus} claims about it, which may disagree (Russia says the September 2022
 * ceasefire took effect; Armenia says the attacks go on).
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: the name is not blank; agreed,
 * effective and ended times are not definitely out of order; no link to itself or twice to the
 * same accord ({@link InvalidValueException}). Possible disorder under fuzzy times, and cycles
 * through several links, are reported by the consistency checker.
 */
@Value.Immutable
public abstract non-sealed class Ceasefire implements Accord, WithCeasefire {
  Ceasefire() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Ceasefire}. */
  public static final class Builder extends ImmutableCeasefire.Builder {
    /** Creates an empty builder, as {@link Ceasefire#builder()} does. */
    public Builder() {}
  }

  /** Returns the ceasefire's id. */
  @Override
  public abstract CeasefireId id();

  /** Returns its name ("2020 Nagorno-Karabakh ceasefire agreement"). */
  @Override
  public abstract String name();

  /** Returns the conflict or episode it belongs to. */
  @Override
  public abstract ConflictId conflict();

  /** Returns the parties that declared or signed it. */
  @Override
  public abstract Set<PartyId> signatories();

  /** Returns when it was agreed, if known. */
  @Override
  public abstract Optional<FuzzyTime> agreed();

  /** Returns when it took effect, if known. */
  @Override
  public abstract Optional<FuzzyTime> effective();

  /**
   * Returns when it ended, if a source states it (see {@link Accord#ended()} for the end a
   * renewal or successor implies).
   */
  @Override
  public abstract Optional<FuzzyTime> ended();

  /** Returns its terms, in the order of the agreement. */
  @Override
  public abstract List<Provision> provisions();

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
    refs.add(new Reference("source", source()));
    return refs.build();
  }

  @Value.Check
  void check() {
    Accords.check("Ceasefire", this);
  }
}
