package eu.aimarket.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How rankings and catalogue searches meet snapshot builds ({@code aimarket.matching.snapshot-*}).
 */
@ConfigMapping(prefix = "aimarket.matching.snapshot")
public interface SnapshotConfig {

  /** How long a caller waits for a snapshot build under way before it is answered 503. */
  @WithDefault("30s")
  Duration waitAtMost();

  /**
   * How long after a newer catalogue version appeared callers may still be served the previous
   * snapshot while the newer one is built; zero makes every caller wait for the newest.
   */
  @WithDefault("2s")
  Duration lag();
}
