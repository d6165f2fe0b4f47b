package eu.aimarket.matching;

import eu.aimarket.catalog.CatalogRevisions;
import eu.aimarket.common.ServiceUnavailable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Hands out catalogue snapshots. The current one is rebuilt when the catalogue version moves on,
 * whichever replica moved it: {@link CatalogRevisions#latestVersion()} learns of other replicas'
 * changes within a second or two without a query per request. Snapshots of past versions (for
 * replays) are kept in a small cache.
 *
 * <p>A snapshot is built on a thread of its own, one build at a time, and callers wait for it for a
 * bounded time: a request that would wait longer, or that comes while the last build has just
 * failed (a large catalogue can run the heap out), is refused at once with a 503 and {@code
 * Retry-After} instead of hanging. After a failure the next request past a short pause starts a new
 * build, so a passing fault heals without a restart.
 */
@ApplicationScoped
public class CatalogSnapshots {

  private static final Logger LOG = Logger.getLogger(CatalogSnapshots.class);
  private static final int PAST_VERSIONS_KEPT = 8;

  /** How long after a failed build the next one may start; requests meanwhile fail at once. */
  static final Duration RETRY_PAUSE = Duration.ofSeconds(5);

  private final LongSupplier latestVersion;
  private final LongFunction<CatalogSnapshot> build;
  private final Duration longestWait;
  private final Duration retryPause;
  private volatile CatalogSnapshot current;
  private Build building;
  private final Map<Long, CatalogSnapshot> past =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, CatalogSnapshot> eldest) {
          return size() > PAST_VERSIONS_KEPT;
        }
      };

  @Inject
  CatalogSnapshots(
      CatalogRevisions revisions,
      @ConfigProperty(name = "aimarket.matching.snapshot-wait", defaultValue = "30s")
          Duration longestWait) {
    this(
        revisions::latestVersion,
        version -> QuarkusTransaction.requiringNew().call(() -> snapshotAt(revisions, version)),
        longestWait,
        RETRY_PAUSE);
  }

  /**
   * @param latestVersion the catalogue version rankings should see now
   * @param build reads the published catalogue at a version into a snapshot
   * @param longestWait how long a caller waits for a build under way before it is refused
   * @param retryPause how long after a failed build the next may start
   */
  CatalogSnapshots(
      LongSupplier latestVersion,
      LongFunction<CatalogSnapshot> build,
      Duration longestWait,
      Duration retryPause) {
    this.latestVersion = latestVersion;
    this.build = build;
    this.longestWait = longestWait;
    this.retryPause = retryPause;
  }

  private static CatalogSnapshot snapshotAt(CatalogRevisions revisions, long version) {
    CatalogSnapshot.Builder builder = new CatalogSnapshot.Builder(version);
    revisions.forEachPublishedAt(version, builder::add);
    return builder.build();
  }

  /**
   * Starts building the first snapshot once the application has started: start-up and readiness do
   * not wait for a large catalogue, and the first ranking usually finds the snapshot ready (else it
   * waits for the build under way instead of starting another).
   */
  void buildInBackground(@Observes StartupEvent event) {
    try {
      buildOf(QuarkusTransaction.requiringNew().call(latestVersion::getAsLong));
    } catch (RuntimeException e) {
      // The first ranking starts the build instead; nothing is lost but time.
      LOG.warnf(e, "The catalogue snapshot could not be started in the background");
    }
  }

  /**
   * The snapshot of the catalogue as it is now.
   *
   * @throws ServiceUnavailable when it is still being built after the longest wait, or its build
   *     has just failed
   */
  public CatalogSnapshot current() {
    long version = latestVersion.getAsLong();
    CatalogSnapshot snapshot = current;
    if (snapshot != null && snapshot.catalogVersion() == version) {
      return snapshot;
    }
    return await(buildOf(version));
  }

  /** The build that gives the snapshot of {@code version}: the one under way, or a new one. */
  private synchronized Build buildOf(long version) {
    if (current != null && current.catalogVersion() == version) {
      return Build.of(current);
    }
    if (building != null && building.version == version) {
      boolean failed = building.result.isCompletedExceptionally();
      if (!failed || System.nanoTime() - building.finishedNanos < retryPause.toNanos()) {
        return building;
      }
    }
    Build started = new Build(version);
    building = started;
    Thread builder =
        new Thread(
            () -> {
              try {
                CatalogSnapshot built = build.apply(version);
                publish(built);
                started.result.complete(built);
              } catch (Throwable e) {
                // OutOfMemoryError included: the partial snapshot is garbage now, and the next
                // request after the pause tries again.
                started.finishedNanos = System.nanoTime();
                LOG.errorf(e, "The catalogue snapshot of version %d could not be built", version);
                started.result.completeExceptionally(e);
              }
            },
            "catalog-snapshot-builder");
    builder.setDaemon(true);
    builder.start();
    return started;
  }

  private synchronized void publish(CatalogSnapshot built) {
    if (current == null || current.catalogVersion() < built.catalogVersion()) {
      current = built;
    }
  }

  private CatalogSnapshot await(Build build) {
    try {
      return build.result.get(longestWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new ServiceUnavailable(
          "The catalogue is still being loaded; try again in a few seconds", retryPause);
    } catch (ExecutionException e) {
      throw new ServiceUnavailable(
          "The catalogue could not be loaded; it is tried again in a few seconds", retryPause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailable("The catalogue is not available now", retryPause);
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
    CatalogSnapshot built = build.apply(version);
    synchronized (past) {
      past.put(version, built);
    }
    return built;
  }

  /** One build of one catalogue version, which any number of callers may wait for. */
  private static final class Build {

    final long version;
    final CompletableFuture<CatalogSnapshot> result = new CompletableFuture<>();
    volatile long finishedNanos;

    Build(long version) {
      this.version = version;
    }

    static Build of(CatalogSnapshot snapshot) {
      Build done = new Build(snapshot.catalogVersion());
      done.result.complete(snapshot);
      return done;
    }
  }
}
