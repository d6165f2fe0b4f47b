package eu.aimarket.common;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** Settings only integration tests use ({@code aimarket.testing.*}); empty in production. */
@ConfigMapping(prefix = "aimarket.testing")
public interface TestingConfig {

  /** A file holding how far ahead of real time the application's clock runs (e.g. P29D). */
  Optional<Path> clockOffsetFile();
}
