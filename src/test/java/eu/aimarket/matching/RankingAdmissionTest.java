package eu.aimarket.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.common.ServiceUnavailable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Rankings past the machine's capacity wait in a short queue, and past it are refused with 503. */
class RankingAdmissionTest {

  @Test
  void queuedRankingRunsWhenAPlaceFrees() throws Exception {
    RankingAdmission admission = new RankingAdmission(1, 1, Duration.ofSeconds(30));
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(() -> admission.rank(() -> hold(running, release, "first")));
    assertTrue(running.await(10, TimeUnit.SECONDS));
    CompletableFuture<String> second =
        CompletableFuture.supplyAsync(() -> admission.rank(() -> "second"));
    release.countDown();
    assertEquals("first", first.get(10, TimeUnit.SECONDS));
    assertEquals("second", second.get(10, TimeUnit.SECONDS));
  }

  @Test
  void rankingBeyondTheQueueIsRefusedAtOnce() throws Exception {
    RankingAdmission admission = new RankingAdmission(1, 0, Duration.ofSeconds(30));
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(() -> admission.rank(() -> hold(running, release, "first")));
    assertTrue(running.await(10, TimeUnit.SECONDS));

    long started = System.nanoTime();
    ServiceUnavailable refused =
        assertThrows(ServiceUnavailable.class, () -> admission.rank(() -> "second"));
    assertTrue(System.nanoTime() - started < Duration.ofSeconds(5).toNanos());
    assertEquals(1, refused.retryAfterSeconds());
    release.countDown();
    assertEquals("first", first.get(10, TimeUnit.SECONDS));
    assertEquals("third", admission.rank(() -> "third"));
  }

  @Test
  void rankingThatWaitsTooLongIsRefused() throws Exception {
    RankingAdmission admission = new RankingAdmission(1, 4, Duration.ofMillis(100));
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(() -> admission.rank(() -> hold(running, release, "first")));
    assertTrue(running.await(10, TimeUnit.SECONDS));
    assertThrows(ServiceUnavailable.class, () -> admission.rank(() -> "second"));
    release.countDown();
    assertEquals("first", first.get(10, TimeUnit.SECONDS));
  }

  private static String hold(CountDownLatch running, CountDownLatch release, String result) {
    running.countDown();
    try {
      release.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    return result;
  }
}
