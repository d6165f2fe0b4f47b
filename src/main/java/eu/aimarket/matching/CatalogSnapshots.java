package eu.aimarket.matching;

import eu.aimarket.catalog.CatalogRevisions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands out catalogue snapshots. The current one is rebuilt when the catalogue version moves on,
 * whichever replica moved it: {@link CatalogRevisions#latestVersion()} learns of other replicas'
 * changes within a second or two without a query per request. Snapshots of past versions (for
 * replays) are kept in a small cache.
 */
@ApplicationScoped
public class CatalogSnapshots {

  private static final int PAST_VERSIONS_KEPT = 8;

  private final CatalogRevisions revisions;
  private volatile CatalogSnapshot current;
  private final Map<Long, CatalogSnapshot> past =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, CatalogSnapshot> eldest) {
          return size() > PAST_VERSIONS_KEPT;
        }
      };

  CatalogSnapshots(CatalogRevisions revisions) {
    this.revisions = revisions;
  }

  /** The snapshot of the catalogue as it is now. */
  public CatalogSnapshot current() {
    long version = revisions.latestVersion();
    CatalogSnapshot snapshot = current;
    if (snapshot != null && snapshot.catalogVersion() == version) {
      return snapshot;
    }
    synchronized (this) {
      if (current == null || current.catalogVersion() != version) {
        current = CatalogSnapshot.of(version, revisions.publishedAt(version));
      }
      return current;
    }
  }

  /** The snapshot of the catalogue as it was at a version. */
  public CatalogSnapshot at(long version) {
    CatalogSnapshot snapshot = current;
    if (snapshot != null && snapshot.catalogVersion() == version) {
      return snapshot;
    }
    synchronized (past) {
      CatalogSnapshot cached = past.get(version);
      if (cached != null) {
        return cached;
      }
    }
    CatalogSnapshot built = CatalogSnapshot.of(version, revisions.publishedAt(version));
    synchronized (past) {
      past.put(version, built);
    }
    return built;
  }
}
