package eu.aimarket.identity.api;

import eu.aimarket.identity.MemberView;
import eu.aimarket.identity.Role;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A member of an organisation. */
public record MemberResponse(
    UUID id,
    UUID organisationId,
    String subject,
    Role role,
    String label,
    boolean serviceAccount,
    OffsetDateTime createdAt) {

  static MemberResponse of(MemberView member) {
    return new MemberResponse(
        member.id(),
        member.organisationId(),
        member.subject(),
        member.role(),
        member.label(),
        member.serviceAccount(),
        member.createdAt());
  }
}
