package dev.disputemodel;

/** How a {@link Supporter} supports a side of a conflict. */
public enum SupportType {
  /** With its own troops in the fighting (UCDP secondary party). */
  TROOPS,
  /** With weapons or other material. */
  ARMS,
  /** With political or diplomatic backing. */
  POLITICAL,
  /** Any other support. */
  OTHER;
}
