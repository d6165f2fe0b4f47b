package eu.aimarket.integration;

import eu.aimarket.common.Cursor;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.Page;
import eu.aimarket.common.ProblemType;
import eu.aimarket.identity.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Webhook subscriptions and their delivery logs. Callers decide who may see or change which
 * organisation's subscriptions ({@code AccessPolicy}).
 */
@ApplicationScoped
public class WebhookService {

  /** More would mostly mean duplicated traffic; an organisation can fan out on its own side. */
  static final int MAX_SUBSCRIPTIONS_PER_ORGANISATION = 20;

  private final WebhookSubscriptionRepository subscriptions;
  private final WebhookDeliveryRepository deliveries;
  private final WebhookEventRepository events;
  private final WebhookTargets targets;
  private final OrganisationService organisations;
  private final Clock clock;

  WebhookService(
      WebhookSubscriptionRepository subscriptions,
      WebhookDeliveryRepository deliveries,
      WebhookEventRepository events,
      WebhookTargets targets,
      OrganisationService organisations,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.events = events;
    this.targets = targets;
    this.organisations = organisations;
    this.clock = clock;
  }

  /** Subscribes a URL; the answer is the only one that shows the signing secret. */
  @Transactional
  public SubscriptionView subscribe(
      UUID organisationId,
      String url,
      Set<EventType> eventTypes,
      String description,
      String createdBy) {
    organisations.get(organisationId);
    String target = targets.requireUsable(url, "url").toString();
    if (subscriptions.existsForUrl(organisationId, target)) {
      throw new DomainException(
          ProblemType.CONFLICT,
          "This organisation already has a subscription for "
              + target
              + "; change the events of that one (delete it and subscribe again)");
    }
    if (subscriptions.count("organisationId", organisationId)
        >= MAX_SUBSCRIPTIONS_PER_ORGANISATION) {
      throw new DomainException(
          ProblemType.CONFLICT,
          "An organisation may have at most "
              + MAX_SUBSCRIPTIONS_PER_ORGANISATION
              + " webhook subscriptions");
    }
    WebhookSubscription subscription =
        new WebhookSubscription(
            UUID.randomUUID(),
            organisationId,
            target,
            WebhookSigner.newSecret(),
            eventTypes,
            description == null || description.isBlank() ? null : description.strip(),
            createdBy,
            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    subscriptions.persist(subscription);
    return SubscriptionView.of(subscription, true);
  }

  @Transactional(TxType.SUPPORTS)
  public SubscriptionView get(UUID id) {
    return SubscriptionView.of(load(id), false);
  }

  /** The organisation a subscription belongs to, for access decisions; 404 when there is none. */
  @Transactional(TxType.SUPPORTS)
  public UUID organisationOf(UUID id) {
    return load(id).getOrganisationId();
  }

  /** Subscriptions of the given organisations (all when null), one page at a time. */
  @Transactional(TxType.SUPPORTS)
  public Page<SubscriptionView> page(Collection<UUID> organisationIds, String cursor, int limit) {
    List<WebhookSubscription> rows =
        subscriptions.findPage(organisationIds, Cursor.decode(cursor), limit + 1);
    return Cursor.page(rows, limit, WebhookSubscription::getId)
        .map(s -> SubscriptionView.of(s, false));
  }

  /** Ends a subscription; its pending deliveries and its log go with it. */
  @Transactional
  public void delete(UUID id) {
    WebhookSubscription subscription = load(id);
    deliveries.delete("subscriptionId", id);
    subscriptions.delete(subscription);
  }

  /** A subscription's delivery log, newest first, one page at a time. */
  @Transactional(TxType.SUPPORTS)
  public Page<DeliveryView> deliveries(
      UUID subscriptionId, DeliveryStatus status, String cursor, int limit) {
    load(subscriptionId);
    List<WebhookDelivery> rows =
        deliveries.findPage(subscriptionId, status, Cursor.decode(cursor), limit + 1);
    Page<WebhookDelivery> page = Cursor.page(rows, limit, WebhookDelivery::getId);
    Map<UUID, EventType> types =
        page.items().isEmpty()
            ? Map.of()
            : events
                .list(
                    "id in ?1",
                    page.items().stream().map(WebhookDelivery::getEventId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(WebhookEvent::getId, WebhookEvent::getType));
    return page.map(
        d ->
            new DeliveryView(
                d.getId(),
                d.getEventId(),
                types.get(d.getEventId()),
                d.getSequence(),
                d.getStatus(),
                d.getAttempts(),
                d.getCreatedAt(),
                d.getLastAttemptAt(),
                d.getLastStatusCode(),
                d.getLastError(),
                d.getStatus() == DeliveryStatus.PENDING ? d.getNextAttemptAt() : null,
                d.getDeliveredAt()));
  }

  private WebhookSubscription load(UUID id) {
    return subscriptions
        .findByIdOptional(id)
        .orElseThrow(() -> DomainException.notFound("Webhook subscription", id));
  }
}
