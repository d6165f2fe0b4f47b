package eu.aimarket.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * Moves the packaged application's clock from an integration test: the application reads its offset
 * from a file (see {@code ClockProducer}), which {@link #advance} rewrites. Tests move time past
 * deadlines this way instead of sleeping.
 */
public class MovableClock implements QuarkusTestResourceLifecycleManager {

  private static Path file;
  private static Duration offset = Duration.ZERO;

  @Override
  public Map<String, String> start() {
    try {
      file = Files.createTempFile("aimarket-clock-offset", ".txt");
      offset = Duration.ZERO;
      write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of("aimarket.testing.clock-offset-file", file.toString());
  }

  @Override
  public void stop() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves the application's time forward by the given amount. */
  public static synchronized void advance(Duration by) {
    offset = offset.plus(by);
    write();
  }

  private static void write() {
    try {
      Path next = Files.createTempFile(file.getParent(), "aimarket-clock-offset", ".next");
      Files.writeString(next, offset.toString());
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
