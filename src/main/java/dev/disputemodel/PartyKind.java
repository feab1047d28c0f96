package dev.disputemodel;

/** What kind of actor a {@link Party} is. */
public enum PartyKind {
  /** A sovereign state recognized by most others (Armenia, Azerbaijan). */
  STATE,
  /** A state with partial or no recognition that governs territory (the Republic of Artsakh). */
  DE_FACTO_STATE,
  /** A body of a state's government, such as a ministry of defence; it acts for its state. */
  GOVERNMENT_BODY,
  /** A non-state armed organization. */
  ARMED_GROUP,
  /** An organization of states, such as the UN or the OSCE. */
  INTERNATIONAL_ORGANIZATION,
  /** A military or political alliance of states, such as the CSTO. */
  ALLIANCE,
  /** A force deployed to keep a peace, such as the Russian peacekeeping force in Nagorno-Karabakh. */
  PEACEKEEPING_MISSION,
  /**
   * A body that observes or monitors a ceasefire or a line with a deployed force, unarmed or
   * lightly armed, such as a UN observer mission.
   */
  OBSERVER_MISSION,
  /** A court or tribunal that rules on a dispute, such as the ICJ or an arbitral tribunal. */
  COURT_OR_TRIBUNAL,
  /**
   * A commission set up to handle a dispute or part of it: a boundary, mixed or conciliation
   * commission.
   */
  COMMISSION,
  /**
   * An organization that fights or campaigns for the independence or self-determination of a
   * people or territory.
   */
  LIBERATION_MOVEMENT,
  /** A person, usually speaking for a party in an office (a prime minister, a foreign minister). */
  PERSON,
  /** A publisher of news that may make claims in its own voice. */
  MEDIA_OUTLET,
  /** Any other kind of actor. */
  OTHER;
}
