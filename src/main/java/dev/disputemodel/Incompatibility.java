package dev.disputemodel;

/** What a conflict is fought over, as in the UCDP codebook (1 territory, 2 government, 3 both). */
public enum Incompatibility {
  /** The status or control of a territory. */
  TERRITORY,
  /** The type of political system or the composition of the government. */
  GOVERNMENT,
  /** Both. */
  TERRITORY_AND_GOVERNMENT;
}
