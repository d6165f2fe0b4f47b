package eu.aimarket.identity.api;

import static eu.aimarket.identity.IdentityFixtures.MISTRAL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

  /** What a browser asks for when it follows a link. */
  private static final String BROWSER =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierSeesTheirRolesAndOrganisation() {
    given()
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("name", equalTo("supplier"))
        .body("roles", hasItem("SUPPLIER"))
        .body("memberships.organisationId", hasItem(MISTRAL.toString()))
        .body("memberships.organisationName", hasItem("Mistral AI SAS"));
  }

  @Test
  void anonymousCallersGet401AsProblemJsonNeverASignInPage() {
    given()
        .accept(BROWSER)
        .redirects()
        .follow(false)
        .when()
        .get("/api/v1/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401));
  }
}
