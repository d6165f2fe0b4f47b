package eu.aimarket.integration;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * UUIDs whose first 48 bits are the creation time in milliseconds (the layout of UUID version 7),
 * so that ordering rows by id orders them by creation, and a log can page by id.
 */
final class TimeOrderedIds {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TimeOrderedIds() {}

  static UUID at(Instant time) {
    long millis = time.toEpochMilli();
    long randomA = RANDOM.nextLong();
    long randomB = RANDOM.nextLong();
    long most = (millis << 16) | 0x7000L | (randomA & 0x0FFFL);
    long least = (randomB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }
}
