package eu.aimarket.identity.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import eu.aimarket.identity.IdentityFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens, rejected tokens and the rate limits, with a stand-in OIDC provider. Each test acts
 * from its own client address (X-Forwarded-For), since the limits count per address.
 */
@QuarkusTest
@TestProfile(WiremockOidcProfile.class)
class BearerTokenTest {

  private static final String PROBLEM = "application/problem+json";

  /** What a browser asks for when it follows a link. */
  private static final String BROWSER =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

  /** A documentation address (RFC 5737) that no other test uses. */
  private static String newAddress() {
    return "203.0.113." + ADDRESSES.getAndIncrement();
  }

  private static String token(String user, String... roles) {
    return OidcWiremockTestResource.generateJwtToken(user, Set.of(roles), "sub-" + user, "Bearer");
  }

  /** Signed by the provider's key, but expired or issued by someone else. */
  private static String signed(String issuer, Instant expiresAt) {
    return Jwt.preferredUserName("alice")
        .groups(Set.of("user"))
        .issuer(issuer)
        .subject("sub-alice")
        .issuedAt(expiresAt.minusSeconds(300))
        .expiresAt(expiresAt)
        .jws()
        .keyId("1")
        .sign("privateKey.jwk");
  }

  /** The same token with another payload: its signature no longer matches. */
  private static String tampered(String token) {
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"user\"", "\"admin\"");
    return parts[0]
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }

  /** An unsigned token claiming to be an admin. */
  private static String unsigned() {
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    return encoder.encodeToString(
            "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + encoder.encodeToString(
            ("{\"iss\":\"https://server.example.com\",\"sub\":\"mallory\","
                    + "\"preferred_username\":\"mallory\",\"groups\":[\"admin\"],"
                    + "\"exp\":4102444800}")
                .getBytes(StandardCharsets.UTF_8))
        + ".";
  }

  @Test
  void aValidBearerTokenIdentifiesTheCaller() {
    given()
        .header("X-Forwarded-For", newAddress())
        .auth()
        .oauth2(token("alice", "buyer", "user"))
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("name", equalTo("alice"))
        .body("roles", hasItem("BUYER"));
  }

  @Test
  void expiredForeignTamperedUnsignedAndMalformedTokensGet401ProblemJson() {
    String valid = token("alice", "user");
    String expired = signed("https://server.example.com", Instant.now().minusSeconds(600));
    String foreign = signed("https://elsewhere.example.com", Instant.now().plusSeconds(600));
    for (String rejected :
        new String[] {expired, foreign, tampered(valid), unsigned(), "not-a-token"}) {
      given()
          .header("X-Forwarded-For", newAddress())
          .accept(BROWSER)
          .redirects()
          .follow(false)
          .auth()
          .oauth2(rejected)
          .when()
          .get("/api/v1/me")
          .then()
          .statusCode(401)
          .contentType(PROBLEM)
          .header("WWW-Authenticate", containsString("Bearer"))
          .body("type", equalTo("https://ai-marketplace.eu/problems/unauthenticated"));
    }
  }

  @Test
  void anAddressThatKeepsSendingRejectedTokensIsCutOffForAWhile() {
    String address = newAddress();
    String rejected = tampered(token("alice", "user"));
    for (int i = 0; i < WiremockOidcProfile.SIGN_IN_FAILURE_CAPACITY; i++) {
      given()
          .header("X-Forwarded-For", address)
          .auth()
          .oauth2(rejected)
          .when()
          .get("/api/v1/me")
          .then()
          .statusCode(401);
    }
    given()
        .header("X-Forwarded-For", address)
        .auth()
        .oauth2(token("alice", "user"))
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(429)
        .contentType(PROBLEM)
        .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1))
        .body("type", equalTo("https://ai-marketplace.eu/problems/too-many-requests"));
    given()
        .header("X-Forwarded-For", address)
        .redirects()
        .follow(false)
        .when()
        .get("/login")
        .then()
        .statusCode(429)
        .contentType(containsString("text/html"))
        .body(containsString("Too many sign-in attempts"));
    given()
        .header("X-Forwarded-For", address)
        .when()
        .get("/api/v1/offerings")
        .then()
        .statusCode(200);
    given()
        .header("X-Forwarded-For", newAddress())
        .auth()
        .oauth2(token("alice", "user"))
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(200);
  }

  @Test
  void writesArePerSubjectAndRefusedWith429AndRetryAfter() {
    String carol = token(IdentityFixtures.unique("carol"), "buyer");
    for (int i = 0; i < WiremockOidcProfile.WRITE_CAPACITY; i++) {
      given()
          .header("X-Forwarded-For", newAddress())
          .auth()
          .oauth2(carol)
          .contentType(ContentType.JSON)
          .body(Map.of())
          .when()
          .post("/api/v1/organisations")
          .then()
          .statusCode(400);
    }
    given()
        .header("X-Forwarded-For", newAddress())
        .auth()
        .oauth2(carol)
        .contentType(ContentType.JSON)
        .body(Map.of())
        .when()
        .post("/api/v1/organisations")
        .then()
        .statusCode(429)
        .contentType(PROBLEM)
        .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1));
    given()
        .header("X-Forwarded-For", newAddress())
        .auth()
        .oauth2(carol)
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(200);
    given()
        .header("X-Forwarded-For", newAddress())
        .auth()
        .oauth2(token(IdentityFixtures.unique("dave"), "buyer"))
        .contentType(ContentType.JSON)
        .body(Map.of())
        .when()
        .post("/api/v1/organisations")
        .then()
        .statusCode(400);
  }

  @Test
  void anonymousWritesAreCountedPerAddress() {
    String address = newAddress();
    for (int i = 0; i < WiremockOidcProfile.WRITE_CAPACITY; i++) {
      given()
          .header("X-Forwarded-For", address)
          .contentType(ContentType.JSON)
          .body(Map.of())
          .when()
          .post("/api/v1/organisations")
          .then()
          .statusCode(400);
    }
    given()
        .header("X-Forwarded-For", address)
        .contentType(ContentType.JSON)
        .body(Map.of())
        .when()
        .post("/api/v1/organisations")
        .then()
        .statusCode(429);
    given()
        .header("X-Forwarded-For", newAddress())
        .contentType(ContentType.JSON)
        .body(Map.of())
        .when()
        .post("/api/v1/organisations")
        .then()
        .statusCode(400);
  }

  @Test
  void httpsDeploymentsSendHsts() {
    given()
        .header("X-Forwarded-For", newAddress())
        .when()
        .get("/")
        .then()
        .header("Strict-Transport-Security", containsString("max-age=31536000"));
  }
}
