package eu.aimarket.matching;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MatchRunRepository implements PanacheRepositoryBase<MatchRun, UUID> {

  public List<MatchRun> findByRequirement(UUID requirementId) {
    return list("requirementId = ?1 order by createdAt desc, id", requirementId);
  }

  /** A requirement's runs after the given one (from the newest when {@code null}), newest first. */
  public List<MatchRun> findByRequirementAfter(UUID requirementId, MatchRun after, int limit) {
    if (after == null) {
      return find("requirementId = ?1 order by createdAt desc, id", requirementId)
          .page(0, limit)
          .list();
    }
    return find(
            "requirementId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id > ?3))"
                + " order by createdAt desc, id",
            requirementId,
            after.getCreatedAt(),
            after.getId())
        .page(0, limit)
        .list();
  }
}
