package eu.aimarket.identity.api;

import static eu.aimarket.identity.IdentityFixtures.MISTRAL;
import static eu.aimarket.identity.IdentityFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.aimarket.testsupport.Keycloak;
import eu.aimarket.testsupport.KeycloakServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A supplier invites a colleague: the application creates the account in Keycloak. */
@QuarkusIntegrationTest
@WithTestResource(KeycloakServer.class)
class InvitationIT {

  private static Map<String, Object> invitation(String email) {
    return Map.of(
        "email", email, "firstName", "Camille", "lastName", "Colleague", "role", "SUPPLIER");
  }

  @Test
  void anInvitedColleagueGetsAKeycloakAccountAndActsForTheSupplier() {
    String supplier = Keycloak.passwordToken("supplier", "supplier-demo-only");
    String email = unique("camille") + "@mistral.example.fr";

    String subject =
        given()
            .auth()
            .oauth2(supplier)
            .contentType(ContentType.JSON)
            .body(invitation(email))
            .when()
            .post("/api/v1/organisations/" + MISTRAL + "/invitations")
            .then()
            .statusCode(201)
            .body("account.outcome", equalTo("CREATED"))
            .body("member.role", equalTo("SUPPLIER"))
            .extract()
            .path("member.subject");

    JsonNode account = Keycloak.userByEmail(email);
    assertNotNull(account, "Keycloak has the account");
    assertEquals(subject, account.get("id").asText(), "the membership is keyed by its subject");
    assertTrue(
        account.get("requiredActions").toString().contains("UPDATE_PASSWORD"),
        "the colleague chooses a password at first sign-in");

    given()
        .auth()
        .oauth2(supplier)
        .contentType(ContentType.JSON)
        .body(invitation(email))
        .when()
        .post("/api/v1/organisations/" + MISTRAL + "/invitations")
        .then()
        .statusCode(409);

    Keycloak.completeFirstSignIn(subject, "a-password-of-their-own");
    String colleague = Keycloak.passwordToken(email, "a-password-of-their-own");
    given()
        .auth()
        .oauth2(colleague)
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("memberships.organisationId", hasItem(MISTRAL.toString()))
        .body("memberships.role", hasItem("SUPPLIER"));
  }

  @Test
  void aMemberOfAnotherSupplierCannotInviteAndNoAccountIsCreated() {
    String supplier2 = Keycloak.passwordToken("supplier2", "supplier2-demo-only");
    String email = unique("mole") + "@aleph-alpha.example.de";
    given()
        .auth()
        .oauth2(supplier2)
        .contentType(ContentType.JSON)
        .body(invitation(email))
        .when()
        .post("/api/v1/organisations/" + MISTRAL + "/invitations")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    assertNull(Keycloak.userByEmail(email));
  }
}
