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
import org.jboss.logging.Logger;

/**
 * Hands out catalogue snapshots. The current one is rebuilt when the catalogue version moves on,
 * whichever replica moved it: {@link CatalogRevisions#latestVersion()} learns of other replicas'
 * changes within a second or two without a query per request. Snapshots of past versions (for
 * replays) are kept in a small cache.
 *
 * <p>One build runs at a time, on a thread of its own; versions that arrive while it runs are
 * folded into the next build, so a burst of catalogue changes costs one or two builds, not one
 * each. The builder also evaluates, on the new snapshot, the policies rankings used on the old one,
 * so rankings do not pay for that either.
 *
 * <p>While a newer snapshot is being built, callers get the current one for up to {@code
 * aimarket.matching.snapshot.lag} after they first saw the newer version (rankings and catalogue
 * search then trail the catalogue by that much at most; a match run records the version it used, so
 * its replay stays exact). Past the lag, or with no snapshot yet, callers wait for the build for a
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
  private final Duration allowedLag;
  private volatile CatalogSnapshot current;

  // Guarded by "this".
  private long wantedVersion = -1;
  private boolean building;
  private CompletableFuture<CatalogSnapshot> nextPublished = new CompletableFuture<>();
  private long failedAtNanos;
  private boolean lastBuildFailed;
  private long newerSeenAtNanos;

  private final Map<Long, CatalogSnapshot> past =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, CatalogSnapshot> eldest) {
          return size() > PAST_VERSIONS_KEPT;
        }
      };

  @Inject
  CatalogSnapshots(CatalogRevisions revisions, SnapshotConfig config) {
    this(
        revisions::latestVersion,
        version -> QuarkusTransaction.requiringNew().call(() -> snapshotAt(revisions, version)),
        config.waitAtMost(),
        RETRY_PAUSE,
        config.lag());
  }

  /**
   * @param latestVersion the catalogue version rankings should see now
   * @param build reads the published catalogue at a version into a snapshot
   * @param longestWait how long a caller waits for a build under way before it is refused
   * @param retryPause how long after a failed build the next may start
   * @param allowedLag how long callers may be served the previous snapshot while a newer one is
   *     built (zero: always wait for the newest)
   */
  CatalogSnapshots(
      LongSupplier latestVersion,
      LongFunction<CatalogSnapshot> build,
      Duration longestWait,
      Duration retryPause,
      Duration allowedLag) {
    this.latestVersion = latestVersion;
    this.build = build;
    this.longestWait = longestWait;
    this.retryPause = retryPause;
    this.allowedLag = allowedLag;
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
      long version = QuarkusTransaction.requiringNew().call(latestVersion::getAsLong);
      synchronized (this) {
        request(version);
      }
    } catch (RuntimeException e) {
      // The first ranking starts the build instead; nothing is lost but time.
      LOG.warnf(e, "The catalogue snapshot could not be started in the background");
    }
  }

  /**
   * The snapshot of the catalogue as it is now, or as it was at most the allowed lag ago while a
   * newer one is being built.
   *
   * @throws ServiceUnavailable when it is still being built after the longest wait, or its build
   *     has just failed
   */
  public CatalogSnapshot current() {
    long version = latestVersion.getAsLong();
    CatalogSnapshot snapshot = current;
    if (snapshot != null && snapshot.catalogVersion() >= version) {
      return snapshot;
    }
    long deadline = System.nanoTime() + longestWait.toNanos();
    CompletableFuture<CatalogSnapshot> published;
    synchronized (this) {
      snapshot = current;
      if (snapshot != null && snapshot.catalogVersion() >= version) {
        return snapshot;
      }
      published = request(version);
      if (snapshot != null && withinLag()) {
        return snapshot;
      }
    }
    return awaitVersion(version, published, deadline);
  }

  /**
   * Asks for a snapshot of at least {@code version}: starts the builder unless it runs (it takes
   * the newest version asked for when it starts its next build), and gives the future of the next
   * snapshot it publishes.
   */
  private CompletableFuture<CatalogSnapshot> request(long version) {
    wantedVersion = Math.max(wantedVersion, version);
    if (!building) {
      if (lastBuildFailed && System.nanoTime() - failedAtNanos < retryPause.toNanos()) {
        throw new ServiceUnavailable(
            "The catalogue could not be loaded; it is tried again in a few seconds", retryPause);
      }
      building = true;
      Thread builder = new Thread(this::buildUntilCurrent, "catalog-snapshot-builder");
      builder.setDaemon(true);
      builder.start();
    }
    return nextPublished;
  }

  /** Whether the current snapshot may still be served: a newer version was first seen lately. */
  private boolean withinLag() {
    if (allowedLag.isZero() || allowedLag.isNegative()) {
      return false;
    }
    long now = System.nanoTime();
    if (newerSeenAtNanos == 0) {
      newerSeenAtNanos = now;
    }
    return now - newerSeenAtNanos < allowedLag.toNanos();
  }

  /** The builder thread: builds the newest version asked for until the current one is it. */
  private void buildUntilCurrent() {
    while (true) {
      long version;
      CatalogSnapshot previous;
      synchronized (this) {
        version = wantedVersion;
        previous = current;
      }
      CatalogSnapshot built;
      try {
        built = build.apply(version);
        if (previous != null) {
          built.preparePoliciesOf(previous);
        }
      } catch (Throwable e) {
        // OutOfMemoryError included: the partial snapshot is garbage now, and the next request
        // after the pause tries again.
        LOG.errorf(e, "The catalogue snapshot of version %d could not be built", version);
        CompletableFuture<CatalogSnapshot> failed;
        synchronized (this) {
          building = false;
          lastBuildFailed = true;
          failedAtNanos = System.nanoTime();
          failed = nextPublished;
          nextPublished = new CompletableFuture<>();
        }
        failed.completeExceptionally(e);
        return;
      }
      CompletableFuture<CatalogSnapshot> published;
      boolean done;
      synchronized (this) {
        if (current == null || current.catalogVersion() < built.catalogVersion()) {
          current = built;
        }
        lastBuildFailed = false;
        newerSeenAtNanos = 0;
        published = nextPublished;
        nextPublished = new CompletableFuture<>();
        done = wantedVersion <= current.catalogVersion();
        if (done) {
          building = false;
        }
      }
      published.complete(built);
      if (done) {
        return;
      }
    }
  }

  /** Waits until a snapshot of at least {@code version} is published, until the deadline. */
  private CatalogSnapshot awaitVersion(
      long version, CompletableFuture<CatalogSnapshot> published, long deadline) {
    while (true) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw stillLoading();
      }
      CatalogSnapshot snapshot;
      try {
        snapshot = published.get(remaining, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        throw stillLoading();
      } catch (ExecutionException e) {
        throw new ServiceUnavailable(
            "The catalogue could not be loaded; it is tried again in a few seconds", retryPause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ServiceUnavailable("The catalogue is not available now", retryPause);
      }
      if (snapshot.catalogVersion() >= version) {
        return snapshot;
      }
      synchronized (this) {
        CatalogSnapshot newest = current;
        if (newest != null && newest.catalogVersion() >= version) {
          return newest;
        }
        published = request(version);
      }
    }
  }

  private ServiceUnavailable stillLoading() {
    return new ServiceUnavailable(
        "The catalogue is still being loaded; try again in a few seconds", retryPause);
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
}
