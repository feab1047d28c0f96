package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party that supports a side of a conflict without being one of its primary parties, how and
 * when: in UCDP's data Armenia supports the Republic of Artsakh with troops, and Turkey supported
 * Azerbaijan in 2020.
 *
 * <p>Immutable; build with {@link #builder()} or {@link #of}.
 */
@Value.Immutable
public abstract class Supporter implements WithSupporter {
  Supporter() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Supporter}. */
  public static final class Builder extends ImmutableSupporter.Builder {
    /** Creates an empty builder, as {@link Supporter#builder()} does. */
    public Builder() {}
  }

  /** Returns a supporter of the given type with no stated period or source. */
  public static Supporter of(PartyId party, SupportType type) {
    return builder().party(party).type(type).build();
  }

  /** Returns the supporting party. */
  public abstract PartyId party();

  /** Returns how it supports the side. */
  public abstract SupportType type();

  /** Returns when it gave the support, or empty if no source says. */
  public abstract Optional<FuzzyPeriod> period();

  /** Returns the source that states the support, if one is recorded. */
  public abstract Optional<SourceId> source();

  /** Returns the ids this supporter refers to. */
  public List<Reference> references() {
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    refs.add(new Reference("party", party()));
    source().ifPresent(s -> refs.add(new Reference("source", s)));
    return refs.build();
  }
}
