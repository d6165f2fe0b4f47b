package eu.aimarket.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per key (a subject or a client address), refilled continuously: {@code capacity}
 * tokens over {@code period}. Kept in this process's memory, which is enough to blunt brute force
 * and runaway clients on each replica.
 */
final class TokenBuckets {

  /** Whether a request may go ahead and, if not, how many whole seconds until it may. */
  record Decision(boolean allowed, long retryAfterSeconds) {}

  private final Clock clock;
  private final int capacity;
  private final double nanosPerToken;
  private final int maxKeys;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  TokenBuckets(Clock clock, int capacity, Duration period, int maxKeys) {
    if (capacity < 1 || period.isZero() || period.isNegative() || maxKeys < 1) {
      throw new IllegalArgumentException(
          "A rate limit needs a capacity of at least 1, a positive period and room for one client");
    }
    this.clock = clock;
    this.capacity = capacity;
    this.nanosPerToken = (double) period.toNanos() / capacity;
    this.maxKeys = maxKeys;
  }

  /** Takes a token for {@code key} if one is left. */
  Decision tryTake(String key) {
    long now = nanosNow();
    if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
      forgetFullBuckets(now);
    }
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
    synchronized (bucket) {
      bucket.refill(now, capacity, nanosPerToken);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return new Decision(true, 0);
      }
      return new Decision(false, secondsUntilNextToken(bucket));
    }
  }

  /** Whether {@code key} has no token left, without taking one. */
  Decision peek(String key) {
    Bucket bucket = buckets.get(key);
    if (bucket == null) {
      return new Decision(true, 0);
    }
    synchronized (bucket) {
      bucket.refill(nanosNow(), capacity, nanosPerToken);
      return bucket.tokens >= 1
          ? new Decision(true, 0)
          : new Decision(false, secondsUntilNextToken(bucket));
    }
  }

  int trackedKeys() {
    return buckets.size();
  }

  private long secondsUntilNextToken(Bucket bucket) {
    double missingSeconds = (1 - bucket.tokens) * nanosPerToken / 1_000_000_000d;
    // Whole seconds, rounded up, but not past a boundary that floating point merely grazed.
    return Math.max(1, (long) Math.ceil(missingSeconds - 1e-6));
  }

  /**
   * A full bucket holds nothing worth remembering: forgetting it changes no decision. When even
   * that is not enough (many clients at once), the oldest state goes, which errs towards allowing.
   */
  private void forgetFullBuckets(long now) {
    buckets
        .entrySet()
        .removeIf(
            e -> {
              Bucket bucket = e.getValue();
              synchronized (bucket) {
                bucket.refill(now, capacity, nanosPerToken);
                return bucket.tokens >= capacity;
              }
            });
    if (buckets.size() >= maxKeys) {
      buckets.clear();
    }
  }

  private long nanosNow() {
    java.time.Instant instant = clock.instant();
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  private static final class Bucket {
    private double tokens;
    private long updatedNanos;

    Bucket(int capacity, long now) {
      this.tokens = capacity;
      this.updatedNanos = now;
    }

    void refill(long now, int capacity, double nanosPerToken) {
      if (now > updatedNanos) {
        tokens = Math.min(capacity, tokens + (now - updatedNanos) / nanosPerToken);
        updatedNanos = now;
      }
    }
  }
}
