package eu.aimarket.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An OIDC provider for integration tests: a local mock server that publishes the discovery document
 * and signing keys, so that the packaged application validates bearer tokens exactly as it does
 * with Keycloak in production. Nothing in the application changes for tests; only its OIDC settings
 * point here. {@link #token} mints a token for a user, which {@link Browser#signIn} sends.
 */
public class TestOidcProvider implements QuarkusTestResourceLifecycleManager {

  /** The issuer the mock server's discovery document names. */
  private static final String ISSUER =
      System.getProperty("quarkus.test.oidc.token.issuer", "https://server.example.com");

  /** The audience production requires of every token: the web client's id. */
  private static final String AUDIENCE = "ai-marketplace-web";

  private final OidcWiremockTestResource server = new OidcWiremockTestResource();

  @Override
  public Map<String, String> start() {
    Map<String, String> started = server.start();
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.oidc.tenant-enabled", "true");
    config.put("quarkus.oidc.auth-server-url", started.get("keycloak.url") + "/realms/quarkus");
    config.put("quarkus.oidc.client-id", "ai-marketplace-web");
    config.put("quarkus.oidc.credentials.secret", "integration-test-secret");
    // As in production (and with the Keycloak test resource): tokens must name this application.
    config.put("quarkus.oidc.token.audience", AUDIENCE);
    // Every setting another test resource gives the application is given here too: the integration
    // test harness may carry an earlier resource's settings into this application's start.
    config.put("aimarket.identity.account-provisioning", "none");
    return config;
  }

  @Override
  public void stop() {
    server.stop();
  }

  /** A signed access token for {@code user} with the given realm roles, valid for an hour. */
  public static String token(String user, Set<String> roles) {
    return Jwt.issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(user)
        .preferredUserName(user)
        .groups(roles)
        .expiresIn(Duration.ofHours(1))
        .jws()
        .keyId("1")
        .sign("privateKey.jwk");
  }
}
