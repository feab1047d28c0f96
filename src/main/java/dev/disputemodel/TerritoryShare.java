package dev.disputemodel;

import java.util.Objects;

/**
 * The share of a larger territory that a territory makes up, as a source gives it: northern Cyprus
 * as 37 % of the island ({@link Territory#share()}). The whole is named, since a source may give
 * the share of a territory other than the modelled parent (of the island, not of the Republic).
 *
 * <p>Immutable and thread-safe; a value.
 *
 * @param whole the larger territory; not null
 * @param share the part's share of it in percent; not null
 */
public record TerritoryShare(TerritoryId whole, Share share) {
  /**
   * Rejects nulls.
   *
   * @throws NullPointerException if an argument is null
   */
  public TerritoryShare {
    Objects.requireNonNull(whole, "whole");
    Objects.requireNonNull(share, "share");
  }

  /** Returns {@code 37% of T1}. */
  @Override
  public String toString() {
    return share + " of " + whole.value();
  }
}
