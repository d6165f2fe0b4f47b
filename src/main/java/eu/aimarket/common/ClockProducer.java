package eu.aimarket.common;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The time source; tests replace it to move time instead of sleeping. */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @DefaultBean
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
