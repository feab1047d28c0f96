package dev.disputemodel;

import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What ceasefires and agreements have in common: an accord in a conflict, signed by parties, with
 * agreed, effective and ended times, typed terms, and {@linkplain ChainLink links} to the accords
 * it renews, recommits to or succeeds. A {@link Ceasefire} stops the fighting; an
 * {@link Agreement} settles or manages the dispute, and may contain ceasefires or follow them.
 *
 * <p>Implementations are immutable values. Third parties of an accord (brokers, guarantors,
 * witnesses, peacekeepers) are {@link Mediator} roles that name it.
 */
public sealed interface Accord extends Entity permits Ceasefire, Agreement {
  /** Returns the accord's id. */
  @Override
  AccordId id();

  /** Returns its name. */
  String name();

  /** Returns the conflict or episode it belongs to. */
  ConflictId conflict();

  /** Returns the parties that declared or signed it. */
  Set<PartyId> signatories();

  /** Returns when it was agreed or signed, if known. */
  Optional<FuzzyTime> agreed();

  /** Returns when it took effect, if known. */
  Optional<FuzzyTime> effective();

  /**
   * Returns when it ended, if a source states it. An accord renewed or succeeded by another also
   * ends when the link takes effect (see {@link ChainLink}), without an end stated here.
   */
  Optional<FuzzyTime> ended();

  /** Returns its terms, in the order of the text. */
  List<Provision> provisions();

  /** Returns the earlier accords this one renews, recommits to or succeeds, in the order given. */
  List<ChainLink> links();

  /** Returns the source that records it. */
  SourceId source();

  /** Returns when it took effect: {@link #effective()}, else {@link #agreed()}; empty if neither is known. */
  default Optional<FuzzyTime> takesEffect() {
    return effective().or(this::agreed);
  }
}
