package eu.aimarket.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Locale;

/**
 * For providers the application cannot create accounts at (dev's in-process OIDC server, or a
 * provider without an admin API): the membership is recorded under the e-mail address and takes
 * effect when an account with that verified address, or that username, signs in.
 */
@ApplicationScoped
@Typed(ProviderManagedAccounts.class)
public class ProviderManagedAccounts implements AccountProvisioning {

  @Override
  public ProvisionedAccount provision(Invitee invitee) {
    return new ProvisionedAccount(
        invitee.email().toLowerCase(Locale.ROOT),
        Outcome.MANAGED_BY_PROVIDER,
        false,
        "The membership is recorded. The account must be created at the identity provider, with"
            + " this e-mail address; it takes effect at the first sign-in.");
  }
}
