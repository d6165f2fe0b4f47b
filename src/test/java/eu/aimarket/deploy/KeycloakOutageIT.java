package eu.aimarket.deploy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.testsupport.Keycloak;
import eu.aimarket.testsupport.KeycloakServer;
import eu.aimarket.testsupport.PackagedApp;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keycloak goes away while the packaged application runs. Tokens it issued before keep working
 * until they expire, since the application checks them with the signing keys it has already
 * fetched; a new sign-in gets a page that says sign-in is unavailable, not a 500, a hang, or a
 * redirect to an address where nothing answers. This test runs its own Keycloak, so that stopping
 * it takes nothing from the tests that share one.
 */
class KeycloakOutageIT {

  private static KeycloakServer keycloak;
  private static PackagedApp app;

  @BeforeAll
  static void start() {
    keycloak = new KeycloakServer();
    Map<String, String> settings = keycloak.start();
    app = PackagedApp.start("keycloak-outage-it", settings);
  }

  @AfterAll
  static void stop() {
    try {
      if (app != null) {
        app.close();
      }
    } finally {
      if (keycloak != null) {
        keycloak.stop();
      }
    }
  }

  @Test
  void issuedTokensKeepWorkingAndSignInSaysItIsUnavailableWhileKeycloakIsDown() {
    String supplier = Keycloak.passwordToken("supplier", "supplier-demo-only");
    String procurement =
        Keycloak.clientCredentialsToken(
            Keycloak.REALM, Keycloak.PROCUREMENT_CLIENT, Keycloak.PROCUREMENT_SECRET);
    String authorizationEndpoint = Keycloak.realmUrl() + "/protocol/openid-connect/auth";
    String subject = Keycloak.claims(supplier).get("sub").asText();
    // Signing in starts at Keycloak while it runs.
    given()
        .redirects()
        .follow(false)
        .get(app.url() + "/login")
        .then()
        .statusCode(302)
        .header("Location", startsWith(authorizationEndpoint));
    me(supplier).then().statusCode(200).body("subject", equalTo(subject));

    keycloak.stop();

    await("readiness reports the OIDC provider down")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> given().get(app.url() + "/q/health/ready").statusCode() == 503);
    JsonPath health = given().get(app.url() + "/q/health/ready").jsonPath();
    assertEquals(
        "DOWN",
        health.getString("checks.find { it.name == 'OIDC provider' }.status"),
        health.prettify());

    // Issued tokens still work, for reading and for writing.
    me(supplier).then().statusCode(200).body("subject", equalTo(subject));
    me(procurement).then().statusCode(200);
    given()
        .auth()
        .oauth2(supplier)
        .contentType(ContentType.JSON)
        .body(OfferingFixtures.validOffering("Published while Keycloak is down " + subject))
        .post(app.url() + "/api/v1/offerings")
        .then()
        .statusCode(201);

    // A new sign-in gets a page that says what happened, at once.
    given()
        .redirects()
        .follow(false)
        .accept("text/html")
        .get(app.url() + "/login")
        .then()
        .statusCode(503)
        .header("Retry-After", not(""))
        .contentType(containsString("text/html"))
        .body(containsString("Sign-in is unavailable"))
        .body(not(containsString("Exception")));
    // So does a page that needs a signed-in person: it sends the browser to the sign-in.
    String next =
        given()
            .redirects()
            .follow(false)
            .accept("text/html")
            .get(app.url() + "/dashboard")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    given()
        .redirects()
        .follow(false)
        .accept("text/html")
        .get(app.url() + next.replaceFirst("^https?://[^/]+", ""))
        .then()
        .statusCode(503)
        .body(containsString("Sign-in is unavailable"));
  }

  private static io.restassured.response.Response me(String token) {
    return given().auth().oauth2(token).get(app.url() + "/api/v1/me");
  }
}
