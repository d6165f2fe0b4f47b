package eu.aimarket.alert;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SavedSearchRepository implements PanacheRepositoryBase<SavedSearch, UUID> {

  public List<SavedSearch> findByKind(SearchKind kind) {
    return list("kind = ?1 order by id", kind);
  }

  public List<SavedSearch> findOfOrganisations(Collection<UUID> organisationIds) {
    if (organisationIds.isEmpty()) {
      return List.of();
    }
    return list("organisationId in ?1 order by id", organisationIds);
  }

  /**
   * The searches with alerts not yet sent, in id order, locked for the caller's transaction. A
   * search another replica is sending is skipped, so no alert is e-mailed twice by two replicas.
   */
  public List<SavedSearch> lockWithUnsentAlerts() {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        getEntityManager()
            .createNativeQuery(
                "select s.id from saved_search s where exists (select 1 from saved_search_alert a"
                    + " where a.search_id = s.id and a.sent_at is null)"
                    + " order by s.id for update skip locked",
                UUID.class)
            .getResultList();
    return ids.isEmpty() ? List.of() : list("id in ?1 order by id", ids);
  }
}
