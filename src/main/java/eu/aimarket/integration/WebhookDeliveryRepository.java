package eu.aimarket.integration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

  /**
   * Locks and returns the ids of due deliveries that are first in their subscription's queue: no
   * earlier delivery of the same subscription is still pending. {@code SKIP LOCKED} lets several
   * replicas claim at once without taking the same delivery twice.
   */
  @SuppressWarnings("unchecked")
  public List<UUID> lockDueHeads(OffsetDateTime now, int limit) {
    return getEntityManager()
        .createNativeQuery(
            "select d.id from webhook_delivery d"
                + " where d.status = 'PENDING' and d.next_attempt_at <= ?1"
                + " and not exists (select 1 from webhook_delivery e"
                + "   where e.subscription_id = d.subscription_id and e.status = 'PENDING'"
                + "   and e.sequence < d.sequence)"
                + " order by d.next_attempt_at, d.sequence"
                + " limit ?2 for update skip locked",
            UUID.class)
        .setParameter(1, now)
        .setParameter(2, limit)
        .getResultList();
  }

  /** A page of a subscription's delivery log, newest first. */
  public List<WebhookDelivery> findPage(
      UUID subscriptionId, DeliveryStatus status, UUID beforeId, int limit) {
    StringBuilder query = new StringBuilder("from WebhookDelivery d where d.subscriptionId = :sub");
    Parameters parameters = Parameters.with("sub", subscriptionId);
    if (status != null) {
      query.append(" and d.status = :status");
      parameters.and("status", status);
    }
    if (beforeId != null) {
      query.append(" and d.id < :before");
      parameters.and("before", beforeId);
    }
    return find(query + " order by d.id desc", parameters).page(0, limit).list();
  }

  /** Forgets finished deliveries older than the retention period; returns how many. */
  public long deleteFinishedBefore(OffsetDateTime cutoff) {
    return delete(
        "status in ?1 and createdAt < ?2",
        List.of(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED),
        cutoff);
  }
}
