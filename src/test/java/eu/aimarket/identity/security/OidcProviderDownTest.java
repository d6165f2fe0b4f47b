package eu.aimarket.identity.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OIDC provider cannot be reached: no 500s, public pages work, readiness says why. */
@QuarkusTest
@TestProfile(OidcProviderDownTest.ProviderDown.class)
class OidcProviderDownTest {

  public static class ProviderDown implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.oidc.tenant-enabled", "true",
          "quarkus.oidc.auth-server-url",
              "http://127.0.0.1:" + closedPort() + "/realms/marketplace",
          "quarkus.oidc.client-id", "ai-marketplace-web",
          "quarkus.oidc.credentials.secret", "secret-of-at-least-thirty-two-characters",
          "quarkus.oidc.connection-timeout", "PT1S",
          "aimarket.security.oidc-health-timeout", "PT1S");
    }

    /** A port that was free a moment ago and has nothing listening on it. */
    private static int closedPort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final String SOME_TOKEN =
      "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0."
          + "eyJzdWIiOiJhbGljZSIsImV4cCI6NDEwMjQ0NDgwMH0."
          + "c2lnbmF0dXJl";

  @Test
  void readinessIsDownAndSaysWhy() {
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .body("checks.find { it.name == 'OIDC provider' }.status", equalTo("DOWN"))
        .body(
            "checks.find { it.name == 'OIDC provider' }.data.error", containsString("unreachable"))
        .body(
            "checks.find { it.name == 'OIDC provider' }.data.provider",
            containsString("/realms/marketplace"));
  }

  @Test
  void requestsWithATokenGet401Or503ProblemJsonNever500() {
    given()
        .auth()
        .oauth2(SOME_TOKEN)
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(anyOf(is(401), is(503)))
        .contentType("application/problem+json");
  }

  @Test
  void signingInIsUnavailableButNotAnError() {
    given()
        .accept("text/html")
        .redirects()
        .follow(false)
        .when()
        .get("/login")
        .then()
        .statusCode(anyOf(is(401), is(503)));
  }

  @Test
  void publicReadsStillWork() {
    given().when().get("/api/v1/offerings").then().statusCode(200);
    given().accept("text/html").when().get("/catalogue").then().statusCode(200);
  }
}
