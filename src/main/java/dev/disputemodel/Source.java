package dev.disputemodel;

import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where something was said or recorded: a news report, an official statement, a dataset release
 * such as UCDP/PRIO ACD 23.1. Its publication time decides what was known on a given day.
 *
 * <p>Immutable; build with {@link #builder()}. Invariants: title, publisher and citation are not
 * blank ({@link InvalidValueException}).
 */
@Value.Immutable
public abstract class Source implements Entity, WithSource {
  Source() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}. */
  public static final class Builder extends ImmutableSource.Builder {
    /** Creates an empty builder, as {@link Source#builder()} does. */
    public Builder() {}
  }

  /** Returns the source's id. */
  @Override
  public abstract SourceId id();

  /** Returns what kind of source it is. */
  public abstract SourceKind kind();

  /** Returns its title or a short description. */
  public abstract String title();

  /** Returns who published it, if known. */
  public abstract Optional<String> publisher();

  /** Returns when it was published, if known. */
  public abstract Optional<FuzzyTime> published();

  /** Returns a full citation, if any (for datasets: the authors, year and journal). */
  public abstract Optional<String> citation();

  /** A source refers to no other entity. */
  @Override
  public List<Reference> references() {
    return List.of();
  }

  @Value.Check
  void check() {
    Checks.of("Source")
        .text("title", title())
        .text("publisher", publisher())
        .text("citation", citation())
        .done();
  }
}
