package eu.aimarket.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/** Picks the account provisioning that the configuration names. */
@ApplicationScoped
class AccountProvisioningSelector {

  @Produces
  @ApplicationScoped
  AccountProvisioning provisioning(
      IdentityConfig config,
      Instance<KeycloakAccounts> keycloak,
      Instance<ProviderManagedAccounts> providerManaged) {
    return switch (config.accountProvisioning()) {
      case KEYCLOAK -> keycloak.get();
      case NONE -> providerManaged.get();
    };
  }
}
