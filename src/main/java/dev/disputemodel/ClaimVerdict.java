package dev.disputemodel;

/** What a {@link ClaimDecision} holds a claim to be worth in law. */
public enum ClaimVerdict {
  /** The claim is upheld: it is well founded. */
  WELL_FOUNDED,
  /**
   * The claim has no basis in law or no legal effect: claimed historic rights that a tribunal
   * finds without basis, an annexation a body declares null and void.
   */
  WITHOUT_BASIS,
  /**
   * The act the claim makes is not contrary to law, without the claim being upheld: the ICJ's
   * 2010 advisory opinion that Kosovo's declaration of independence did not violate international
   * law.
   */
  NOT_CONTRARY_TO_LAW;
}
