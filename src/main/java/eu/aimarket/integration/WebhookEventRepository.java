package eu.aimarket.integration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class WebhookEventRepository implements PanacheRepositoryBase<WebhookEvent, UUID> {

  /**
   * The next event number. The update holds the counter's row lock until the transaction ends, so a
   * later number is never committed before an earlier one: numbers follow commit order.
   */
  public long nextSequence() {
    var em = getEntityManager();
    em.createNativeQuery(
            "update webhook_event_sequence set last_value = last_value + 1 where id = 1")
        .executeUpdate();
    return ((Number)
            em.createNativeQuery("select last_value from webhook_event_sequence where id = 1")
                .getSingleResult())
        .longValue();
  }

  /** Forgets events older than the cutoff that no delivery refers to any more. */
  public long deleteUnreferencedBefore(java.time.OffsetDateTime cutoff) {
    return getEntityManager()
        .createNativeQuery(
            "delete from webhook_event where occurred_at < ?1 and not exists"
                + " (select 1 from webhook_delivery d where d.event_id = webhook_event.id)")
        .setParameter(1, cutoff)
        .executeUpdate();
  }
}
