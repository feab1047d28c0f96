package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One side of a conflict: its primary parties, who fight, and its supporters. In UCDP's terms
 * side A is the government side and side B the opposition or the other state.
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: a label that is not blank; at least
 * one primary party ({@link InvalidValueException}, {@link MissingAttributeException}).
 */
@Value.Immutable
public abstract class Side implements WithSide {
  Side() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Side}. */
  public static final class Builder extends ImmutableSide.Builder {
    /** Creates an empty builder, as {@link Side#builder()} does. */
    public Builder() {}
  }

  /** Returns the side's label ("A", "B", "Armenian side"). */
  public abstract String label();

  /** Returns the primary parties: those who fight on this side. */
  public abstract Set<PartyId> primaries();

  /** Returns the parties that support this side, with how and when. */
  public abstract List<Supporter> supporters();

  /** Returns true if {@code party} is a primary party or a supporter of this side. */
  public boolean involves(PartyId party) {
    return primaries().contains(party) || supporters().stream().anyMatch(s -> s.party().equals(party));
  }

  /** Returns the ids this side refers to. */
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    primaries().forEach(p -> refs.add(new Reference("primaries", p)));
    for (int i = 0; i < supporters().size(); i++) {
      String at = "supporters[" + i + "].";
      supporters().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    return refs.build();
  }

  @Value.Check
  void check() {
    Checks.of("Side")
        .text("label", label())
        .check(!primaries().isEmpty(), "primaries", primaries(), "must not be empty")
        .done();
  }
}
