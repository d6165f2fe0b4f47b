package eu.aimarket.catalog;

import java.util.List;

/**
 * The published catalogue as one immutable picture, held in memory by whoever keeps it current (the
 * matching module's catalogue snapshot). Catalogue browsing reads it instead of the database, so
 * counting facets over 100,000 offerings costs no query and no entity loading.
 */
public interface PublishedCatalogue {

  /** The published offerings at the latest catalogue version, in a stable order. */
  Published current();

  /**
   * @param catalogVersion the catalogue version the offerings are at; a new version is a new
   *     picture
   * @param offerings immutable, shared by every reader
   */
  record Published(long catalogVersion, List<OfferingView> offerings) {}
}
