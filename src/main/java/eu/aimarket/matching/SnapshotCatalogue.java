package eu.aimarket.matching;

import eu.aimarket.catalog.PublishedCatalogue;
import jakarta.enterprise.context.ApplicationScoped;

/** The published catalogue as the current matching snapshot holds it. */
@ApplicationScoped
class SnapshotCatalogue implements PublishedCatalogue {

  private final CatalogSnapshots snapshots;

  SnapshotCatalogue(CatalogSnapshots snapshots) {
    this.snapshots = snapshots;
  }

  @Override
  public Published current() {
    CatalogSnapshot snapshot = snapshots.current();
    return new Published(snapshot.catalogVersion(), snapshot.offerings());
  }
}
