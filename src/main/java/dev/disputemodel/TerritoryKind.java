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
  /** A border or the zone along it, or a ceasefire line and its buffer zone. */
  BORDER_ZONE,
  /** An island or a group of islands. */
  ISLAND,
  /** A reef, shoal, rock or other natural feature of the sea, above or below water at high tide. */
  FEATURE,
  /** A zone of sea: territorial sea, contiguous zone, exclusive economic zone, continental shelf. */
  MARITIME_ZONE,
  /** Any other place. */
  OTHER;
}
