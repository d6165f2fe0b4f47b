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

  /** One page of an organisation's members in id order, after {@code afterId} (cursor paging). */
  public List<Membership> findPageOfOrganisation(UUID organisationId, UUID afterId, int limit) {
    return afterId == null
        ? find("organisationId = ?1 order by id", organisationId).page(0, limit).list()
        : find("organisationId = ?1 and id > ?2 order by id", organisationId, afterId)
            .page(0, limit)
            .list();
  }

  public long countByOrganisation(UUID organisationId) {
    return count("organisationId", organisationId);
  }

  public List<Membership> findBySubject(String subject) {
    return list("subject", subject);
  }

  public boolean exists(UUID organisationId, String subject, Role role) {
    return count(
            "organisationId = ?1 and subject = ?2 and role = ?3", organisationId, subject, role)
        > 0;
  }
}
