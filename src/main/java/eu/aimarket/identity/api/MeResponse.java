package eu.aimarket.identity.api;

import eu.aimarket.identity.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caller: the subject and name from their token, the roles the identity provider grants, and
 * their memberships in organisations.
 */
public record MeResponse(
    @Schema(example = "service-account-erp") String subject,
    String name,
    Set<Role> roles,
    List<Membership> memberships) {

  public record Membership(UUID id, UUID organisationId, String organisationName, Role role) {}
}
