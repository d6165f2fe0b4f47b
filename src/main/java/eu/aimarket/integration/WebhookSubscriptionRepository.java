package eu.aimarket.integration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookSubscriptionRepository
    implements PanacheRepositoryBase<WebhookSubscription, UUID> {

  /** A page of the given organisations' subscriptions (all when null), in id order. */
  public List<WebhookSubscription> findPage(
      Collection<UUID> organisationIds, UUID afterId, int limit) {
    StringBuilder query = new StringBuilder("from WebhookSubscription s where 1 = 1");
    Parameters parameters = new Parameters();
    if (organisationIds != null) {
      if (organisationIds.isEmpty()) {
        return List.of();
      }
      query.append(" and s.organisationId in :organisations");
      parameters.and("organisations", organisationIds);
    }
    if (afterId != null) {
      query.append(" and s.id > :after");
      parameters.and("after", afterId);
    }
    return find(query + " order by s.id", parameters).page(0, limit).list();
  }

  /**
   * The subscriptions that receive an event of this type: every subscriber to the type for a public
   * event, only the audience organisation's otherwise. In id order, so concurrent publishers touch
   * them in the same order.
   */
  public List<UUID> findSubscriberIds(EventType type, UUID audienceOrganisationId) {
    String query =
        "select s.id from WebhookSubscription s join s.events e where e = :type"
            + (audienceOrganisationId == null ? "" : " and s.organisationId = :audience")
            + " order by s.id";
    var typed = getEntityManager().createQuery(query, UUID.class).setParameter("type", type);
    if (audienceOrganisationId != null) {
      typed.setParameter("audience", audienceOrganisationId);
    }
    return typed.getResultList();
  }

  public boolean existsForUrl(UUID organisationId, String url) {
    return count("organisationId = ?1 and url = ?2", organisationId, url) > 0;
  }
}
