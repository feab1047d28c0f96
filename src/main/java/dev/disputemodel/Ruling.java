package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ruling on a dispute by a court or tribunal, or a decision of another body that binds or
 * carries authority: an arbitral award, a judgment, an order, an advisory opinion, a Security
 * Council resolution. The body is a {@link Party}, usually of kind
 * {@link PartyKind#COURT_OR_TRIBUNAL}; the ruling has its date, whether it binds the parties (if a
 * source states it), what
 * it decides, as typed {@link Decision}s, and the accord it was given under, if any (the treaty
 * that set up an arbitration). The 1899 award on the boundary between British Guiana and
 * Venezuela is a binding ruling with a {@link BoundaryDecision}; the ICJ's 2010 opinion on
 * Kosovo's declaration of independence is an advisory one with a {@link ClaimDecision}.
 *
 * <p>Whether parties accept, reject or ignore a ruling is not a field: it is said by claims, which
 * hold over time and may replace each other (a rejection later replaced by an acceptance).
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: the name is not blank; at least one
 * decision ({@link InvalidValueException}).
 */
@Value.Immutable
public abstract class Ruling implements Entity, WithRuling {
  Ruling() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Ruling}. */
  public static final class Builder extends ImmutableRuling.Builder {
    /** Creates an empty builder, as {@link Ruling#builder()} does. */
    public Builder() {}

    /**
     * Sets {@link #bindingForce} from a source's statement: {@link BindingForce#BINDING} if
     * {@code binding}, else {@link BindingForce#NOT_BINDING}.
     */
    public Builder binding(boolean binding) {
      bindingForce(binding ? BindingForce.BINDING : BindingForce.NOT_BINDING);
      return this;
    }
  }

  /** Returns the ruling's id. */
  @Override
  public abstract RulingId id();

  /** Returns its name ("Arbitral Award of 3 October 1899"). */
  public abstract String name();

  /** Returns the court or tribunal that gave it. */
  public abstract PartyId body();

  /** Returns when it was given. */
  public abstract FuzzyTime issued();

  /**
   * Returns whether it binds the parties as a source states it (an award, a judgment binds; an
   * advisory opinion does not), or {@link BindingForce#UNSTATED} (the default) when no source
   * reached states it. Claims that contest it are {@link Characterization}s.
   */
  @Value.Default
  public BindingForce bindingForce() {
    return BindingForce.UNSTATED;
  }

  /**
   * Returns true if it is recorded as binding ({@link #bindingForce()} is
   * {@link BindingForce#BINDING}); false if recorded as not binding or unstated.
   */
  public boolean binding() {
    return bindingForce() == BindingForce.BINDING;
  }

  /** Returns what it decides, in the order of the ruling. */
  public abstract List<Decision> decisions();

  /**
   * Returns the accord under which the body was seized, if any: the treaty that set up the
   * arbitral tribunal, the agreement that gave a third party the choice of the means of settlement.
   */
  public abstract Optional<AccordId> under();

  /** Returns the conflict or dispute it concerns, if it is modelled. */
  public abstract Optional<ConflictId> conflict();

  /** Returns the source that records it. */
  public abstract SourceId source();

  /** Returns the territories its decisions are about, each once, in decision order. */
  public ImmutableList<TerritoryId> territories() {
    return decisions().stream().flatMap(d -> d.territories().stream()).distinct()
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    refs.add(new Reference("body", body()));
    for (int i = 0; i < decisions().size(); i++) {
      String at = "decisions[" + i + "].";
      decisions().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    under().ifPresent(a -> refs.add(new Reference("under", a)));
    conflict().ifPresent(c -> refs.add(new Reference("conflict", c)));
    refs.add(new Reference("source", source()));
    return refs.build();
  }

  @Value.Check
  void check() {
    Checks.of("Ruling")
        .text("name", name())
        .check(!decisions().isEmpty(), "decisions", decisions(), "must not be empty")
        .done();
  }
}
