package eu.aimarket.integration.ocds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How the marketplace publishes open contracting data ({@code aimarket.ocds.*}). */
@ConfigMapping(prefix = "aimarket.ocds")
public interface OcdsConfig {

  /**
   * The prefix of every contracting process id (ocid): {@code ocds-} and six characters, registered
   * with the Open Contracting Partnership by whoever publishes the data.
   */
  @WithDefault("ocds-aimkt0")
  String ocidPrefix();

  /** Who publishes the packages. */
  @WithDefault("ai-marketplace")
  String publisherName();

  /** A URI that identifies the publisher, when it has one. */
  Optional<String> publisherUri();
}
