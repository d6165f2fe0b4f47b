package eu.aimarket.identity.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.testsupport.Keycloak;
import eu.aimarket.testsupport.KeycloakServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens the application must refuse, from a real Keycloak: always 401 problem+json. */
@QuarkusIntegrationTest
@WithTestResource(KeycloakServer.class)
class RejectedTokensIT {

  private static final String PROBLEM = "application/problem+json";
  private static final String BROWSER =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  private static void refused(String token) {
    given()
        .accept(BROWSER)
        .redirects()
        .follow(false)
        .auth()
        .oauth2(token)
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(401)
        .contentType(PROBLEM)
        .header("Location", nullValue())
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("status", equalTo(401));
  }

  @Test
  void anonymousApiCallsGet401NeverARedirectToSignIn() {
    given()
        .accept(BROWSER)
        .redirects()
        .follow(false)
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(401)
        .contentType(PROBLEM)
        .header("Location", nullValue());
  }

  @Test
  void aTokenOfAnotherRealmIsRefused() {
    refused(
        Keycloak.clientCredentialsToken("elsewhere", "elsewhere-system", "elsewhere-test-secret"));
  }

  @Test
  void aTamperedTokenIsRefused() {
    String token =
        Keycloak.clientCredentialsToken(
            Keycloak.REALM, Keycloak.PROCUREMENT_CLIENT, Keycloak.PROCUREMENT_SECRET);
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"buyer\"", "\"admin\"");
    assertTrue(payload.contains("\"admin\""));
    refused(
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2]);
  }

  @Test
  void aTokenMeantForAnotherApplicationIsRefused() {
    String clientId = Keycloak.unique("other-application");
    String secret = Keycloak.createServiceClient(clientId, false, Map.of());
    refused(Keycloak.clientCredentialsToken(Keycloak.REALM, clientId, secret));
  }

  @Test
  void aTokenIsAcceptedUntilItExpiresAndRefusedAfter() {
    String clientId = Keycloak.unique("short-lived");
    String secret =
        Keycloak.createServiceClient(clientId, true, Map.of("access.token.lifespan", "3"));
    String token = Keycloak.clientCredentialsToken(Keycloak.REALM, clientId, secret);
    Instant expiry = Instant.ofEpochSecond(Keycloak.claims(token).get("exp").asLong());
    given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);
    await("the token's expiry at " + expiry)
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                given().auth().oauth2(token).when().get("/api/v1/me").then().extract().statusCode()
                    == 401);
    assertTrue(Instant.now().isAfter(expiry), "refused only once expired");
    refused(token);
  }
}
