package eu.aimarket.identity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A member of an organisation as its colleagues and admins see it. */
public record MemberView(
    UUID id,
    UUID organisationId,
    String subject,
    Role role,
    String label,
    boolean serviceAccount,
    String addedBy,
    OffsetDateTime createdAt) {

  public static MemberView of(Membership membership) {
    return new MemberView(
        membership.getId(),
        membership.getOrganisationId(),
        membership.getSubject(),
        membership.getRole(),
        membership.getLabel(),
        membership.isServiceAccount(),
        membership.getAddedBy(),
        membership.getCreatedAt());
  }
}
