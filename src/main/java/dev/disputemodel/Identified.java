package dev.disputemodel;

import java.util.Map;
import java.util.Optional;

/**
 * An entity that datasets and registries identify by ids of their own ({@link IdScheme}): a
 * {@link Party} or a {@link Territory}. The ids are an open set, one value per scheme; the
 * accessors here read the schemes every such entity may have.
 */
public interface Identified {
  /**
   * Returns the entity's ids in other datasets and registries, one per scheme, each valid for its
   * scheme ({@link IdScheme#check}); empty when none is known.
   */
  Map<IdScheme, String> externalIds();

  /** Returns the entity's id in {@code scheme}, if known. */
  default Optional<String> externalId(IdScheme scheme) {
    return Optional.ofNullable(externalIds().get(scheme));
  }

  /** Returns the Wikidata item id ("Q399"), if known. */
  default Optional<String> wikidataId() {
    return externalId(IdScheme.WIKIDATA);
  }

  /** Returns the ISO 3166 code ("AM", "AZE"), if any. */
  default Optional<String> iso3166() {
    return externalId(IdScheme.ISO_3166);
  }
}
