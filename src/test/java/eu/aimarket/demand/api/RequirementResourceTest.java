package eu.aimarket.demand.api;

import static eu.aimarket.demand.RequirementFixtures.germanLlmInTheEu;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.catalog.demo.DemoCatalogLoader;
import eu.aimarket.demand.RequirementData;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.policy.PolicyFixtures;
import eu.aimarket.policy.PolicyService;
import eu.aimarket.policy.PolicyTemplates;
import eu.aimarket.testsupport.Pages;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequirementResourceTest {

  private static final String PROBLEM = "application/problem+json";

  @Inject PolicyService policies;

  static String create(Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/requirements")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aRequirementNamesOnlyAPlatformPolicyOrOneOfItsBuyersOwn() {
    UUID othersPolicy =
        PolicyFixtures.ownPolicy(
                policies,
                DemoCatalogLoader.organisationId("mittelstand-demo"),
                "Mittelstand's own " + System.nanoTime(),
                "Private to another buyer.")
            .id();
    Map<String, Object> body = germanLlmInTheEu("Borrowed policy " + System.nanoTime());
    body.put("policyId", othersPolicy.toString());
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/requirements")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("policyId"));

    String id = create(germanLlmInTheEu("Own policy later " + System.nanoTime()));
    body.put("version", 0);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put("/api/v1/requirements/" + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("policyId"));

    body.put("policyId", PolicyTemplates.PUBLIC_BUYER.toString());
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put("/api/v1/requirements/" + id)
        .then()
        .statusCode(200)
        .body("policyId", equalTo(PolicyTemplates.PUBLIC_BUYER.toString()));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aBuyerPostsReadsAndChangesItsRequirement() {
    String id = create(germanLlmInTheEu("German LLM " + System.nanoTime()));
    given()
        .when()
        .get("/api/v1/requirements/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("buyer.id", equalTo(DemoCatalogLoader.organisationId("gemeente-demo").toString()))
        .body("mustHaves.dataLocation", equalTo("EU"))
        .body("niceToHaves.languagesWeight", equalTo(30));
    Map<String, Object> change = germanLlmInTheEu("German LLM, revised");
    change.put("version", 0);
    given()
        .contentType(ContentType.JSON)
        .body(change)
        .when()
        .put("/api/v1/requirements/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("title", equalTo("German LLM, revised"));
    given()
        .contentType(ContentType.JSON)
        .body(change)
        .when()
        .put("/api/v1/requirements/" + id)
        .then()
        .statusCode(409);
    change.remove("version");
    given()
        .contentType(ContentType.JSON)
        .body(change)
        .when()
        .put("/api/v1/requirements/" + id)
        .then()
        .statusCode(428);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(change)
        .when()
        .put("/api/v1/requirements/" + id)
        .then()
        .statusCode(412);
    given().when().get("/api/v1/requirements").then().statusCode(200).body("items.id", hasItem(id));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void rejectsInvalidRequirementsFieldByField() {
    Map<String, Object> body = germanLlmInTheEu("");
    body.put("category", "TOASTER");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/requirements")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("category"));
    body = germanLlmInTheEu("");
    body.put(
        "mustHaves",
        Map.of("dataLocation", "COUNTRIES", "minimumSeal", Map.of("SOV-9", 2, "SOV-3", 7)));
    body.put("niceToHaves", Map.of("languagesWeight", 150));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/requirements")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("title"))
        .body("errors.field", hasItem(containsString("minimumSeal")))
        .body("errors.field", hasItem("niceToHaves.languagesWeight"));
    body = germanLlmInTheEu("Countries without countries");
    body.put("mustHaves", Map.of("dataLocation", "COUNTRIES"));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/requirements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("mustHaves.dataCountries"));
    given()
        .when()
        .get("/api/v1/requirements")
        .then()
        .body("items.title", not(hasItem("Countries without countries")));
  }

  @Test
  void anonymousCallersAreUnauthorised() {
    given().when().get("/api/v1/requirements").then().statusCode(401).contentType(PROBLEM);
    given()
        .contentType(ContentType.JSON)
        .body(germanLlmInTheEu("Anonymous"))
        .when()
        .post("/api/v1/requirements")
        .then()
        .statusCode(401);
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierCannotPostRequirementsNorReadPrivateOnesButSeesOpenSummaries() {
    given()
        .contentType(ContentType.JSON)
        .body(germanLlmInTheEu("Supplier's attempt"))
        .when()
        .post("/api/v1/requirements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("buyerOrganisationId"));
    Map<String, Object> forBuyer = germanLlmInTheEu("Planted requirement");
    forBuyer.put(
        "buyerOrganisationId", DemoCatalogLoader.organisationId("gemeente-demo").toString());
    given()
        .contentType(ContentType.JSON)
        .body(forBuyer)
        .when()
        .post("/api/v1/requirements")
        .then()
        .statusCode(403);
    given().when().get("/api/v1/requirements/open").then().statusCode(200);
    given()
        .when()
        .get("/api/v1/requirements")
        .then()
        .statusCode(200)
        .body("items", equalTo(List.of()));
  }

  @Inject RequirementService requirements;

  @Test
  @TestSecurity(user = "supplier2", roles = "supplier")
  void anotherOrganisationsRequirementIsNotFoundButItsOpenSummaryIsListed() {
    Map<String, Object> body = germanLlmInTheEu("Open tender " + System.nanoTime());
    RequirementView open =
        requirements.create(
            DemoCatalogLoader.organisationId("gemeente-demo"),
            new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules()
                .convertValue(body, RequirementData.class),
            "buyer");
    given()
        .when()
        .get("/api/v1/requirements/" + open.id())
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("title", "x"))
        .when()
        .put("/api/v1/requirements/" + open.id())
        .then()
        .statusCode(400);
    Map<String, Object> change = germanLlmInTheEu("Hijacked");
    change.put("version", 0);
    given()
        .contentType(ContentType.JSON)
        .body(change)
        .when()
        .put("/api/v1/requirements/" + open.id())
        .then()
        .statusCode(404);
    Map<String, Object> summary =
        Pages.all("/api/v1/requirements/open").stream()
            .filter(item -> item.get("id").equals(open.id().toString()))
            .findFirst()
            .orElseThrow();
    assertEquals(body.get("title"), summary.get("title"));
    assertFalse(summary.containsKey("budgetMaxEur"), "the budget stays the buyer's");
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void openRequirementsComeOnePageAtATime() {
    UUID gemeente = DemoCatalogLoader.organisationId("gemeente-demo");
    RequirementView first = requirements.create(gemeente, paging("Paged A"), "buyer");
    RequirementView second = requirements.create(gemeente, paging("Paged B"), "buyer");
    given()
        .queryParam("limit", 1)
        .when()
        .get("/api/v1/requirements/open")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("nextCursor", notNullValue());
    List<Object> ids =
        Pages.all("/api/v1/requirements/open?limit=1").stream()
            .map(item -> item.get("id"))
            .toList();
    assertTrue(ids.contains(first.id().toString()) && ids.contains(second.id().toString()));
    assertEquals(ids.size(), Set.copyOf(ids).size(), "no requirement on two pages");
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aCursorThisApiDidNotIssueIsRefused() {
    given()
        .queryParam("cursor", "not-a-cursor")
        .when()
        .get("/api/v1/requirements/open")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("cursor"));
    given()
        .queryParam("limit", 0)
        .when()
        .get("/api/v1/requirements/open")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  private RequirementData paging(String title) {
    return new ObjectMapper()
        .findAndRegisterModules()
        .convertValue(germanLlmInTheEu(title + " " + System.nanoTime()), RequirementData.class);
  }
}
