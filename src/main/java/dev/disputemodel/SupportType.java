package dev.disputemodel;

/** How a {@link Supporter} supports a side of a conflict. */
public enum SupportType {
  /** With its own troops in the fighting (UCDP secondary party). */
  TROOPS,
  /** With weapons or other material. */
  ARMS,
  /** With political or diplomatic backing. */
  POLITICAL,
  /** By letting the side's fighters take refuge on its territory, out of reach of the other side. */
  SANCTUARY,
  /** By hosting the side's leadership, offices, camps or bases on its territory. */
  HOSTING,
  /** Any other support. */
  OTHER;
}
