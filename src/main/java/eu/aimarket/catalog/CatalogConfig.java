package eu.aimarket.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the catalogue is kept in step across replicas ({@code aimarket.catalog.*}). */
@ConfigMapping(prefix = "aimarket.catalog")
public interface CatalogConfig {

  /**
   * How often each replica reads the catalogue version itself, in case a change notification from
   * another replica was lost; a change shows everywhere within this period.
   */
  @WithDefault("1s")
  Duration versionCheckEvery();
}
