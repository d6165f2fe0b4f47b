package eu.aimarket.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

  public Optional<Organisation> findByRegistrationId(String registrationId) {
    return find("registrationId", registrationId).firstResultOptional();
  }

  /** Ids of organisations whose lower-cased legal name matches a LIKE pattern escaped with '!'. */
  public List<UUID> findIdsWithNameLike(String pattern) {
    return getEntityManager()
        .createQuery(
            "select o.id from Organisation o where lower(o.legalName) like :pattern escape '!'",
            UUID.class)
        .setParameter("pattern", pattern)
        .getResultList();
  }

  /** One page in id order, starting after {@code afterId} (cursor paging). */
  public List<Organisation> findPageAfter(UUID afterId, OrganisationKind kind, int limit) {
    StringBuilder query = new StringBuilder("1 = 1");
    Parameters parameters = new Parameters();
    if (afterId != null) {
      query.append(" and id > :after");
      parameters.and("after", afterId);
    }
    if (kind != null) {
      query.append(" and (kind = :kind or kind = :both)");
      parameters.and("kind", kind).and("both", OrganisationKind.BOTH);
    }
    return find(query + " order by id", parameters).page(0, limit).list();
  }
}
