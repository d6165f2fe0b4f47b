package eu.aimarket.integration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When housekeeping runs ({@code aimarket.housekeeping.*}): once per period across replicas. */
@ConfigMapping(prefix = "aimarket.housekeeping")
public interface HousekeepingConfig {

  /** The period: one replica runs housekeeping once in each. */
  @WithDefault("1h")
  Duration every();

  /** How long after start-up a replica first tries, e.g. {@code 1m}. */
  @WithDefault("1m")
  String delayed();
}
