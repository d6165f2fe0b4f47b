package eu.aimarket.identity.api;

import static eu.aimarket.catalog.OfferingFixtures.validOffering;
import static eu.aimarket.identity.IdentityFixtures.MISTRAL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditEventResourceTest {

  private static final String PROBLEM = "application/problem+json";

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void recordsWhoChangedAnOfferingFromWhatToWhatAndNothingForARefusedChange() {
    Map<String, Object> body = validOffering("Audited model");
    body.put("supplierId", MISTRAL.toString());
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(body)
            .when()
            .post("/api/v1/offerings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    body.put("name", "Audited model, renamed");
    body.put("dataStorageCountries", List.of("US"));
    body.put("version", 0);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put("/api/v1/offerings/" + id)
        .then()
        .statusCode(200);
    body.put("name", "A stale change");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put("/api/v1/offerings/" + id)
        .then()
        .statusCode(409);

    given()
        .queryParam("objectType", "offering")
        .queryParam("objectId", id)
        .when()
        .get("/api/v1/audit-events")
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items.action", equalTo(List.of("updated", "created")))
        .body("items.actor.name", everyItem(equalTo("admin")))
        .body("items[0].before.name", equalTo("Audited model"))
        .body("items[0].after.name", equalTo("Audited model, renamed"))
        .body("items[0].after.dataStorageCountries", equalTo(List.of("US")))
        .body("items[0].changed", hasItem("name"))
        .body("items[0].changed", hasItem("dataStorageCountries"))
        .body("items[0].changed", not(hasItem("category")))
        .body("items[0].after.sovereignty", equalTo(null))
        .body("items[1].before", equalTo(null))
        .body("items[1].occurredAt", notNullValue());
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void pagesNewestFirstWithACursorAndFiltersByObjectType() {
    JsonPath first =
        given()
            .queryParam("objectType", "organisation")
            .queryParam("limit", 2)
            .when()
            .get("/api/v1/audit-events")
            .then()
            .statusCode(200)
            .body("items", hasSize(2))
            .body("items.objectType", everyItem(equalTo("organisation")))
            .body("nextCursor", notNullValue())
            .extract()
            .jsonPath();
    List<String> firstPage = first.getList("items.id");
    List<String> secondPage =
        given()
            .queryParam("objectType", "organisation")
            .queryParam("limit", 2)
            .queryParam("cursor", first.getString("nextCursor"))
            .when()
            .get("/api/v1/audit-events")
            .then()
            .statusCode(200)
            .body("items", not(empty()))
            .body("items.objectType", everyItem(equalTo("organisation")))
            .extract()
            .path("items.id");
    // Time-ordered ids: newer events have greater ids, so each page continues below the last.
    assertTrue(firstPage.get(0).compareTo(firstPage.get(1)) > 0, "newest first");
    assertTrue(secondPage.get(0).compareTo(firstPage.get(1)) < 0, "the next page is older");
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void badFiltersNameTheParameter() {
    given()
        .queryParam("objectType", "Offering; drop table")
        .when()
        .get("/api/v1/audit-events")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("objectType"));
    given()
        .queryParam("cursor", "not-a-cursor")
        .when()
        .get("/api/v1/audit-events")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
    given()
        .queryParam("limit", 101)
        .when()
        .get("/api/v1/audit-events")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    given()
        .queryParam("objectId", "x".repeat(65))
        .when()
        .get("/api/v1/audit-events")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("objectId"));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void onlyAdminsReadTheAuditLog() {
    given().when().get("/api/v1/audit-events").then().statusCode(403).contentType(PROBLEM);
  }

  @Test
  void anonymousCallersMayNotReadTheAuditLog() {
    given().when().get("/api/v1/audit-events").then().statusCode(401).contentType(PROBLEM);
  }
}
