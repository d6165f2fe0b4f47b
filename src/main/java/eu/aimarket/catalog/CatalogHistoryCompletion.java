package eu.aimarket.catalog;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Gives every offering a place in the catalogue's history when the application starts. A database
 * upgraded from a release that kept no history holds offerings without revisions, which rankings
 * would never see; after this they are part of the current catalogue version like any other.
 */
@ApplicationScoped
class CatalogHistoryCompletion {

  private static final Logger LOG = Logger.getLogger(CatalogHistoryCompletion.class);

  private final CatalogRevisions revisions;

  CatalogHistoryCompletion(CatalogRevisions revisions) {
    this.revisions = revisions;
  }

  void onStart(@Observes StartupEvent event) {
    int recorded = revisions.recordOfferingsWithoutHistory();
    if (recorded > 0) {
      LOG.infof(
          "Catalogue history: recorded %d offerings that had no revision yet under version %d",
          recorded, revisions.currentVersion());
    }
  }
}
