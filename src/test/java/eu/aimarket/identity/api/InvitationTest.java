package eu.aimarket.identity.api;

import static eu.aimarket.identity.IdentityFixtures.GEMEENTE;
import static eu.aimarket.identity.IdentityFixtures.MISTRAL;
import static eu.aimarket.identity.IdentityFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Invitations where the identity provider manages its own accounts (the test profile, like dev):
 * the membership is recorded under the e-mail address. The Keycloak path is in InvitationIT.
 */
@QuarkusTest
class InvitationTest {

  private static final String PROBLEM = "application/problem+json";

  private static Map<String, Object> invitation(String email, String role) {
    Map<String, Object> body = new HashMap<>();
    body.put("email", email);
    body.put("firstName", "Nora");
    body.put("lastName", "Colleague");
    body.put("role", role);
    return body;
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierInvitesAColleagueAndIsToldTheProviderMustCreateTheAccount() {
    String email = unique("nora") + "@Example.EU";
    given()
        .contentType(ContentType.JSON)
        .body(invitation(email, "SUPPLIER"))
        .when()
        .post("/api/v1/organisations/" + MISTRAL + "/invitations")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/organisations/" + MISTRAL + "/members/"))
        .body("member.subject", equalTo(email.toLowerCase(java.util.Locale.ROOT)))
        .body("member.role", equalTo("SUPPLIER"))
        .body("account.outcome", equalTo("MANAGED_BY_PROVIDER"))
        .body("account.emailSent", equalTo(false))
        .body("account.detail", containsString("identity provider"));
    given()
        .contentType(ContentType.JSON)
        .body(invitation(email, "SUPPLIER"))
        .when()
        .post("/api/v1/organisations/" + MISTRAL + "/invitations")
        .then()
        .statusCode(409)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void invalidInvitationsNameTheFieldAndRecordNothing() {
    given()
        .contentType(ContentType.JSON)
        .body(invitation("not-an-address", "SUPPLIER"))
        .when()
        .post("/api/v1/organisations/" + MISTRAL + "/invitations")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("email"));
    Map<String, Object> noRole = invitation("someone@example.eu", "SUPPLIER");
    noRole.remove("role");
    given()
        .contentType(ContentType.JSON)
        .body(noRole)
        .when()
        .post("/api/v1/organisations/" + MISTRAL + "/invitations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("role"));
    given()
        .when()
        .get("/api/v1/organisations/" + MISTRAL + "/members")
        .then()
        .body("items.subject", not(hasItem("not-an-address")))
        .body("items.subject", not(hasItem("someone@example.eu")));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void noOneInvitesIntoAnotherOrganisationOrAnUnknownOne() {
    given()
        .contentType(ContentType.JSON)
        .body(invitation(unique("mole") + "@example.eu", "BUYER"))
        .when()
        .post("/api/v1/organisations/" + GEMEENTE + "/invitations")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    given()
        .contentType(ContentType.JSON)
        .body(invitation(unique("ghost") + "@example.eu", "SUPPLIER"))
        .when()
        .post("/api/v1/organisations/" + UUID.randomUUID() + "/invitations")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void aRoleTheOrganisationHasNotIsRefused() {
    given()
        .contentType(ContentType.JSON)
        .body(invitation(unique("buyer") + "@example.eu", "BUYER"))
        .when()
        .post("/api/v1/organisations/" + MISTRAL + "/invitations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("role"));
  }

  @Test
  void anonymousCallersMayNotInvite() {
    given()
        .contentType(ContentType.JSON)
        .body(invitation("someone@example.eu", "SUPPLIER"))
        .when()
        .post("/api/v1/organisations/" + MISTRAL + "/invitations")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }
}
