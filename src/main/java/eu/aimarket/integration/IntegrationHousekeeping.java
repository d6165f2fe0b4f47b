package eu.aimarket.integration;

import eu.aimarket.common.ScheduledJobLock;
import eu.aimarket.integration.idempotency.IdempotencyStore;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Forgets what no one may ask for any more: expired idempotency keys and old entries of the webhook
 * delivery log. Every replica's scheduler fires it; the job lock lets one of them run it per
 * period.
 */
@ApplicationScoped
public class IntegrationHousekeeping {

  private static final Logger LOG = Logger.getLogger(IntegrationHousekeeping.class);

  static final String JOB = "integration-housekeeping";

  private final IdempotencyStore idempotency;
  private final WebhookOutbox outbox;
  private final ScheduledJobLock jobLock;
  private final Duration every;

  IntegrationHousekeeping(
      IdempotencyStore idempotency,
      WebhookOutbox outbox,
      ScheduledJobLock jobLock,
      HousekeepingConfig config) {
    this.idempotency = idempotency;
    this.outbox = outbox;
    this.jobLock = jobLock;
    this.every = config.every();
  }

  @Scheduled(
      identity = JOB,
      every = "${aimarket.housekeeping.every}",
      delayed = "${aimarket.housekeeping.delayed}",
      concurrentExecution = ConcurrentExecution.SKIP)
  void onSchedule() {
    jobLock.runOncePerPeriod(JOB, every, this::forgetExpired);
  }

  void forgetExpired() {
    long keys = idempotency.forgetExpired();
    long deliveries = outbox.forgetOldDeliveries();
    if (keys > 0 || deliveries > 0) {
      LOG.infof(
          "Forgot %d expired idempotency keys and %d old webhook deliveries", keys, deliveries);
    }
  }
}
