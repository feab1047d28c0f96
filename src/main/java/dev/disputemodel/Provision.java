package dev.disputemodel;

import java.util.List;

/**
 * A term of a {@link Ceasefire}, as typed data: a {@link Withdrawal} from a territory, a
 * {@link Deployment} of a force, or an {@link OtherProvision} kept as text. Immutable records.
 */
public sealed interface Provision permits Withdrawal, Deployment, OtherProvision {
  /** Returns the ids this provision refers to. */
  List<Reference> references();
}
