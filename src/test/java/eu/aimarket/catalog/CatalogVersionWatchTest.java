package eu.aimarket.catalog;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.aimarket.testsupport.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * What another replica's change looks like from here: a new catalogue version committed through
 * another connection. Without its notification (lost, as while the listening connection was
 * broken), the periodic check notices it.
 */
@QuarkusTest
class CatalogVersionWatchTest {

  @Inject CatalogVersionWatch watch;

  @Test
  void aChangeWhoseNotificationWasLostIsNoticedByTheVersionCheck() throws SQLException {
    long changed = commitNextVersion(false);

    await("the watch knows version " + changed)
        .atMost(Duration.ofSeconds(10))
        .until(() -> watch.latestKnown().orElse(-1) >= changed);
    assertEquals(OptionalLong.of(changed), watch.latestKnown());
  }

  /**
   * Commits the next catalogue version as {@link CatalogRevisions#record} would for another replica
   * that changed nothing visible; {@code notify} sends the notification with it.
   */
  static long commitNextVersion(boolean notify) throws SQLException {
    try (Connection db = TestDatabase.connect();
        Statement statement = db.createStatement()) {
      db.setAutoCommit(false);
      ResultSet next =
          statement.executeQuery(
              "update catalog_version set version = version + 1, updated_at = now() where id = 1"
                  + " returning version");
      next.next();
      long version = next.getLong(1);
      if (notify) {
        statement.execute(
            "select pg_notify('" + CatalogVersionWatch.CHANNEL + "', '" + version + "')");
      }
      db.commit();
      return version;
    }
  }
}
