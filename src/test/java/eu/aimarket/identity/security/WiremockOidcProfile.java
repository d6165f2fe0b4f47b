package eu.aimarket.identity.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens from a stand-in OIDC provider (WireMock, in process), tight rate limits, HSTS on,
 * and client addresses taken from X-Forwarded-For as behind a proxy, so that each test can be a
 * client of its own. Fast checks beside the integration tests against a real Keycloak.
 */
public class WiremockOidcProfile implements QuarkusTestProfile {

  static final int WRITE_CAPACITY = 3;
  static final int SIGN_IN_FAILURE_CAPACITY = 3;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.ofEntries(
        Map.entry("quarkus.oidc.tenant-enabled", "true"),
        Map.entry("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/"),
        Map.entry("quarkus.oidc.client-id", "quarkus-web-app"),
        Map.entry("quarkus.oidc.credentials.secret", "secret-of-at-least-thirty-two-characters"),
        Map.entry("aimarket.security.rate-limit.writes.capacity", Integer.toString(WRITE_CAPACITY)),
        Map.entry(
            "aimarket.security.rate-limit.sign-in-failures.capacity",
            Integer.toString(SIGN_IN_FAILURE_CAPACITY)),
        Map.entry("aimarket.security.headers.hsts", "true"),
        Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
        Map.entry("quarkus.http.proxy.enable-forwarded-for", "true"),
        Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"));
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
  }
}
