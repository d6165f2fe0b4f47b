package eu.aimarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lock's side of "once per period": every replica's scheduler fires, one of them runs. */
@QuarkusTest
class ScheduledJobLockTest {

  private static final Duration HOUR = Duration.ofHours(1);

  @Inject ScheduledJobLock lock;
  @Inject TestClock clock;

  private final AtomicInteger runs = new AtomicInteger();
  private final String job = "test-job-" + UUID.randomUUID();

  /** To the middle of an hour, so that no test straddles a period's end by chance. */
  @BeforeEach
  void toTheMiddleOfAPeriod() {
    long intoHour = clock.instant().toEpochMilli() % HOUR.toMillis();
    clock.advance(Duration.ofMillis(HOUR.toMillis() - intoHour).plusMinutes(30));
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aJobFiredAgainInTheSamePeriodDoesNotRunAgain() {
    assertTrue(lock.runOncePerPeriod(job, HOUR, runs::incrementAndGet));
    assertFalse(lock.runOncePerPeriod(job, HOUR, runs::incrementAndGet));
    clock.advance(Duration.ofMinutes(20));
    assertFalse(lock.runOncePerPeriod(job, HOUR, runs::incrementAndGet));

    assertEquals(1, runs.get());
  }

  @Test
  void theNextPeriodRunsItAgain() {
    assertTrue(lock.runOncePerPeriod(job, HOUR, runs::incrementAndGet));
    clock.advance(HOUR);
    assertTrue(lock.runOncePerPeriod(job, HOUR, runs::incrementAndGet));

    assertEquals(2, runs.get());
  }

  @Test
  void aLongerPeriodAfterAShorterOneRunsInItsOwnNextPeriod() {
    assertTrue(lock.runOncePerPeriod(job, Duration.ofSeconds(2), runs::incrementAndGet));
    assertFalse(
        lock.runOncePerPeriod(job, HOUR, runs::incrementAndGet),
        "this hour's period began before the run that just happened");
    clock.advance(HOUR);
    assertTrue(lock.runOncePerPeriod(job, HOUR, runs::incrementAndGet));

    assertEquals(2, runs.get());
  }
}
