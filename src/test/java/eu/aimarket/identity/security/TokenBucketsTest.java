package eu.aimarket.identity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final ManualClock clock = new ManualClock();

  @Test
  void allowsABurstUpToCapacityThenSaysWhenToRetry() {
    TokenBuckets buckets = new TokenBuckets(clock, 3, Duration.ofMinutes(1), 100);
    for (int i = 0; i < 3; i++) {
      assertTrue(buckets.tryTake("alice").allowed());
    }
    TokenBuckets.Decision refused = buckets.tryTake("alice");
    assertFalse(refused.allowed());
    assertEquals(20, refused.retryAfterSeconds(), "one token per 20 s");
  }

  @Test
  void refillsOverThePeriod() {
    TokenBuckets buckets = new TokenBuckets(clock, 3, Duration.ofMinutes(1), 100);
    for (int i = 0; i < 3; i++) {
      buckets.tryTake("alice");
    }
    clock.advance(Duration.ofSeconds(19));
    assertFalse(buckets.tryTake("alice").allowed());
    assertEquals(1, buckets.peek("alice").retryAfterSeconds());
    clock.advance(Duration.ofSeconds(1));
    assertTrue(buckets.tryTake("alice").allowed());
    assertFalse(buckets.tryTake("alice").allowed());
    clock.advance(Duration.ofHours(1));
    for (int i = 0; i < 3; i++) {
      assertTrue(buckets.tryTake("alice").allowed(), "never more than the capacity");
    }
    assertFalse(buckets.tryTake("alice").allowed());
  }

  @Test
  void countsEachClientOnItsOwn() {
    TokenBuckets buckets = new TokenBuckets(clock, 1, Duration.ofMinutes(1), 100);
    assertTrue(buckets.tryTake("alice").allowed());
    assertFalse(buckets.tryTake("alice").allowed());
    assertTrue(buckets.tryTake("bob").allowed());
  }

  @Test
  void peekingTakesNothing() {
    TokenBuckets buckets = new TokenBuckets(clock, 1, Duration.ofMinutes(1), 100);
    assertTrue(buckets.peek("alice").allowed());
    assertTrue(buckets.peek("alice").allowed());
    assertTrue(buckets.tryTake("alice").allowed());
    assertFalse(buckets.peek("alice").allowed());
  }

  @Test
  void forgetsIdleClientsRatherThanGrowWithoutBound() {
    TokenBuckets buckets = new TokenBuckets(clock, 2, Duration.ofMinutes(1), 3);
    buckets.tryTake("a");
    buckets.tryTake("b");
    buckets.tryTake("c");
    clock.advance(Duration.ofMinutes(2));
    buckets.tryTake("d");
    assertEquals(1, buckets.trackedKeys(), "full buckets are forgotten");
    buckets.tryTake("d");
    assertFalse(buckets.tryTake("d").allowed(), "a busy client keeps its count");
  }

  @Test
  void refusesAMeaninglessConfiguration() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TokenBuckets(clock, 0, Duration.ofMinutes(1), 10));
    assertThrows(
        IllegalArgumentException.class, () -> new TokenBuckets(clock, 1, Duration.ZERO, 10));
  }
}
