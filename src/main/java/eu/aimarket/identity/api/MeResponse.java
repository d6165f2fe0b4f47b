package eu.aimarket.identity.api;

import eu.aimarket.identity.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The caller: the subject and name from their token, the roles the identity provider grants, and
 * their memberships in organisations.
 */
public record MeResponse(
    String subject, String name, Set<Role> roles, List<Membership> memberships) {

  public record Membership(UUID id, UUID organisationId, String organisationName, Role role) {}
}
