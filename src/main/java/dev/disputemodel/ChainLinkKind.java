package dev.disputemodel;

/**
 * How a later {@link Accord} continues an earlier one in a chain (see {@link ChainLink}). Whether
 * the earlier one ends when the later takes effect follows from the kind, so no end date needs to
 * be invented for it.
 */
public enum ChainLinkKind {
  /**
   * The later accord extends the earlier one for a further term, on the same or amended terms: a
   * truce renewed for another two months. The earlier one ends when the renewal takes effect.
   */
  RENEWS,
  /**
   * The parties recommit to the earlier accord, which stays in effect: a joint statement that the
   * parties will strictly observe a ceasefire agreed years before.
   */
  RECOMMITS_TO,
  /**
   * The later accord replaces the earlier one: an armistice after a ceasefire, a peace agreement
   * after an armistice. The earlier one ends when its successor takes effect.
   */
  SUCCEEDS;

  /** Returns true if the earlier accord ends when the later one takes effect (renewal, succession). */
  public boolean endsEarlier() {
    return this != RECOMMITS_TO;
  }
}
