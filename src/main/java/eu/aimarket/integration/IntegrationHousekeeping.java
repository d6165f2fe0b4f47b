package eu.aimarket.integration;

import eu.aimarket.integration.idempotency.IdempotencyStore;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Forgets what no one may ask for any more: expired idempotency keys and old entries of the webhook
 * delivery log. Deleting is idempotent, so replicas may do it at the same time.
 */
@ApplicationScoped
public class IntegrationHousekeeping {

  private static final Logger LOG = Logger.getLogger(IntegrationHousekeeping.class);

  private final IdempotencyStore idempotency;
  private final WebhookOutbox outbox;

  IntegrationHousekeeping(IdempotencyStore idempotency, WebhookOutbox outbox) {
    this.idempotency = idempotency;
    this.outbox = outbox;
  }

  @Scheduled(
      identity = "integration-housekeeping",
      every = "1h",
      delayed = "1m",
      concurrentExecution = ConcurrentExecution.SKIP)
  void forgetExpired() {
    long keys = idempotency.forgetExpired();
    long deliveries = outbox.forgetOldDeliveries();
    if (keys > 0 || deliveries > 0) {
      LOG.infof(
          "Forgot %d expired idempotency keys and %d old webhook deliveries", keys, deliveries);
    }
  }
}
