package eu.aimarket.identity.api;

import eu.aimarket.identity.MemberView;
import eu.aimarket.identity.Role;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member of an organisation. */
public record MemberResponse(
    @Schema(example = "0190f3c8-2345-7678-89ab-cdef01234568") UUID id,
    UUID organisationId,
    @Schema(example = "service-account-erp") String subject,
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
