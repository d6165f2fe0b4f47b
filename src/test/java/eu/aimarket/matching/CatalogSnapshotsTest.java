package eu.aimarket.matching;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.common.ServiceUnavailable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * How callers meet a snapshot build that fails or takes long: refused at once with a 503 rather
 * than left waiting, and served as soon as a later build succeeds.
 */
class CatalogSnapshotsTest {

  private static final Duration LONG_WAIT = Duration.ofSeconds(30);

  @Test
  void failedBuildIsRefusedAtOnceAndRetriedAfterThePause() {
    AtomicInteger builds = new AtomicInteger();
    CatalogSnapshots snapshots =
        new CatalogSnapshots(
            () -> 7,
            version -> {
              if (builds.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
              }
              return CatalogSnapshot.of(version, List.of());
            },
            LONG_WAIT,
            Duration.ofMillis(200));

    long started = System.nanoTime();
    ServiceUnavailable refused = assertThrows(ServiceUnavailable.class, snapshots::current);
    assertTrue(
        System.nanoTime() - started < LONG_WAIT.toNanos() / 2,
        "a failed build must not keep the caller for the longest wait");
    assertEquals(1, refused.retryAfterSeconds());
    // Within the pause the failure is answered without building again.
    assertThrows(ServiceUnavailable.class, snapshots::current);

    CatalogSnapshot snapshot =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> currentOrNull(snapshots), s -> s != null);
    assertEquals(7, snapshot.catalogVersion());
    assertEquals(2, builds.get());
  }

  @Test
  void buildLongerThanTheWaitIsRefusedThenServedWithoutASecondBuild() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger builds = new AtomicInteger();
    CatalogSnapshots snapshots =
        new CatalogSnapshots(
            () -> 3,
            version -> {
              builds.incrementAndGet();
              try {
                release.await();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
              return CatalogSnapshot.of(version, List.of());
            },
            Duration.ofMillis(100),
            Duration.ofSeconds(5));

    ServiceUnavailable refused = assertThrows(ServiceUnavailable.class, snapshots::current);
    assertTrue(refused.getMessage().contains("still being loaded"), refused.getMessage());
    release.countDown();

    CatalogSnapshot snapshot =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> currentOrNull(snapshots), s -> s != null);
    assertEquals(3, snapshot.catalogVersion());
    assertEquals(1, builds.get());
  }

  private static CatalogSnapshot currentOrNull(CatalogSnapshots snapshots) {
    try {
      return snapshots.current();
    } catch (ServiceUnavailable stillRefused) {
      return null;
    }
  }
}
