package eu.aimarket.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;

/**
 * Callers identified by real signed bearer tokens ({@link TestOidcProvider#token}) from a stand-in
 * OIDC provider, with the production settings for audience and rate limits left as the test profile
 * has them. One request can act as one person and the next as another, which the authorisation
 * matrix and the security batteries need; they share this profile, so the application starts once
 * for all of them.
 */
public class BearerTokenProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.oidc.tenant-enabled", "true",
        "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
        "quarkus.oidc.client-id", "ai-marketplace-web",
        "quarkus.oidc.credentials.secret", "secret-of-at-least-thirty-two-characters",
        "quarkus.oidc.token.audience", "ai-marketplace-web");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
  }
}
