package eu.aimarket.identity.api;

import static eu.aimarket.identity.IdentityFixtures.GEMEENTE;
import static eu.aimarket.identity.IdentityFixtures.MISTRAL;
import static eu.aimarket.identity.IdentityFixtures.MITTELSTAND;
import static eu.aimarket.identity.IdentityFixtures.buyerWithMember;
import static eu.aimarket.identity.IdentityFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import eu.aimarket.identity.NewMember;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.identity.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberResourceTest {

  private static final String PROBLEM = "application/problem+json";

  /** What a browser asks for when it follows a link. */
  private static final String BROWSER =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @Inject OrganisationService organisations;

  private static Map<String, Object> member(String subject, String role) {
    Map<String, Object> body = new HashMap<>();
    body.put("subject", subject);
    body.put("role", role);
    return body;
  }

  private static Map<String, Object> serviceAccount(String subject) {
    Map<String, Object> body = member(subject, "BUYER");
    body.put("serviceAccount", true);
    body.put("label", "Procurement system");
    return body;
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void membersSeeTheirOrganisationsMembers() {
    given()
        .when()
        .get("/api/v1/organisations/" + MISTRAL + "/members")
        .then()
        .statusCode(200)
        .body("items.subject", hasItem("supplier"))
        .body("items.role", hasItem("SUPPLIER"));
  }

  @Test
  void anonymousCallersMayNotSeeMembers() {
    given()
        .accept(BROWSER)
        .when()
        .get("/api/v1/organisations/" + MISTRAL + "/members")
        .then()
        .statusCode(401)
        .contentType(PROBLEM)
        .header("WWW-Authenticate", containsString("Bearer"));
  }

  @Test
  @TestSecurity(user = "supplier2", roles = "supplier")
  void anotherOrganisationsMembersAreNotShown() {
    given()
        .when()
        .get("/api/v1/organisations/" + MISTRAL + "/members")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void listingAnUnknownOrganisationOrWithABadLimitFails() {
    given()
        .when()
        .get("/api/v1/organisations/" + UUID.randomUUID() + "/members")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    given()
        .queryParam("limit", 0)
        .when()
        .get("/api/v1/organisations/" + MISTRAL + "/members")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void membersArePagedWithACursor() {
    String founder = unique("founder");
    UUID organisation = buyerWithMember(organisations, founder);
    organisations.addMember(
        organisation, new NewMember(unique("colleague"), Role.BUYER, null, false), founder);
    String next =
        given()
            .queryParam("limit", 1)
            .when()
            .get("/api/v1/organisations/" + organisation + "/members")
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .body("nextCursor", notNullValue())
            .extract()
            .path("nextCursor");
    given()
        .queryParam("limit", 1)
        .queryParam("cursor", next)
        .when()
        .get("/api/v1/organisations/" + organisation + "/members")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("nextCursor", equalTo(null));
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void anAdminMakesAProcurementSystemAMemberOfOneBuyerOrganisation() {
    String system = unique("service-account-procurement");
    UUID first = buyerWithMember(organisations, unique("buyer"));
    given()
        .contentType(ContentType.JSON)
        .body(serviceAccount(system))
        .when()
        .post("/api/v1/organisations/" + first + "/members")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/organisations/" + first + "/members/"))
        .body("subject", equalTo(system))
        .body("serviceAccount", equalTo(true))
        .body("role", equalTo("BUYER"));
    given()
        .contentType(ContentType.JSON)
        .body(serviceAccount(system))
        .when()
        .post("/api/v1/organisations/" + first + "/members")
        .then()
        .statusCode(409)
        .contentType(PROBLEM);
    given()
        .contentType(ContentType.JSON)
        .body(serviceAccount(system))
        .when()
        .post("/api/v1/organisations/" + MITTELSTAND + "/members")
        .then()
        .statusCode(409)
        .body("detail", containsString("one organisation only"));
    given()
        .when()
        .get("/api/v1/organisations/" + MITTELSTAND + "/members")
        .then()
        .body("items.subject", not(hasItem(system)));
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void aRoleMustSuitTheOrganisation() {
    Map<String, Object> supplierSystem = serviceAccount(unique("service-account"));
    supplierSystem.put("role", "SUPPLIER");
    given()
        .contentType(ContentType.JSON)
        .body(supplierSystem)
        .when()
        .post("/api/v1/organisations/" + MISTRAL + "/members")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("role"));
    given()
        .contentType(ContentType.JSON)
        .body(member(unique("person"), "SUPPLIER"))
        .when()
        .post("/api/v1/organisations/" + GEMEENTE + "/members")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("role"))
        .body("errors[0].message", containsString("BUYER"));
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void invalidMemberRequestsNameTheFieldAndSaveNothing() {
    given()
        .contentType(ContentType.JSON)
        .body(member(" ", "BUYER"))
        .when()
        .post("/api/v1/organisations/" + GEMEENTE + "/members")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("subject"));
    given()
        .contentType(ContentType.JSON)
        .body(member("someone", "OWNER"))
        .when()
        .post("/api/v1/organisations/" + GEMEENTE + "/members")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("role"));
    given()
        .contentType(ContentType.JSON)
        .body(member("someone", "BUYER"))
        .when()
        .post("/api/v1/organisations/" + UUID.randomUUID() + "/members")
        .then()
        .statusCode(404);
    given()
        .when()
        .get("/api/v1/organisations/" + GEMEENTE + "/members")
        .then()
        .body("items.subject", not(hasItem("someone")));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void membersAddColleaguesOnlyInRolesTheyHold() {
    String colleague = unique("colleague");
    given()
        .contentType(ContentType.JSON)
        .body(member(colleague, "BUYER"))
        .when()
        .post("/api/v1/organisations/" + GEMEENTE + "/members")
        .then()
        .statusCode(201)
        .body("subject", equalTo(colleague));
    given()
        .contentType(ContentType.JSON)
        .body(member(unique("would-be-admin"), "ADMIN"))
        .when()
        .post("/api/v1/organisations/" + GEMEENTE + "/members")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    given()
        .contentType(ContentType.JSON)
        .body(serviceAccount(unique("service-account")))
        .when()
        .post("/api/v1/organisations/" + GEMEENTE + "/members")
        .then()
        .statusCode(403)
        .body("detail", containsString("administrators"));
    given()
        .contentType(ContentType.JSON)
        .body(member(unique("intruder"), "SUPPLIER"))
        .when()
        .post("/api/v1/organisations/" + MISTRAL + "/members")
        .then()
        .statusCode(403);
  }

  @Test
  void anonymousCallersMayNotAddMembers() {
    given()
        .contentType(ContentType.JSON)
        .body(member("someone", "BUYER"))
        .when()
        .post("/api/v1/organisations/" + GEMEENTE + "/members")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "remover", roles = "buyer")
  void membersRemoveColleaguesButNotTheLastMember() {
    UUID organisation = buyerWithMember(organisations, "remover");
    String colleagueId =
        organisations
            .addMember(
                organisation,
                new NewMember(unique("colleague"), Role.BUYER, null, false),
                "remover")
            .id()
            .toString();
    given()
        .when()
        .delete("/api/v1/organisations/" + organisation + "/members/" + colleagueId)
        .then()
        .statusCode(204);
    given()
        .when()
        .delete("/api/v1/organisations/" + organisation + "/members/" + colleagueId)
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    String own =
        given()
            .when()
            .get("/api/v1/organisations/" + organisation + "/members")
            .then()
            .body("items", hasSize(1))
            .extract()
            .path("items[0].id");
    given()
        .when()
        .delete("/api/v1/organisations/" + organisation + "/members/" + own)
        .then()
        .statusCode(409)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "supplier2", roles = "supplier")
  void nonMembersMayNotRemoveMembers() {
    String founder = unique("founder");
    UUID organisation = buyerWithMember(organisations, founder);
    String member =
        organisations
            .addMember(
                organisation, new NewMember(unique("colleague"), Role.BUYER, null, false), founder)
            .id()
            .toString();
    given()
        .when()
        .delete("/api/v1/organisations/" + organisation + "/members/" + member)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void anAdminMayRemoveTheLastMemberAndTheChangeIsAudited() {
    String founder = unique("founder");
    UUID organisation = buyerWithMember(organisations, founder);
    String only =
        given()
            .when()
            .get("/api/v1/organisations/" + organisation + "/members")
            .then()
            .extract()
            .path("items[0].id");
    given()
        .when()
        .delete("/api/v1/organisations/" + organisation + "/members/" + only)
        .then()
        .statusCode(204);
    given()
        .queryParam("objectType", "membership")
        .queryParam("objectId", only)
        .when()
        .get("/api/v1/audit-events")
        .then()
        .statusCode(200)
        .body("items.action", equalTo(java.util.List.of("removed", "added")))
        .body("items[0].actor.name", equalTo("admin"))
        .body("items[0].before.subject", equalTo(founder))
        .body("items[0].after", equalTo(null));
  }
}
