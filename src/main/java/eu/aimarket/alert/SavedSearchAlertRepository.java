package eu.aimarket.alert;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SavedSearchAlertRepository implements PanacheRepositoryBase<SavedSearchAlert, UUID> {

  public boolean exists(UUID searchId, UUID itemId) {
    return count("searchId = ?1 and itemId = ?2", searchId, itemId) > 0;
  }

  public List<SavedSearchAlert> findUnsent(UUID searchId) {
    return list("searchId = ?1 and sentAt is null order by matchedAt, id", searchId);
  }
}
