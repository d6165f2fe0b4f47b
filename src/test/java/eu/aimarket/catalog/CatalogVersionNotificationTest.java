package eu.aimarket.catalog;

import static eu.aimarket.catalog.CatalogVersionWatchTest.commitNextVersion;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Another replica's change is heard through its notification, long before the next version check
 * (switched as good as off here, so that only the notification can tell of the change).
 */
@QuarkusTest
@TestProfile(CatalogVersionNotificationTest.NotificationsOnly.class)
class CatalogVersionNotificationTest {

  public static class NotificationsOnly implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("aimarket.catalog.version-check-every", "1h");
    }
  }

  @Inject CatalogVersionWatch watch;

  @Test
  void anotherReplicasChangeIsHeardThroughItsNotification() throws SQLException {
    long changed = commitNextVersion(true);

    await("the watch heard of version " + changed)
        .atMost(Duration.ofSeconds(10))
        .until(() -> watch.latestKnown().orElse(-1) >= changed);
    assertEquals(OptionalLong.of(changed), watch.latestKnown());
  }
}
