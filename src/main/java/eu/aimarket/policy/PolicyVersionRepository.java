package eu.aimarket.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PolicyVersionRepository implements PanacheRepositoryBase<PolicyVersion, UUID> {

  public Optional<PolicyVersion> findVersion(UUID policyId, int number) {
    return find("policyId = ?1 and number = ?2", policyId, number).firstResultOptional();
  }

  public List<PolicyVersion> findByPolicy(UUID policyId) {
    return list("policyId = ?1 order by number", policyId);
  }
}
