package eu.aimarket.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

  /** Newest first, starting before {@code beforeId} (cursor paging); null filters match all. */
  public List<AuditEvent> findPageBefore(AuditFilter filter, UUID beforeId, int limit) {
    StringBuilder query = new StringBuilder("1 = 1");
    Parameters parameters = new Parameters();
    if (beforeId != null) {
      query.append(" and id < :before");
      parameters.and("before", beforeId);
    }
    if (filter.objectType() != null) {
      query.append(" and objectType = :objectType");
      parameters.and("objectType", filter.objectType());
    }
    if (filter.objectId() != null) {
      query.append(" and objectId = :objectId");
      parameters.and("objectId", filter.objectId());
    }
    if (filter.actor() != null) {
      query.append(" and (actorSubject = :actor or actorName = :actor)");
      parameters.and("actor", filter.actor());
    }
    if (filter.action() != null) {
      query.append(" and action = :action");
      parameters.and("action", filter.action());
    }
    return find(query + " order by id desc", parameters).page(0, limit).list();
  }
}
