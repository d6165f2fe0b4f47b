package eu.aimarket.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

  public List<Membership> findBySubjects(Collection<String> subjects) {
    return list("subject in ?1", subjects);
  }

  public boolean exists(UUID organisationId, String subject, Role role) {
    return count(
            "organisationId = ?1 and subject = ?2 and role = ?3", organisationId, subject, role)
        > 0;
  }
}
