package dev.disputemodel;

/** How deadly a conflict or one of its years is, as in the UCDP codebook. */
public enum Intensity {
  /** 25 to 999 battle-related deaths in a year. */
  MINOR,
  /** 1,000 or more battle-related deaths in a year. */
  WAR;
}
