package eu.aimarket.matching;

import eu.aimarket.catalog.CatalogRevisions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Hands out catalogue snapshots. The current one is rebuilt when the catalogue version moves on,
 * whichever replica moved it: {@link CatalogRevisions#latestVersion()} learns of other replicas'
 * changes within a second or two without a query per request. Snapshots of past versions (for
 * replays) are kept in a small cache.
 */
@ApplicationScoped
public class CatalogSnapshots {

  private static final Logger LOG = Logger.getLogger(CatalogSnapshots.class);
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

  /**
   * Builds the first snapshot on a thread of its own once the application has started: start-up and
   * readiness do not wait for a large catalogue, and the first ranking usually finds the snapshot
   * ready (else it waits for the build under way instead of starting another).
   */
  void buildInBackground(@Observes StartupEvent event) {
    Thread builder =
        new Thread(
            () -> {
              try {
                QuarkusTransaction.requiringNew().run(this::current);
              } catch (RuntimeException e) {
                // The first ranking builds it instead; nothing is lost but time.
                LOG.warnf(e, "The catalogue snapshot could not be built in the background");
              }
            },
            "catalog-snapshot-builder");
    builder.setDaemon(true);
    builder.start();
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
