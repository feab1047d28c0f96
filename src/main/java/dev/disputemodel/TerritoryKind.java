package dev.disputemodel;

/** What kind of place a {@link Territory} is. */
public enum TerritoryKind {
  /** The whole territory of a state. */
  COUNTRY,
  /** A region, such as Nagorno-Karabakh. */
  REGION,
  /** The areas around another territory, such as the districts around Nagorno-Karabakh. */
  SURROUNDING_AREA,
  /** A town or a group of towns or villages. */
  SETTLEMENTS,
  /** A border or the zone along it. */
  BORDER_ZONE,
  /** Any other place. */
  OTHER;
}
