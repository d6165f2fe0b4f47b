package eu.aimarket.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Real time plus an offset read from a file (an ISO-8601 duration such as {@code P29D}), re-read
 * whenever the file changes: lets an integration test move the packaged application's time past a
 * deadline instead of waiting for it. A test writes the file whole (write then move), so a read
 * never sees half of it.
 */
final class OffsetFileClock extends Clock {

  private final Path file;

  OffsetFileClock(Path file) {
    this.file = file;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset());
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset());
  }

  /** Read on every call: only tests use this clock, and a test's change must show at once. */
  private Duration offset() {
    try {
      if (!Files.exists(file)) {
        return Duration.ZERO;
      }
      String text = Files.readString(file).trim();
      return text.isEmpty() ? Duration.ZERO : Duration.parse(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
