package eu.aimarket.demand;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RequirementRepository implements PanacheRepositoryBase<Requirement, UUID> {

  /** A page of requirements of the given buyers (all buyers when null), in id order. */
  public List<Requirement> findPage(
      Collection<UUID> buyerIds, RequirementStatus status, UUID afterId, int limit) {
    StringBuilder query = new StringBuilder("from Requirement r where 1 = 1");
    Parameters parameters = new Parameters();
    if (buyerIds != null) {
      if (buyerIds.isEmpty()) {
        return List.of();
      }
      query.append(" and r.buyerOrganisationId in :buyers");
      parameters.and("buyers", buyerIds);
    }
    if (status != null) {
      query.append(" and r.status = :status");
      parameters.and("status", status);
    }
    if (afterId != null) {
      query.append(" and r.id > :after");
      parameters.and("after", afterId);
    }
    return find(query + " order by r.id", parameters).page(0, limit).list();
  }

  /**
   * A page of the requirements that public procurement publishes: public-sector buyers'
   * requirements past the draft stage, last changed within [from, to), in id order.
   */
  public List<Requirement> findPublicPage(
      java.time.OffsetDateTime from, java.time.OffsetDateTime to, UUID afterId, int limit) {
    StringBuilder query =
        new StringBuilder(
            "from Requirement r where r.buyerType = :publicSector and r.status in :published"
                + " and r.updatedAt >= :from and r.updatedAt < :to");
    Parameters parameters =
        Parameters.with("publicSector", BuyerType.PUBLIC_SECTOR)
            .and("published", RequirementStatus.PUBLISHED)
            .and("from", from)
            .and("to", to);
    if (afterId != null) {
      query.append(" and r.id > :after");
      parameters.and("after", afterId);
    }
    return find(query + " order by r.id", parameters).page(0, limit).list();
  }

  public List<Requirement> findOpen() {
    return list("status = ?1 order by id", RequirementStatus.OPEN);
  }

  /** Open requirements after the given id (all from the first when {@code null}), by id. */
  public List<Requirement> findOpenAfter(UUID afterId, int limit) {
    if (afterId == null) {
      return find("status = ?1 order by id", RequirementStatus.OPEN).page(0, limit).list();
    }
    return find("status = ?1 and id > ?2 order by id", RequirementStatus.OPEN, afterId)
        .page(0, limit)
        .list();
  }
}
