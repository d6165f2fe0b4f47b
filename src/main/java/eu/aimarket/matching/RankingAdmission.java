package eu.aimarket.matching;

import eu.aimarket.common.ServiceUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds how many rankings run at once. A ranking is pure computation, so more of them at once than
 * there are cores only makes each slower; past that, requests wait in a short queue, and when the
 * queue is full or a request has waited too long it is refused with a 503 and {@code Retry-After}
 * instead of piling up until something times out with a 500.
 */
@ApplicationScoped
public class RankingAdmission {

  static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  private final Semaphore running;
  private final int queueLength;
  private final Duration longestWait;
  private final AtomicInteger waiting = new AtomicInteger();

  @Inject
  RankingAdmission(
      @ConfigProperty(name = "aimarket.matching.queue-length", defaultValue = "64") int queueLength,
      @ConfigProperty(name = "aimarket.matching.queue-wait", defaultValue = "10s")
          Duration longestWait) {
    this(Math.max(2, Runtime.getRuntime().availableProcessors()), queueLength, longestWait);
  }

  RankingAdmission(int concurrentRankings, int queueLength, Duration longestWait) {
    this.running = new Semaphore(concurrentRankings, true);
    this.queueLength = queueLength;
    this.longestWait = longestWait;
  }

  /** Runs {@code ranking} once a place is free, or refuses it when the machine is saturated. */
  <T> T rank(Supplier<T> ranking) {
    if (!running.tryAcquire()) {
      await();
    }
    try {
      return ranking.get();
    } finally {
      running.release();
    }
  }

  private void await() {
    if (waiting.incrementAndGet() > queueLength) {
      waiting.decrementAndGet();
      throw overloaded();
    }
    try {
      if (!running.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw overloaded();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw overloaded();
    } finally {
      waiting.decrementAndGet();
    }
  }

  private static ServiceUnavailable overloaded() {
    return new ServiceUnavailable(
        "Too many rankings are under way; try again in a moment", RETRY_AFTER);
  }
}
