package eu.aimarket.matching.api;

import static eu.aimarket.demand.RequirementFixtures.germanLlmInTheEu;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.catalog.OfferingData;
import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.catalog.demo.DemoCatalogLoader;
import eu.aimarket.demand.RequirementData;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.policy.PolicyTemplates;
import eu.aimarket.testsupport.Pages;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MatchRunResourceTest {

  private static final String PROBLEM = "application/problem+json";

  @Inject OfferingService offerings;
  @Inject RequirementService requirements;
  @Inject ObjectMapper json;

  /** Two offerings that differ only in who controls their supplier: same fit by construction. */
  private OfferingView[] twins(String tag) {
    Map<String, Object> body = OfferingFixtures.validOffering("Twin " + tag);
    body.put("deploymentModels", List.of("DEDICATED_CLOUD", "ON_PREMISES"));
    body.put("dataStorageCountries", List.of("DE"));
    body.put("dataProcessingCountries", List.of("DE"));
    body.put("languages", List.of("de", "fr", "nl"));
    OfferingData data = json.convertValue(body, OfferingData.class);
    OfferingView european = offerings.create(DemoCatalogLoader.organisationId("aleph-alpha"), data);
    OfferingView american = offerings.create(DemoCatalogLoader.organisationId("microsoft"), data);
    return new OfferingView[] {european, american};
  }

  private RequirementView openRequirement(String title) {
    return requirements.create(
        DemoCatalogLoader.organisationId("gemeente-demo"),
        json.convertValue(germanLlmInTheEu(title), RequirementData.class),
        "buyer");
  }

  private static JsonPath run(Object requirementId, Object policyId) {
    return given()
        .contentType(ContentType.JSON)
        .body(policyId == null ? Map.of() : Map.of("policyId", policyId.toString()))
        .when()
        .post("/api/v1/requirements/" + requirementId + "/matches")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static int rankOf(JsonPath run, Object offeringId) {
    Integer rank = run.getInt("ranking.ranked.find { it.offeringId == '" + offeringId + "' }.rank");
    assertNotNull(rank, offeringId + " is ranked");
    return rank;
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void sovereigntyFirstRanksTheEuControlledTwinAheadAndNeutralFollowsFitAlone() {
    OfferingView[] twins = twins("acceptance");
    RequirementView requirement = openRequirement("German LLM, data in the EU");

    JsonPath sovereign = run(requirement.id(), null);
    assertEquals(PolicyTemplates.SOVEREIGNTY_FIRST_NAME, sovereign.getString("policyName"));
    assertTrue(
        rankOf(sovereign, twins[0].id()) < rankOf(sovereign, twins[1].id()), "EU twin ahead");
    String fitPath = "ranking.ranked.find { it.offeringId == '%s' }.fit";
    assertEquals(
        sovereign.getString(String.format(fitPath, twins[0].id())),
        sovereign.getString(String.format(fitPath, twins[1].id())),
        "the twins have the same fit");

    JsonPath neutral = run(requirement.id(), PolicyTemplates.NEUTRAL);
    List<Map<String, Object>> ranked = neutral.getList("ranking.ranked");
    assertFalse(ranked.isEmpty());
    for (int i = 0; i < ranked.size(); i++) {
      Map<String, Object> result = ranked.get(i);
      assertEquals(
          new BigDecimal(result.get("fit").toString()),
          new BigDecimal(result.get("score").toString()),
          "neutral: score is fit");
      if (i > 0) {
        assertTrue(
            new BigDecimal(ranked.get(i - 1).get("fit").toString())
                    .compareTo(new BigDecimal(result.get("fit").toString()))
                >= 0,
            "neutral: ordered by fit");
      }
    }
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void everyResultsTermsAddUpAndEveryExclusionSaysWhy() {
    RequirementView requirement = openRequirement("Terms check");
    JsonPath run = run(requirement.id(), null);
    List<Map<String, Object>> ranked = run.getList("ranking.ranked");
    assertFalse(ranked.isEmpty());
    for (Map<String, Object> result : ranked) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> terms = (List<Map<String, Object>>) result.get("terms");
      BigDecimal sum =
          terms.stream()
              .map(t -> new BigDecimal(t.get("points").toString()))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(
          0,
          sum.compareTo(new BigDecimal(result.get("score").toString())),
          "terms of " + result.get("offeringName"));
    }
    List<Map<String, Object>> excluded = run.getList("ranking.excluded");
    assertFalse(excluded.isEmpty(), "the demo catalogue has LLMs that miss these must-haves");
    for (Map<String, Object> exclusion : excluded) {
      assertFalse(
          ((List<?>) exclusion.get("reasons")).isEmpty(),
          "excluded " + exclusion.get("offeringName") + " says why");
    }
    assertNotNull(run.get("incumbentComparison.incumbentStatus"));
    assertTrue(run.getLong("catalogVersion") > 0);
    assertEquals(0, run.getInt("requirementVersion"));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aReplayAfterAnOfferingChangedGivesTheIdenticalRanking() {
    OfferingView[] twins = twins("replay");
    RequirementView requirement = openRequirement("Replay me");
    JsonPath original = run(requirement.id(), null);
    String runId = original.getString("id");

    // The European twin drops German: it would no longer pass the must-haves today.
    Map<String, Object> body = OfferingFixtures.validOffering(twins[0].name());
    body.put("languages", List.of("en"));
    offerings.update(
        twins[0].id(), json.convertValue(body, OfferingData.class), twins[0].version());

    JsonPath replay =
        given()
            .contentType(ContentType.JSON)
            .when()
            .post("/api/v1/match-runs/" + runId + "/replay")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertTrue(replay.getBoolean("identical"));
    assertEquals(
        original.getList("ranking.ranked.offeringId"),
        replay.getList("replayed.ranking.ranked.offeringId"));
    rankOf(original, twins[0].id());

    JsonPath fresh = run(requirement.id(), null);
    assertTrue(
        fresh.getList("ranking.ranked.offeringId").stream()
            .noneMatch(id -> id.equals(twins[0].id().toString())),
        "a new run sees today's catalogue");
    given()
        .when()
        .get("/api/v1/match-runs/" + runId)
        .then()
        .statusCode(200)
        .body("id", equalTo(runId));
    given()
        .when()
        .get("/api/v1/requirements/" + requirement.id() + "/matches")
        .then()
        .statusCode(200)
        .body("items.size()", greaterThan(1));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void otherOrganisationsCannotRunReadOrReplay() {
    RequirementView requirement = openRequirement("Not for suppliers");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .when()
        .post("/api/v1/requirements/" + requirement.id() + "/matches")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    given()
        .when()
        .get("/api/v1/requirements/" + requirement.id() + "/matches")
        .then()
        .statusCode(404);
    given()
        .when()
        .get("/api/v1/match-runs/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404);
  }

  @Test
  void anonymousCallersAreUnauthorised() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of())
        .when()
        .post("/api/v1/requirements/00000000-0000-0000-0000-000000000000/matches")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
    given()
        .when()
        .get("/api/v1/match-runs/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(401);
    given()
        .contentType(ContentType.JSON)
        .when()
        .post("/api/v1/match-runs/00000000-0000-0000-0000-000000000000/replay")
        .then()
        .statusCode(401);
    // A form post to the API without its CSRF token is refused, and says so in problem+json.
    given()
        .when()
        .post("/api/v1/match-runs/00000000-0000-0000-0000-000000000000/replay")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void anUnknownPolicyIsRejected() {
    RequirementView requirement = openRequirement("Unknown policy");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("policyId", "00000000-0000-0000-0000-00000000beef"))
        .when()
        .post("/api/v1/requirements/" + requirement.id() + "/matches")
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(400, 404))
        .contentType(PROBLEM);
    given()
        .contentType(ContentType.JSON)
        .body("{\"policyId\": \"not-a-uuid\"}")
        .when()
        .post("/api/v1/requirements/" + requirement.id() + "/matches")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("policyId"));
  }

  @Test
  @TestSecurity(user = "supplier2", roles = "supplier")
  void aSupplierSeesTheOpenRequirementsItsOfferingPassesWithItsRank() {
    OfferingView[] twins = twins("reverse");
    RequirementView requirement = openRequirement("Reverse " + System.nanoTime());
    Map<String, Object> match =
        Pages.all("/api/v1/offerings/" + twins[0].id() + "/matching-requirements").stream()
            .filter(item -> requirementIdOf(item).equals(requirement.id().toString()))
            .findFirst()
            .orElseThrow();
    assertNotNull(match.get("rank"));
    assertEquals(PolicyTemplates.SOVEREIGNTY_FIRST_NAME, match.get("policyName"));
    given()
        .when()
        .get("/api/v1/offerings/" + twins[1].id() + "/matching-requirements")
        .then()
        .statusCode(403);
    given()
        .when()
        .get("/api/v1/offerings/00000000-0000-0000-0000-000000000000/matching-requirements")
        .then()
        .statusCode(404);
  }

  @SuppressWarnings("unchecked")
  private static Object requirementIdOf(Map<String, Object> match) {
    return ((Map<String, Object>) match.get("requirement")).get("id");
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aRequirementsRunsComeNewestFirstOnePageAtATime() {
    RequirementView requirement = openRequirement("Paged runs " + System.nanoTime());
    String oldest = run(requirement.id(), null).getString("id");
    String middle = run(requirement.id(), null).getString("id");
    String newest = run(requirement.id(), null).getString("id");
    String path = "/api/v1/requirements/" + requirement.id() + "/matches";
    JsonPath first =
        given().queryParam("limit", 2).when().get(path).then().statusCode(200).extract().jsonPath();
    assertEquals(List.of(newest, middle), first.getList("items.id"));
    JsonPath second =
        given()
            .queryParam("limit", 2)
            .queryParam("cursor", first.getString("nextCursor"))
            .when()
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of(oldest), second.getList("items.id"));
    assertEquals(null, second.getString("nextCursor"));

    RequirementView other = openRequirement("Other runs " + System.nanoTime());
    run(other.id(), null);
    given()
        .queryParam("cursor", first.getString("nextCursor"))
        .when()
        .get("/api/v1/requirements/" + other.id() + "/matches")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("cursor"));
    given()
        .queryParam("cursor", "garbage")
        .when()
        .get(path)
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aMatchRunHasAnEntityTag() {
    RequirementView requirement = openRequirement("Tagged run " + System.nanoTime());
    String runId = run(requirement.id(), null).getString("id");
    given()
        .when()
        .get("/api/v1/match-runs/" + runId)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"" + runId + "\""));
  }

  @Test
  @TestSecurity(user = "supplier2", roles = "supplier")
  void matchingRequirementsComeOnePageAtATime() {
    OfferingView[] twins = twins("paged reverse");
    RequirementView first = openRequirement("Reverse A " + System.nanoTime());
    RequirementView second = openRequirement("Reverse B " + System.nanoTime());
    String path = "/api/v1/offerings/" + twins[0].id() + "/matching-requirements";
    given()
        .queryParam("limit", 1)
        .when()
        .get(path)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("nextCursor", notNullValue());
    List<Object> ids =
        Pages.all(path + "?limit=1").stream().map(MatchRunResourceTest::requirementIdOf).toList();
    assertTrue(ids.contains(first.id().toString()) && ids.contains(second.id().toString()));
    assertEquals(ids.size(), java.util.Set.copyOf(ids).size(), "no requirement on two pages");
    given()
        .queryParam("cursor", "garbage")
        .when()
        .get(path)
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }
}
