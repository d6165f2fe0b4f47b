package eu.aimarket.identity;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.ProblemType;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Creates invited colleagues' accounts through Keycloak's admin API, as the web client's service
 * account (it needs the realm-management roles manage-users, view-users and query-users). The
 * Keycloak server and realm come from the OIDC configuration ({@code .../realms/<realm>}), so there
 * is one place to point the application at its Keycloak.
 */
@ApplicationScoped
@Typed(KeycloakAccounts.class)
public class KeycloakAccounts implements AccountProvisioning {

  private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class);
  private static final String REALMS = "/realms/";
  private static final List<String> FIRST_SIGN_IN_ACTIONS = List.of("UPDATE_PASSWORD");

  private final Optional<String> authServerUrl;
  private final Optional<String> clientId;
  private final Optional<String> clientSecret;
  private final int invitationLifespanSeconds;
  private Keycloak keycloak;
  private String realm;

  KeycloakAccounts(
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl,
      @ConfigProperty(name = "quarkus.oidc.client-id") Optional<String> clientId,
      @ConfigProperty(name = "quarkus.oidc.credentials.secret") Optional<String> clientSecret,
      IdentityConfig config) {
    this.authServerUrl = authServerUrl;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.invitationLifespanSeconds = (int) config.invitationLifespan().toSeconds();
  }

  @Override
  public ProvisionedAccount provision(Invitee invitee) {
    String email = invitee.email().toLowerCase(Locale.ROOT);
    UsersResource users = admin().realm(realm).users();
    try {
      Optional<UserRepresentation> existing = users.searchByEmail(email, true).stream().findFirst();
      if (existing.isPresent()) {
        return new ProvisionedAccount(
            existing.get().getId(),
            Outcome.EXISTING,
            false,
            "This person already has an account and can sign in as they are used to.");
      }
      String id = create(users, email, invitee);
      boolean sent = sendInvitation(users, id);
      return new ProvisionedAccount(
          id,
          Outcome.CREATED,
          sent,
          sent
              ? "An account was created; the provider e-mailed a link to choose a password."
              : "An account was created, but the provider could not send e-mail; an administrator"
                  + " must send the invitation from the provider (required action: update"
                  + " password).");
    } catch (ProcessingException | WebApplicationException e) {
      throw unavailable(e);
    }
  }

  private String create(UsersResource users, String email, Invitee invitee) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(email);
    user.setEmail(email);
    user.setFirstName(invitee.firstName());
    user.setLastName(invitee.lastName());
    user.setEnabled(true);
    user.setRequiredActions(FIRST_SIGN_IN_ACTIONS);
    try (Response created = users.create(user)) {
      if (created.getStatus() == 201) {
        String location = created.getLocation().getPath();
        return location.substring(location.lastIndexOf('/') + 1);
      }
      if (created.getStatus() == 409) {
        throw new DomainException(
            ProblemType.CONFLICT,
            "The identity provider already has an account named " + email + " with another e-mail");
      }
      throw new DomainException(
          ProblemType.UNAVAILABLE,
          "The identity provider refused to create the account (HTTP " + created.getStatus() + ")");
    }
  }

  /** Without mail settings Keycloak cannot send the e-mail; the account still stands. */
  private boolean sendInvitation(UsersResource users, String id) {
    try {
      users
          .get(id)
          .executeActionsEmail(
              clientId.orElse(null), null, invitationLifespanSeconds, FIRST_SIGN_IN_ACTIONS);
      return true;
    } catch (WebApplicationException e) {
      LOG.warnf(
          "Keycloak could not e-mail the invitation to account %s (HTTP %d); is mail configured?",
          id, e.getResponse().getStatus());
      return false;
    }
  }

  private synchronized Keycloak admin() {
    if (keycloak == null) {
      String url =
          authServerUrl
              .filter(u -> u.contains(REALMS))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "Account provisioning through Keycloak needs quarkus.oidc.auth-server-url"
                              + " of the form https://host/realms/<realm>"));
      int at = url.lastIndexOf(REALMS);
      realm = url.substring(at + REALMS.length()).replaceAll("/+$", "");
      keycloak =
          KeycloakBuilder.builder()
              .serverUrl(url.substring(0, at))
              .realm(realm)
              .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
              .clientId(clientId.orElseThrow())
              .clientSecret(clientSecret.orElseThrow())
              .build();
    }
    return keycloak;
  }

  private static DomainException unavailable(RuntimeException e) {
    LOG.warn("Keycloak's admin API failed", e);
    return new DomainException(
        ProblemType.UNAVAILABLE,
        "The identity provider cannot create accounts right now; try again later");
  }

  @PreDestroy
  synchronized void close() {
    if (keycloak != null) {
      keycloak.close();
    }
  }
}
