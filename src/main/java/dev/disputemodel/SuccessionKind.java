package dev.disputemodel;

/** How a party succeeds an earlier one, in a {@link Succession}. */
public enum SuccessionKind {
  /**
   * The same state or body under a new name and constitution: the Federal Republic of Yugoslavia
   * became Serbia and Montenegro on 4 February 2003.
   */
  RENAMING,
  /**
   * The successor continues the predecessor's legal personality after others left it: Serbia
   * continued Serbia and Montenegro from 5 June 2006.
   */
  CONTINUATION,
  /**
   * A dependent territory, or an entity proclaimed within one, became independent: British Guiana
   * became Guyana on 26 May 1966; the Turkish Federated State of Cyprus was followed by the Turkish
   * Republic of Northern Cyprus, proclaimed on 15 November 1983.
   */
  INDEPENDENCE,
  /** Two or more parties united into the successor. */
  UNIFICATION,
  /** The predecessor dissolved and the successor is one of the parties it split into. */
  DISSOLUTION,
  /** Any other succession. */
  OTHER;
}
