package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A place at stake or in question: a region (Nagorno-Karabakh), the areas around it, a state's
 * border towns, a border. Territories form a hierarchy through {@link #parent()} (the larger
 * territory this one lies within) and name their neighbours in {@link #adjacentTo()}.
 *
 * <p>Three facts are kept apart, each over time and with its source: who is recognized as
 * sovereign and by whom ({@link #sovereignty()}), who controls it ({@link #control()}), and who
 * lives there ({@link #population()}). Nagorno-Karabakh is de jure Azerbaijan's and inhabited by
 * Armenians: both are recorded.
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: the name is not blank; a territory is
 * not its own parent or neighbour ({@link InvalidValueException}). Cycles through several
 * territories are reported by the consistency checker.
 */
@Value.Immutable
public abstract class Territory implements Entity, WithTerritory {
  Territory() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Territory}. */
  public static final class Builder extends ImmutableTerritory.Builder {
    /** Creates an empty builder, as {@link Territory#builder()} does. */
    public Builder() {}
  }

  /** Returns the territory's id. */
  @Override
  public abstract TerritoryId id();

  /** Returns its name ("Nagorno-Karabakh"). */
  public abstract String name();

  /** Returns what kind of place it is. */
  public abstract TerritoryKind kind();

  /** Returns other names for it. */
  public abstract List<String> aliases();

  /** Returns the larger territory it lies within, if it is modelled. */
  public abstract Optional<TerritoryId> parent();

  /** Returns the territories it borders or surrounds. */
  public abstract Set<TerritoryId> adjacentTo();

  /** Returns who is or was recognized as sovereign, and by whom. */
  public abstract List<SovereigntyStatus> sovereignty();

  /** Returns who controls or controlled it. */
  public abstract List<ControlStatus> control();

  /** Returns who lives or lived there. */
  public abstract List<PopulationStatus> population();

  @Override
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    parent().ifPresent(p -> refs.add(new Reference("parent", p)));
    adjacentTo().forEach(a -> refs.add(new Reference("adjacentTo", a)));
    for (int i = 0; i < sovereignty().size(); i++) {
      String at = "sovereignty[" + i + "].";
      sovereignty().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    for (int i = 0; i < control().size(); i++) {
      String at = "control[" + i + "].";
      control().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    for (int i = 0; i < population().size(); i++) {
      String at = "population[" + i + "].";
      population().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    return refs.build();
  }

  @Value.Check
  void check() {
    Checks.text("Territory", "name", name());
    aliases().forEach(a -> Checks.text("Territory", "aliases", a));
    Checks.check(
        !parent().equals(Optional.of(id())), "Territory", "parent", id(), "cannot be itself");
    Checks.check(
        !adjacentTo().contains(id()), "Territory", "adjacentTo", id(), "cannot contain itself");
  }
}
