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
}
