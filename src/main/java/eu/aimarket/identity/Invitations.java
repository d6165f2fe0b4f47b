package eu.aimarket.identity;

import eu.aimarket.identity.AccountProvisioning.Invitee;
import eu.aimarket.identity.AccountProvisioning.ProvisionedAccount;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Invites a colleague into an organisation: creates their account at the identity provider (where
 * the application may) and records the membership under the account's subject.
 */
@ApplicationScoped
public class Invitations {

  /** The new membership and what happened at the identity provider. */
  public record Invitation(MemberView member, ProvisionedAccount account) {}

  private final AccountProvisioning provisioning;
  private final OrganisationService organisations;

  Invitations(AccountProvisioning provisioning, OrganisationService organisations) {
    this.provisioning = provisioning;
    this.organisations = organisations;
  }

  /**
   * Not one transaction with the provider: the membership is recorded after the account exists, and
   * inviting the same address again finds that account instead of creating a second one.
   */
  public Invitation invite(UUID organisationId, Invitee invitee, Role role, String invitedBy) {
    organisations.requireRoleSuits(organisationId, role);
    ProvisionedAccount account = provisioning.provision(invitee);
    MemberView member =
        organisations.addMember(
            organisationId,
            new NewMember(account.subject(), role, invitee.email(), false),
            invitedBy);
    return new Invitation(member, account);
  }
}
