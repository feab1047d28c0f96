package dev.disputemodel;

/**
 * What a {@link Sovereignty} claim says a party holds over a territory: sovereignty itself, or
 * only the sovereign rights a coastal state has in its exclusive economic zone or on its
 * continental shelf (to explore, exploit and manage resources), which are not sovereignty. Guyana
 * holds the Liza-1 drilling site to be "well within our exclusive economic zone" (its foreign
 * ministry, 8 June 2015): sovereign rights, not sovereignty.
 */
public enum SovereigntyExtent {
  /** Sovereignty over the territory: land, internal waters, the territorial sea. */
  FULL,
  /** Sovereign rights only, as in an exclusive economic zone or on a continental shelf. */
  SOVEREIGN_RIGHTS;
}
