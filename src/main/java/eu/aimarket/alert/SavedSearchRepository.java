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

  /** The searches with alerts not yet sent, in id order. */
  public List<SavedSearch> findWithUnsentAlerts() {
    return list(
        "id in (select a.searchId from SavedSearchAlert a where a.sentAt is null) order by id");
  }
}
