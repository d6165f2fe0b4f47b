package eu.aimarket.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IncentivePolicyRepository implements PanacheRepositoryBase<IncentivePolicy, UUID> {

  /**
   * One page, in id order after {@code afterId}, of the platform's policies (when {@code
   * withPlatform}) and those owned by {@code ownerIds}.
   */
  public List<IncentivePolicy> findPage(
      boolean withPlatform, Collection<UUID> ownerIds, UUID afterId, int limit) {
    boolean withOwners = !ownerIds.isEmpty();
    if (!withPlatform && !withOwners) {
      return List.of();
    }
    StringBuilder query = new StringBuilder("from IncentivePolicy p where (");
    Parameters parameters = new Parameters();
    if (withPlatform) {
      query.append("p.scope = :platform");
      parameters.and("platform", PolicyScope.PLATFORM);
    }
    if (withOwners) {
      query.append(withPlatform ? " or " : "").append("p.ownerOrganisationId in :owners");
      parameters.and("owners", ownerIds);
    }
    query.append(")");
    if (afterId != null) {
      query.append(" and p.id > :after");
      parameters.and("after", afterId);
    }
    return find(query + " order by p.id", parameters).page(0, limit).list();
  }

  public List<IncentivePolicy> findPlatformPolicies() {
    return list("scope = ?1 order by name", PolicyScope.PLATFORM);
  }

  /** Loads a policy and locks its row, so that two publications cannot both take version n+1. */
  public Optional<IncentivePolicy> findForUpdate(UUID id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Whether another policy in the same name scope has this name, ignoring case. */
  public boolean nameTaken(String nameScope, String name, UUID exceptId) {
    if (exceptId == null) {
      return count("nameScope = ?1 and lower(name) = lower(?2)", nameScope, name) > 0;
    }
    return count(
            "nameScope = ?1 and lower(name) = lower(?2) and id <> ?3", nameScope, name, exceptId)
        > 0;
  }
}
