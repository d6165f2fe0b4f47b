package eu.aimarket.identity.api;

import eu.aimarket.identity.AccountProvisioning.Outcome;
import eu.aimarket.identity.Invitations.Invitation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new member, and what happened to their account at the identity provider. */
public record InvitationResponse(MemberResponse member, Account account) {

  /** {@code outcome}: CREATED, EXISTING or MANAGED_BY_PROVIDER; {@code detail} says what next. */
  public record Account(
      Outcome outcome,
      boolean emailSent,
      @Schema(example = "The invitation was sent by e-mail") String detail) {}

  static InvitationResponse of(Invitation invitation) {
    return new InvitationResponse(
        MemberResponse.of(invitation.member()),
        new Account(
            invitation.account().outcome(),
            invitation.account().emailSent(),
            invitation.account().detail()));
  }
}
