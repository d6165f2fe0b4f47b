package eu.aimarket.identity;

/**
 * Creates sign-in accounts for invited colleagues at the identity provider. Which implementation
 * runs is configuration ({@code aimarket.identity.account-provisioning}): Keycloak's admin API in
 * production, or none where the provider manages its accounts itself (dev's in-process server, a
 * provider without an admin API).
 */
public interface AccountProvisioning {

  /** A person to invite. */
  record Invitee(String email, String firstName, String lastName) {}

  /** What happened at the provider. */
  enum Outcome {
    /** A new account; the person sets a password through the provider's e-mail. */
    CREATED,
    /** The provider already had an account with this e-mail address; it is used as it is. */
    EXISTING,
    /** The provider manages accounts itself; someone must create this one there. */
    MANAGED_BY_PROVIDER
  }

  /**
   * The account's subject (under which the membership is recorded), what happened, whether the
   * provider e-mailed the person, and a sentence for the inviting person.
   */
  record ProvisionedAccount(String subject, Outcome outcome, boolean emailSent, String detail) {}

  ProvisionedAccount provision(Invitee invitee);
}
