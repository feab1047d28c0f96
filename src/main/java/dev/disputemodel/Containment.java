package dev.disputemodel;

/**
 * How a territory relates to the territory a question is about, through the hierarchy of
 * {@link Territory#parent()}: a claim on one island of an archipelago is a claim on a
 * {@link #PART} of the archipelago; a claim on the archipelago is a claim on the {@link #WHOLE}
 * the island belongs to. See {@link DisputeModel#containment(TerritoryId, TerritoryId)}.
 */
public enum Containment {
  /** It is the territory asked about. */
  SAME,
  /** It lies within the territory asked about, at any depth. */
  PART,
  /** It contains the territory asked about, at any depth. */
  WHOLE;
}
