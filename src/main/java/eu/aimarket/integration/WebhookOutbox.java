package eu.aimarket.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dispatcher's side of the outbox: takes due deliveries for an attempt and records how each
 * attempt went. Each step is its own short transaction; nothing is held while a receiver is called.
 */
@ApplicationScoped
public class WebhookOutbox {

  private final WebhookDeliveryRepository deliveries;
  private final WebhookSubscriptionRepository subscriptions;
  private final WebhookEventRepository events;
  private final WebhookConfig config;
  private final Clock clock;

  WebhookOutbox(
      WebhookDeliveryRepository deliveries,
      WebhookSubscriptionRepository subscriptions,
      WebhookEventRepository events,
      WebhookConfig config,
      Clock clock) {
    this.deliveries = deliveries;
    this.subscriptions = subscriptions;
    this.events = events;
    this.config = config;
    this.clock = clock;
  }

  /** One attempt to deliver one event to one subscription. */
  public record Attempt(
      UUID deliveryId, int number, UUID eventId, String url, String secret, String body) {}

  /** How an attempt went: the receiver's status code (if it answered) and what went wrong. */
  public record Outcome(Integer statusCode, String error) {

    public boolean delivered() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
  }

  /**
   * Takes up to {@code limit} due deliveries, each the first pending one of its subscription, and
   * leases them to the caller for {@link WebhookConfig#lease()}: another dispatcher takes one over
   * only if the caller does not report back in time.
   */
  @Transactional
  public List<Attempt> claimDue(int limit) {
    OffsetDateTime now = now();
    List<UUID> ids = deliveries.lockDueHeads(now, limit);
    if (ids.isEmpty()) {
      return List.of();
    }
    List<WebhookDelivery> claimed = deliveries.list("id in ?1 order by sequence", ids);
    Map<UUID, WebhookSubscription> subscribers =
        subscriptions
            .list(
                "id in ?1",
                claimed.stream().map(WebhookDelivery::getSubscriptionId).distinct().toList())
            .stream()
            .collect(Collectors.toMap(WebhookSubscription::getId, Function.identity()));
    Map<UUID, WebhookEvent> bodies =
        events
            .list("id in ?1", claimed.stream().map(WebhookDelivery::getEventId).distinct().toList())
            .stream()
            .collect(Collectors.toMap(WebhookEvent::getId, Function.identity()));
    OffsetDateTime leaseUntil = now.plus(config.lease());
    return claimed.stream()
        .map(
            delivery -> {
              delivery.startAttempt(now, leaseUntil);
              WebhookSubscription subscription = subscribers.get(delivery.getSubscriptionId());
              return new Attempt(
                  delivery.getId(),
                  delivery.getAttempts(),
                  delivery.getEventId(),
                  subscription.getUrl(),
                  subscription.getSecret(),
                  bodies.get(delivery.getEventId()).getBody());
            })
        .toList();
  }

  /**
   * Records an attempt's outcome: delivered, to be retried after an exponentially growing delay, or
   * given up once the event is older than the retry period. An outcome that arrives after the lease
   * ran out and another attempt began is ignored: the later attempt reports for itself.
   */
  @Transactional
  public void record(Attempt attempt, Outcome outcome) {
    WebhookDelivery delivery = deliveries.findById(attempt.deliveryId());
    if (delivery == null
        || delivery.getStatus() != DeliveryStatus.PENDING
        || delivery.getAttempts() != attempt.number()) {
      return;
    }
    OffsetDateTime now = now();
    if (outcome.delivered()) {
      delivery.delivered(now, outcome.statusCode());
      return;
    }
    boolean expired =
        Duration.between(delivery.getCreatedAt(), now).compareTo(config.retryFor()) >= 0;
    delivery.failed(
        outcome.statusCode(),
        outcome.error(),
        expired ? null : delivery.getLastAttemptAt().plus(retryDelay(attempt)));
  }

  /** The wait after the n-th failed attempt: the initial delay, doubled each time, capped. */
  Duration retryDelay(Attempt attempt) {
    Duration delay = config.retryInitialDelay();
    for (int i = 1; i < attempt.number() && delay.compareTo(config.retryMaxDelay()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(config.retryMaxDelay()) > 0 ? config.retryMaxDelay() : delay;
  }

  /** Forgets finished deliveries and unreferenced events older than the log's retention. */
  @Transactional
  public long forgetOldDeliveries() {
    OffsetDateTime cutoff = now().minus(config.logRetention());
    long removed = deliveries.deleteFinishedBefore(cutoff);
    events.deleteUnreferencedBefore(cutoff);
    return removed;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
