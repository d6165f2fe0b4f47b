package eu.aimarket.matching.api;

import static eu.aimarket.demand.RequirementFixtures.germanLlmInTheEu;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.catalog.OfferingData;
import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.demo.DemoCatalogLoader;
import eu.aimarket.demand.RequirementData;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.policy.PolicyService;
import eu.aimarket.policy.PolicyTemplates;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyPreviewResourceTest {

  @Inject RequirementService requirements;
  @Inject PolicyService policies;
  @Inject ObjectMapper json;

  private RequirementView openRequirement(String title) {
    Map<String, Object> body = germanLlmInTheEu(title);
    body.put("mustHaves", Map.of("languages", List.of("de")));
    body.put("niceToHaves", Map.of()); // every offering fits fully: only the rules order them
    return requirements.create(
        DemoCatalogLoader.organisationId("gemeente-demo"),
        json.convertValue(body, RequirementData.class),
        "buyer");
  }

  /** The current rules of the Neutral template plus one that adds 50 points to open weights. */
  private List<Map<String, Object>> neutralPlusOpenWeightsBonus() {
    List<Map<String, Object>> rules = new ArrayList<>();
    rules.add(
        Map.of(
            "name", "Open weights bonus",
            "condition", "offering.openWeights",
            "effect", "POINTS",
            "points", 50,
            "reason", "Open weights let the buyer run the model without the vendor"));
    return rules;
  }

  @Inject OfferingService offerings;

  /**
   * An open-weights German LLM that sorts last by id: under Neutral (every offering fits fully,
   * ties by id) it ranks last, so a bonus for open weights must move it up.
   */
  private void lastOpenWeightsLlm() {
    UUID id = UUID.fromString("ffffffff-ffff-ffff-ffff-fffffffffff0");
    if (offerings.find(id).isEmpty()) {
      Map<String, Object> body = OfferingFixtures.validOffering("Open German LLM");
      body.put("languages", List.of("de"));
      offerings.create(
          id,
          DemoCatalogLoader.organisationId("aleph-alpha"),
          json.convertValue(body, OfferingData.class));
    }
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void aDraftRuleAddingFiftyPointsToOpenWeightsReportsWhoMovesAndByHowManyPlaces() {
    lastOpenWeightsLlm();
    RequirementView requirement = openRequirement("Preview " + System.nanoTime());
    JsonPath preview =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("rules", neutralPlusOpenWeightsBonus()))
            .when()
            .post("/api/v1/policies/" + PolicyTemplates.NEUTRAL + "/preview")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> change =
        preview.getMap("requirements.find { it.requirementId == '" + requirement.id() + "' }");
    assertNotNull(change, "the open requirement is in the preview");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> movements = (List<Map<String, Object>>) change.get("movements");
    assertFalse(movements.isEmpty(), "open-weights offerings move up under the draft");
    assertTrue(
        movements.stream().anyMatch(m -> ((Integer) m.get("places")) > 0),
        "some offering moves up by a number of places");
    for (Map<String, Object> movement : movements) {
      int places = (Integer) movement.get("places");
      if (movement.get("fromRank") != null && movement.get("toRank") != null) {
        assertTrue(places == (Integer) movement.get("fromRank") - (Integer) movement.get("toRank"));
      }
    }
    // Nothing was published.
    given()
        .when()
        .get("/api/v1/policies/" + PolicyTemplates.NEUTRAL)
        .then()
        .statusCode(200)
        .body("version", equalTo(policies.find(PolicyTemplates.NEUTRAL).orElseThrow().version()));
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void aDraftRuleWithACelErrorIsRejectedNamingTheRule() {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "rules",
                List.of(
                    Map.of(
                        "name", "Broken rule",
                        "condition", "offering.openWeights &&",
                        "effect", "POINTS",
                        "points", 5,
                        "reason", "broken"))))
        .when()
        .post("/api/v1/policies/" + PolicyTemplates.NEUTRAL + "/preview")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].message", containsString("Broken rule"));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void onlyAdminsPreviewPlatformPolicies() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("rules", List.of()))
        .when()
        .post("/api/v1/policies/" + PolicyTemplates.NEUTRAL + "/preview")
        .then()
        .statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("rules", List.of()))
        .when()
        .post("/api/v1/policies/00000000-0000-0000-0000-000000000000/preview")
        .then()
        .statusCode(404);
  }

  @Test
  void anonymousCallersAreUnauthorised() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("rules", List.of()))
        .when()
        .post("/api/v1/policies/" + PolicyTemplates.NEUTRAL + "/preview")
        .then()
        .statusCode(401);
  }
}
