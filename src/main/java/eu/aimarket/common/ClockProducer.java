package eu.aimarket.common;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The time source. Tests replace it to move time instead of sleeping: in-process tests with an
 * alternative bean, and integration tests of the packaged application through {@code
 * aimarket.testing.clock-offset-file}, a file holding how far ahead of real time the application
 * runs. That file is never read in production.
 */
@ApplicationScoped
public class ClockProducer {

  private static final Logger LOG = Logger.getLogger(ClockProducer.class);

  @Produces
  @DefaultBean
  @Singleton
  Clock clock(TestingConfig testing) {
    Optional<Path> offsetFile = testing.clockOffsetFile();
    if (offsetFile.isEmpty()) {
      return Clock.systemUTC();
    }
    if (ConfigUtils.getProfiles().contains("prod")) {
      LOG.error(
          "aimarket.testing.clock-offset-file is ignored in production: the clock stays real");
      return Clock.systemUTC();
    }
    return new OffsetFileClock(offsetFile.get());
  }
}
