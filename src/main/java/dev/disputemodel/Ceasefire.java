package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A ceasefire in a conflict or episode: who declared or signed it, when it was agreed, took
 * effect and ended, its terms, and the ceasefire it followed. Who brokered it is a
 * {@link Mediator} with role {@link MediatorRole#BROKER}.
 *
 * <p>A ceasefire has no status field: whether it holds follows from the events and the
 * {@link CeasefireStatus} claims about it, which may disagree (Russia says the September 2022
 * ceasefire took effect; Armenia says the attacks go on).
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: the name is not blank; agreed,
 * effective and ended times are not definitely out of order; a ceasefire is not its own
 * predecessor ({@link InvalidValueException}). Possible disorder under fuzzy times is reported by
 * the consistency checker.
 */
@Value.Immutable
public abstract class Ceasefire implements Entity, WithCeasefire {
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
  public abstract String name();

  /** Returns the conflict or episode it belongs to. */
  public abstract ConflictId conflict();

  /** Returns the parties that declared or signed it. */
  public abstract Set<PartyId> signatories();

  /** Returns when it was agreed, if known. */
  public abstract Optional<FuzzyTime> agreed();

  /** Returns when it took effect, if known. */
  public abstract Optional<FuzzyTime> effective();

  /** Returns when it ended, if it has ended and that is known. */
  public abstract Optional<FuzzyTime> ended();

  /** Returns its terms, in the order of the agreement. */
  public abstract List<Provision> provisions();

  /** Returns the ceasefire it replaced, if any. */
  public abstract Optional<CeasefireId> predecessor();

  /** Returns the source that records it. */
  public abstract SourceId source();

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    refs.add(new Reference("conflict", conflict()));
    signatories().forEach(p -> refs.add(new Reference("signatories", p)));
    for (int i = 0; i < provisions().size(); i++) {
      String at = "provisions[" + i + "].";
      provisions().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    predecessor().ifPresent(p -> refs.add(new Reference("predecessor", p)));
    refs.add(new Reference("source", source()));
    return refs.build();
  }

  @Value.Check
  void check() {
    Checks.text("Ceasefire", "name", name());
    notDefinitelyBefore("effective", effective(), "agreed", agreed());
    notDefinitelyBefore("ended", ended(), "effective", effective());
    notDefinitelyBefore("ended", ended(), "agreed", agreed());
    Checks.check(
        !predecessor().equals(Optional.of(id())), "Ceasefire", "predecessor", id(),
        "cannot be itself");
  }

  private static void notDefinitelyBefore(
      String field, Optional<FuzzyTime> later, String earlierField, Optional<FuzzyTime> earlier) {
    if (later.isPresent() && earlier.isPresent()) {
      Checks.check(
          !later.get().isBefore(earlier.get()).isDefinite(), "Ceasefire", field, later.get(),
          "must not be before " + earlierField + " (" + earlier.get() + ")");
    }
  }
}
