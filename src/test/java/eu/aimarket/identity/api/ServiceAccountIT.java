package eu.aimarket.identity.api;

import static eu.aimarket.identity.IdentityFixtures.GEMEENTE;
import static eu.aimarket.identity.IdentityFixtures.MISTRAL;
import static eu.aimarket.identity.IdentityFixtures.MITTELSTAND;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import eu.aimarket.testsupport.Keycloak;
import eu.aimarket.testsupport.KeycloakServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A procurement system signs in with the client-credentials grant at Keycloak and, once an admin
 * has made its service account a member of one buyer organisation, acts for that organisation.
 */
@QuarkusIntegrationTest
@WithTestResource(KeycloakServer.class)
class ServiceAccountIT {

  private static final String PROBLEM = "application/problem+json";

  @Test
  void aProcurementSystemActsForTheOneBuyerOrganisationAnAdminMadeItAMemberOf() {
    String system =
        Keycloak.clientCredentialsToken(
            Keycloak.REALM, Keycloak.PROCUREMENT_CLIENT, Keycloak.PROCUREMENT_SECRET);
    String subject = Keycloak.claims(system).get("sub").asText();

    given()
        .auth()
        .oauth2(system)
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("subject", equalTo(subject))
        .body("roles", equalTo(java.util.List.of("BUYER")))
        .body("memberships", empty());
    given()
        .auth()
        .oauth2(system)
        .when()
        .get("/api/v1/organisations/" + GEMEENTE + "/members")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);

    String admin = Keycloak.passwordToken("admin", "admin-demo-only");
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "subject",
                subject,
                "role",
                "BUYER",
                "serviceAccount",
                true,
                "label",
                "Demo procurement system"))
        .when()
        .post("/api/v1/organisations/" + GEMEENTE + "/members")
        .then()
        .statusCode(201)
        .body("serviceAccount", equalTo(true));

    given()
        .auth()
        .oauth2(system)
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("memberships.organisationId", equalTo(java.util.List.of(GEMEENTE.toString())))
        .body("memberships.role", equalTo(java.util.List.of("BUYER")));
    given()
        .auth()
        .oauth2(system)
        .when()
        .get("/api/v1/organisations/" + GEMEENTE + "/members")
        .then()
        .statusCode(200)
        .body("items.label", hasItem("Demo procurement system"));
    given()
        .auth()
        .oauth2(system)
        .when()
        .get("/api/v1/organisations/" + MISTRAL + "/members")
        .then()
        .statusCode(403);
    given().auth().oauth2(system).when().get("/api/v1/audit-events").then().statusCode(403);

    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("subject", subject, "role", "BUYER", "serviceAccount", true))
        .when()
        .post("/api/v1/organisations/" + MITTELSTAND + "/members")
        .then()
        .statusCode(409)
        .contentType(PROBLEM);

    given()
        .auth()
        .oauth2(admin)
        .queryParam("objectType", "membership")
        .queryParam("actor", "admin")
        .when()
        .get("/api/v1/audit-events")
        .then()
        .statusCode(200)
        .body("items.after.subject", hasItem(subject));
  }
}
