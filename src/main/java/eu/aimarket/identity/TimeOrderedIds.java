package eu.aimarket.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then a counter and random bits. Ids made
 * later sort after earlier ones in PostgreSQL and H2, so an id is also a stable cursor in time
 * order. Within one millisecond the 12-bit counter keeps ids of this process increasing.
 */
final class TimeOrderedIds {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;
  private long lastMillis = -1;
  private int counter;

  TimeOrderedIds(Clock clock) {
    this.clock = clock;
  }

  synchronized UUID next() {
    long millis = clock.millis();
    if (millis > lastMillis) {
      lastMillis = millis;
      counter = RANDOM.nextInt(1 << 10);
    } else {
      counter++;
      if (counter >= 1 << 12) {
        // More than 4096 ids in one millisecond, or the clock went back: borrow the next one.
        lastMillis++;
        counter = 0;
      }
    }
    long most = (lastMillis << 16) | (0x7L << 12) | counter;
    long least = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }
}
