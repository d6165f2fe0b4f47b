package eu.aimarket.catalog;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Knows the latest catalogue version without a query per request, and learns of changes made by
 * other replicas within a second or two. A change announces its version with PostgreSQL's {@code
 * NOTIFY} when it commits; one connection per replica listens. Notifications are not stored, so one
 * sent while that connection was broken is lost: the listener therefore also reads the version
 * itself every {@code aimarket.catalog.version-check-every} (a primary-key read). While it cannot
 * confirm the version in time (no connection, or not PostgreSQL), it knows nothing and callers ask
 * the database on every use.
 */
@ApplicationScoped
public class CatalogVersionWatch {

  static final String CHANNEL = "catalog_version";
  private static final Logger LOG = Logger.getLogger(CatalogVersionWatch.class);
  private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

  private final TransactionSynchronizationRegistry transactions;
  private final boolean postgres;
  private final Duration checkEvery;
  private final String url;
  private final Optional<String> username;
  private final Optional<String> password;
  private final AtomicLong latest = new AtomicLong(-1);
  private volatile long confirmedAtNanos;
  private volatile boolean running;
  private volatile Thread listener;
  private volatile Connection connection;

  CatalogVersionWatch(
      TransactionSynchronizationRegistry transactions,
      @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
      CatalogConfig config,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this.transactions = transactions;
    this.postgres = "postgresql".equalsIgnoreCase(dbKind) && url.isPresent();
    this.checkEvery = config.versionCheckEvery();
    this.url = url.orElse(null);
    this.username = username;
    this.password = password;
  }

  void onStart(@Observes StartupEvent event) {
    if (!postgres) {
      return;
    }
    running = true;
    Thread thread = new Thread(this::listen, "catalog-version-listener");
    thread.setDaemon(true);
    listener = thread;
    thread.start();
  }

  void onStop(@Observes ShutdownEvent event) {
    running = false;
    Thread thread = listener;
    if (thread != null) {
      thread.interrupt();
    }
    closeQuietly(connection);
  }

  /**
   * The latest catalogue version, if this replica has confirmed it recently enough that no change
   * can have slipped by unnoticed for longer than the check period.
   */
  public OptionalLong latestKnown() {
    long version = latest.get();
    if (version < 0 || System.nanoTime() - confirmedAtNanos > 3 * checkEvery.toNanos()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(version);
  }

  /**
   * Tells every replica of a new version when the current transaction commits: this one at once (so
   * a writer reads its own change on its next request), the others through {@code NOTIFY}, which
   * PostgreSQL delivers only on commit.
   */
  void announce(long version) {
    if (postgres) {
      Panache.getEntityManager()
          .createNativeQuery("select pg_notify(?1, ?2)")
          .setParameter(1, CHANNEL)
          .setParameter(2, Long.toString(version))
          .getSingleResult();
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              latest.accumulateAndGet(version, Math::max);
            }
          }
        });
  }

  private void listen() {
    while (running) {
      try (Connection listening =
          DriverManager.getConnection(url, username.orElse(null), password.orElse(null))) {
        connection = listening;
        try (Statement statement = listening.createStatement()) {
          statement.execute("listen " + CHANNEL);
        }
        PGConnection notifications = listening.unwrap(PGConnection.class);
        long checkedAt = check(listening);
        while (running) {
          long waitMillis =
              Math.max(1, checkEvery.toMillis() - (System.nanoTime() - checkedAt) / 1_000_000);
          PGNotification[] received = notifications.getNotifications((int) waitMillis);
          if (received != null) {
            for (PGNotification notification : received) {
              latest.accumulateAndGet(Long.parseLong(notification.getParameter()), Math::max);
            }
          }
          if (System.nanoTime() - checkedAt >= checkEvery.toNanos()) {
            checkedAt = check(listening);
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          LOG.warnf(
              "Lost the catalogue version listener (%s); asking the database on every use until"
                  + " it is back",
              e.getMessage());
          pause();
        }
      } finally {
        connection = null;
      }
    }
  }

  /** Reads the version and confirms it; returns when, in {@link System#nanoTime()}. */
  private long check(Connection listening) throws SQLException {
    try (Statement statement = listening.createStatement();
        ResultSet result =
            statement.executeQuery("select version from catalog_version where id = 1")) {
      result.next();
      latest.accumulateAndGet(result.getLong(1), Math::max);
    }
    long now = System.nanoTime();
    confirmedAtNanos = now;
    return now;
  }

  private void pause() {
    try {
      Thread.sleep(RECONNECT_DELAY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.debug("Closing the catalogue version listener", e);
    }
  }
}
