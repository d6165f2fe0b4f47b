package eu.aimarket.matching;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.common.ServiceUnavailable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * How callers meet a snapshot build that fails or takes long: refused at once with a 503 rather
 * than left waiting, and served as soon as a later build succeeds; served the previous snapshot
 * within the allowed lag while a newer one is built; and catalogue changes arriving during a build
 * folded into one next build.
 */
class CatalogSnapshotsTest {

  private static final Duration LONG_WAIT = Duration.ofSeconds(30);
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(5);

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
            Duration.ofMillis(200),
            Duration.ZERO);

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
            Duration.ofSeconds(5),
            Duration.ZERO);

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

  @Test
  void previousSnapshotIsServedWithinTheLagWhileTheNewerOneIsBuilt() throws Exception {
    AtomicLong latest = new AtomicLong(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Long> built = new CopyOnWriteArrayList<>();
    CatalogSnapshots snapshots =
        new CatalogSnapshots(
            latest::get, blockingAfterFirst(built, release), LONG_WAIT, RETRY_PAUSE, LONG_WAIT);
    assertEquals(1, snapshots.current().catalogVersion());

    latest.set(2);
    // The build of version 2 is held: callers get version 1 at once rather than waiting.
    assertEquals(1, snapshots.current().catalogVersion());
    assertEquals(1, snapshots.current().catalogVersion());
    release.countDown();
    CatalogSnapshot newer =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(snapshots::current, s -> s.catalogVersion() == 2);
    assertEquals(2, newer.catalogVersion());
    assertEquals(List.of(1L, 2L), built);
  }

  @Test
  void pastTheLagCallersWaitForTheNewerSnapshot() throws Exception {
    AtomicLong latest = new AtomicLong(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Long> built = new CopyOnWriteArrayList<>();
    CatalogSnapshots snapshots =
        new CatalogSnapshots(
            latest::get,
            blockingAfterFirst(built, release),
            Duration.ofMillis(300),
            RETRY_PAUSE,
            Duration.ofMillis(50));
    assertEquals(1, snapshots.current().catalogVersion());

    latest.set(2);
    assertEquals(1, snapshots.current().catalogVersion());
    // Once the lag has passed, callers wait for the held build and are refused after their wait.
    await().atMost(Duration.ofSeconds(10)).until(() -> currentOrNull(snapshots) == null);
    ServiceUnavailable refused = assertThrows(ServiceUnavailable.class, snapshots::current);
    assertTrue(refused.getMessage().contains("still being loaded"), refused.getMessage());
    release.countDown();
    assertEquals(
        2,
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> currentOrNull(snapshots), s -> s != null)
            .catalogVersion());
  }

  @Test
  void versionsArrivingDuringABuildAreFoldedIntoOneNextBuild() throws Exception {
    AtomicLong latest = new AtomicLong(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Long> built = new CopyOnWriteArrayList<>();
    CatalogSnapshots snapshots =
        new CatalogSnapshots(
            latest::get, blockingAfterFirst(built, release), LONG_WAIT, RETRY_PAUSE, LONG_WAIT);
    assertEquals(1, snapshots.current().catalogVersion());

    latest.set(2);
    assertEquals(1, snapshots.current().catalogVersion());
    await().atMost(Duration.ofSeconds(10)).until(() -> built.contains(2L));
    for (long version = 3; version <= 6; version++) {
      latest.set(version);
      assertEquals(1, snapshots.current().catalogVersion());
    }
    release.countDown();
    await().atMost(Duration.ofSeconds(10)).until(snapshots::current, s -> s.catalogVersion() == 6);
    // Version 2's build was under way when 3 to 6 arrived; one more build caught up with all.
    assertEquals(List.of(1L, 2L, 6L), built);
  }

  /** Builds version 1 at once and holds every later build until {@code release} opens. */
  private static java.util.function.LongFunction<CatalogSnapshot> blockingAfterFirst(
      List<Long> built, CountDownLatch release) {
    return version -> {
      built.add(version);
      if (version > 1) {
        try {
          release.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      return CatalogSnapshot.of(version, List.of());
    };
  }

  private static CatalogSnapshot currentOrNull(CatalogSnapshots snapshots) {
    try {
      return snapshots.current();
    } catch (ServiceUnavailable stillRefused) {
      return null;
    }
  }
}
