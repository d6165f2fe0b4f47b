package eu.aimarket.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, and which organisations they belong to. Memberships live in the application's
 * database, keyed by the token's subject or its username; realm roles from the token add to them
 * (the platform's {@code admin} role in particular).
 */
@RequestScoped
public class CurrentUser {

  private final SecurityIdentity identity;
  private final MembershipRepository memberships;
  private List<Membership> loaded;

  public CurrentUser(SecurityIdentity identity, MembershipRepository memberships) {
    this.identity = identity;
    this.memberships = memberships;
  }

  public boolean isAnonymous() {
    return identity.isAnonymous();
  }

  /** The name to show and to record in audit trails. */
  public String name() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }

  /** The keys under which this caller's memberships are stored: subject and username. */
  public Set<String> subjects() {
    if (identity.isAnonymous()) {
      return Set.of();
    }
    Set<String> subjects = new LinkedHashSet<>();
    Principal principal = identity.getPrincipal();
    if (principal instanceof JsonWebToken token) {
      addIfPresent(subjects, token.getSubject());
      addIfPresent(subjects, token.getClaim("preferred_username"));
      // Colleagues invited where the provider cannot create accounts are recorded under their
      // e-mail address; it counts only once the provider has verified that it is theirs.
      if (Boolean.parseBoolean(String.valueOf((Object) token.getClaim("email_verified")))) {
        addIfPresent(subjects, token.getClaim("email"));
      }
    }
    addIfPresent(subjects, principal.getName());
    return subjects;
  }

  /** The subject to record for a new membership: the token's stable subject where there is one. */
  public String primarySubject() {
    return subjects().stream().findFirst().orElseThrow();
  }

  public List<Membership> memberships() {
    if (loaded == null) {
      Set<String> subjects = subjects();
      loaded = subjects.isEmpty() ? List.of() : memberships.findBySubjects(subjects);
    }
    return loaded;
  }

  /** The marketplace roles the identity provider grants, apart from any membership. */
  public Set<Role> platformRoles() {
    Set<Role> roles = new java.util.TreeSet<>();
    for (Role role : Role.values()) {
      if (identity.hasRole(role.claimName())) {
        roles.add(role);
      }
    }
    return roles;
  }

  public boolean hasRole(Role role) {
    return identity.hasRole(role.claimName())
        || memberships().stream().anyMatch(m -> m.getRole() == role);
  }

  public boolean isAdmin() {
    return hasRole(Role.ADMIN);
  }

  /** Is this a procurement system's service account, which an admin made a member? */
  public boolean isServiceAccount() {
    return memberships().stream().anyMatch(Membership::isServiceAccount);
  }

  public boolean isMemberOf(UUID organisationId, Role role) {
    return memberships().stream()
        .anyMatch(m -> m.getOrganisationId().equals(organisationId) && m.getRole() == role);
  }

  public boolean isMemberOf(UUID organisationId) {
    return memberships().stream().anyMatch(m -> m.getOrganisationId().equals(organisationId));
  }

  /** The organisations this caller acts for in a role. */
  public java.util.Set<UUID> organisationsWhere(Role role) {
    return memberships().stream()
        .filter(m -> m.getRole() == role)
        .map(Membership::getOrganisationId)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The organisation this caller acts for in a role, when there is exactly one. */
  public Optional<UUID> organisationFor(Role role) {
    List<UUID> ids =
        memberships().stream()
            .filter(m -> m.getRole() == role)
            .map(Membership::getOrganisationId)
            .distinct()
            .toList();
    return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
  }

  /** Forget cached memberships, e.g. after registering a new organisation in this request. */
  void refresh() {
    loaded = null;
  }

  private static void addIfPresent(Set<String> subjects, Object value) {
    if (value != null && !value.toString().isBlank()) {
      subjects.add(value.toString());
    }
  }
}
