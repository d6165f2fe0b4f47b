package eu.aimarket.policy.api;

import static eu.aimarket.policy.PolicyFixtures.GEMEENTE;
import static eu.aimarket.policy.PolicyFixtures.MISTRAL;
import static eu.aimarket.policy.PolicyFixtures.MITTELSTAND;
import static eu.aimarket.policy.PolicyFixtures.exclusion;
import static eu.aimarket.policy.PolicyFixtures.openWeightsPolicy;
import static eu.aimarket.policy.PolicyFixtures.ownPolicy;
import static eu.aimarket.policy.PolicyFixtures.policy;
import static eu.aimarket.policy.PolicyFixtures.rule;
import static eu.aimarket.policy.PolicyFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.policy.PolicyDetails;
import eu.aimarket.policy.PolicyService;
import eu.aimarket.policy.PolicyTemplates;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyResourceTest {

  private static final String PROBLEM = "application/problem+json";

  @Inject PolicyService policies;

  /** A policy of the demo buyer organisation, created directly so any test user can use it. */
  private PolicyDetails gemeentePolicy(String name) {
    return ownPolicy(policies, GEMEENTE, name, "Private to the municipality.");
  }

  @Test
  void anyoneListsThePlatformPolicies() {
    gemeentePolicy(unique("Hidden from the public"));
    JsonPath page =
        given()
            .queryParam("limit", 100)
            .when()
            .get("/api/v1/policies")
            .then()
            .statusCode(200)
            .body("items.scope", everyItem(equalTo("PLATFORM")))
            .body("items.name", hasItems("Sovereignty first", "Public buyer, GPA-safe", "Neutral"))
            .extract()
            .jsonPath();
    assertEquals(
        List.of("Sovereignty first"),
        page.getList("items.findAll { it.platformDefault }.name", String.class));
  }

  @Test
  void readsAPolicyWithItsLatestRulesItsVersionsAndAnEntityTag() {
    given()
        .when()
        .get("/api/v1/policies/" + PolicyTemplates.SOVEREIGNTY_FIRST)
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("name", equalTo("Sovereignty first"))
        .body("template", equalTo(true))
        .body("platformDefault", equalTo(true))
        .body("ownerId", nullValue())
        .body("rules", hasSize(PolicyTemplates.SOVEREIGNTY_FIRST_TEMPLATE.rules().size()))
        .body("rules[0].name", equalTo("EU/EEA headquarters"))
        .body("rules[0].condition", equalTo("supplier.headquartersCountry in EEA"))
        .body("rules[0].points", equalTo(15))
        .body("rules.reason", everyItem(notNullValue()))
        .body("versions[0].version", equalTo(1))
        .body("versions[0].publishedBy", equalTo("system"));
    given()
        .when()
        .get("/api/v1/policies/" + PolicyTemplates.PUBLIC_BUYER + "/versions/1")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("version", equalTo(1))
        .body("rules.effect", hasItem("REQUIRE"))
        .body("rules.findAll { it.effect == 'REQUIRE' }.points", everyItem(nullValue()));
  }

  @Test
  void anUnknownPolicyOrVersionIsNotFound() {
    given()
        .when()
        .get("/api/v1/policies/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    given()
        .when()
        .get("/api/v1/policies/" + PolicyTemplates.NEUTRAL + "/versions/99")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("detail", containsString("Version 99"));
    given().when().get("/api/v1/policies/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
  }

  @Test
  void aBuyersPolicyIsHiddenFromThePublic() {
    UUID id = gemeentePolicy(unique("Municipal")).id();
    given().when().get("/api/v1/policies/" + id).then().statusCode(404).contentType(PROBLEM);
    given()
        .when()
        .get("/api/v1/policies/" + id + "/versions/1")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aBuyersPolicyIsHiddenFromOtherOrganisations() {
    UUID id = gemeentePolicy(unique("Municipal")).id();
    given().when().get("/api/v1/policies/" + id).then().statusCode(404);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("rules", List.of()))
        .when()
        .post("/api/v1/policies/" + id + "/versions")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    given()
        .queryParam("ownerId", GEMEENTE.toString())
        .when()
        .get("/api/v1/policies")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void adminsSeeEveryBuyersPolicies() {
    UUID id = gemeentePolicy(unique("Municipal")).id();
    given().when().get("/api/v1/policies/" + id).then().statusCode(200);
    given()
        .queryParam("ownerId", GEMEENTE.toString())
        .queryParam("limit", 100)
        .when()
        .get("/api/v1/policies")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id.toString()))
        .body("items.scope", everyItem(equalTo("BUYER")));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aBuyerCreatesAPolicyForItsOrganisationAndSeesItInItsList() {
    String name = unique("Open first");
    JsonPath created =
        given()
            .contentType(ContentType.JSON)
            .body(openWeightsPolicy(name))
            .when()
            .post("/api/v1/policies")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/policies/"))
            .header("ETag", equalTo("\"1\""))
            .body("scope", equalTo("BUYER"))
            .body("ownerId", equalTo(GEMEENTE.toString()))
            .body("version", equalTo(1))
            .body("template", equalTo(false))
            .body("rules[0].points", equalTo(50))
            .body("versions[0].publishedBy", equalTo("buyer"))
            .extract()
            .jsonPath();
    String id = created.getString("id");
    given().when().get("/api/v1/policies/" + id).then().statusCode(200).body("name", equalTo(name));
    List<String> listed = allPages(Map.of());
    assertTrue(listed.contains(id), "the buyer's own policy is listed");
    assertTrue(listed.contains(PolicyTemplates.NEUTRAL.toString()), "platform policies too");
    List<String> own = allPages(Map.of("ownerId", GEMEENTE.toString()));
    assertTrue(own.contains(id));
    assertTrue(!own.contains(PolicyTemplates.NEUTRAL.toString()));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void listsFollowCursorsWithoutRepeats() {
    for (int i = 0; i < 3; i++) {
      gemeentePolicy(unique("Paged"));
    }
    List<String> ids = allPages(Map.of("limit", 2));
    assertEquals(new HashSet<>(ids).size(), ids.size(), "no policy appears twice");
    assertTrue(ids.size() >= 6);
  }

  /** Every id of a paged list, following nextCursor. */
  private static List<String> allPages(Map<String, Object> query) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      Map<String, Object> params = new HashMap<>(query);
      if (cursor != null) {
        params.put("cursor", cursor);
      }
      JsonPath page =
          given()
              .queryParams(params)
              .when()
              .get("/api/v1/policies")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      ids.addAll(page.getList("items.id", String.class));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return ids;
  }

  @Test
  void rejectsBadListParametersNamingThem() {
    given()
        .queryParam("limit", 0)
        .when()
        .get("/api/v1/policies")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    given()
        .queryParam("ownerId", "someone")
        .when()
        .get("/api/v1/policies")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("ownerId"));
    given()
        .queryParam("cursor", "bogus")
        .when()
        .get("/api/v1/policies")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
    given()
        .queryParam("ownerId", GEMEENTE.toString())
        .when()
        .get("/api/v1/policies")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void rejectsABadRuleNamingItAndItsPositionAndSavesNothing() {
    String name = unique("Broken");
    Map<String, Object> body =
        policy(
            name,
            "BUYER",
            List.of(
                rule("Open weights", "offering.openWeights", 10),
                rule("Local data", "offering.dataStorageCountries.all(c, c in EU) &&", 20),
                rule("Typo", "supplier.hqCountry == 'DE'", 5)));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", equalTo(List.of("rules[1].condition", "rules[2].condition")))
        .body(
            "errors[0].message", allOf(startsWith("Local data: "), endsWith("(line 1, column 49)")))
        .body("errors[1].message", equalTo("Typo: undefined field 'hqCountry' (line 1, column 9)"));
    assertTrue(
        allPages(Map.of("ownerId", GEMEENTE.toString())).stream()
            .map(id -> policies.get(UUID.fromString(id)).name())
            .noneMatch(name::equals),
        "nothing was saved");
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void rejectsATypeErrorAndANonBooleanCondition() {
    given()
        .contentType(ContentType.JSON)
        .body(
            policy(
                unique("Types"),
                "BUYER",
                List.of(
                    rule("Sum", "offering.openWeights + 1 > 0", 10),
                    rule("Name", "offering.name", 10))))
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("rules[0].condition"))
        .body("errors[0].message", containsString("Sum: found no matching overload for '_+_'"))
        .body("errors[1].message", containsString("Name: expected type 'bool'"));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void rejectsInvalidFieldsNamingEachOne() {
    Map<String, Object> badRule = rule("", "true", 5000);
    badRule.put("reason", "");
    Map<String, Object> body = policy("", "BUYER", List.of(badRule));
    body.remove("description");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body(
            "errors.field",
            hasItems("name", "description", "rules[0].name", "rules[0].points", "rules[0].reason"));
    Map<String, Object> noRules = openWeightsPolicy(unique("No rules"));
    noRules.remove("rules");
    given()
        .contentType(ContentType.JSON)
        .body(noRules)
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("rules"));
    Map<String, Object> badEffect = openWeightsPolicy(unique("Bad effect"));
    Map<String, Object> rule = rule("Weird", "true", 1);
    rule.put("effect", "BOOST");
    badEffect.put("rules", List.of(rule));
    given()
        .contentType(ContentType.JSON)
        .body(badEffect)
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("rules[0].effect"))
        .body("errors[0].message", containsString("POINTS, EXCLUDE, REQUIRE"));
    Map<String, Object> exclusionWithPoints = exclusion("No US", "supplier.usControlled");
    exclusionWithPoints.put("points", 5);
    given()
        .contentType(ContentType.JSON)
        .body(policy(unique("Mixed"), "BUYER", List.of(exclusionWithPoints)))
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("rules[0].points"))
        .body("errors[0].message", containsString("No US: must be left out"));
  }

  @Test
  void creatingNeedsASignedInUser() {
    given()
        .contentType(ContentType.JSON)
        .body(openWeightsPolicy(unique("Anonymous")))
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aBuyerMayNotPublishPlatformPoliciesOrForOtherOrganisations() {
    given()
        .contentType(ContentType.JSON)
        .body(policy(unique("Platform"), "PLATFORM", List.of()))
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    Map<String, Object> forOthers = openWeightsPolicy(unique("Others"));
    forOthers.put("ownerId", MITTELSTAND.toString());
    given()
        .contentType(ContentType.JSON)
        .body(forOthers)
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("rules", List.of()))
        .when()
        .post("/api/v1/policies/" + PolicyTemplates.NEUTRAL + "/versions")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierWithoutABuyerOrganisationMustNameTheOwner() {
    given()
        .contentType(ContentType.JSON)
        .body(openWeightsPolicy(unique("Supplier")))
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("ownerId"));
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void anAdminPublishesPlatformPoliciesWithUniqueNames() {
    String name = unique("Platform policy");
    given()
        .contentType(ContentType.JSON)
        .body(
            policy(
                name, "PLATFORM", List.of(exclusion("No chips", "offering.category == 'AI_CHIP'"))))
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(201)
        .body("scope", equalTo("PLATFORM"))
        .body("rules[0].effect", equalTo("EXCLUDE"));
    given()
        .contentType(ContentType.JSON)
        .body(policy(name.toUpperCase(), "PLATFORM", List.of()))
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(409)
        .contentType(PROBLEM);
    Map<String, Object> withOwner = policy(unique("Owned platform"), "PLATFORM", List.of());
    withOwner.put("ownerId", GEMEENTE.toString());
    given()
        .contentType(ContentType.JSON)
        .body(withOwner)
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("ownerId"));
    Map<String, Object> forSupplier = openWeightsPolicy(unique("Supplier owned"));
    forSupplier.put("ownerId", MISTRAL.toString());
    given()
        .contentType(ContentType.JSON)
        .body(forSupplier)
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("ownerId"))
        .body("errors[0].message", equalTo("is not a buyer organisation"));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void publishingMakesANewVersionAndKeepsTheOldOne() {
    String id = gemeentePolicy(unique("Versioned")).id().toString();
    Map<String, Object> next = new HashMap<>();
    next.put("changeNote", "Open weights count for more");
    next.put(
        "rules",
        List.of(rule("Open weights", "offering.openWeights", 30), rule("SME", "supplier.sme", 5)));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(next)
        .when()
        .post("/api/v1/policies/" + id + "/versions")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/v1/policies/" + id + "/versions/2"))
        .header("ETag", equalTo("\"2\""))
        .body("version", equalTo(2))
        .body("rules.name", equalTo(List.of("Open weights", "SME")))
        .body("versions.version", equalTo(List.of(1, 2)))
        .body("versions[1].changeNote", equalTo("Open weights count for more"));
    given()
        .when()
        .get("/api/v1/policies/" + id + "/versions/1")
        .then()
        .statusCode(200)
        .body("rules", hasSize(1))
        .body("rules[0].points", equalTo(10));
    Map<String, Object> renamed = new HashMap<>();
    renamed.put("basedOnVersion", 2);
    renamed.put("name", unique("Renamed"));
    renamed.put("rules", List.of());
    given()
        .contentType(ContentType.JSON)
        .body(renamed)
        .when()
        .post("/api/v1/policies/" + id + "/versions")
        .then()
        .statusCode(201)
        .body("version", equalTo(3))
        .body("name", equalTo(renamed.get("name")))
        .body("description", equalTo("Private to the municipality."))
        .body("rules", hasSize(0));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aStaleOrMissingVersionIsRefused() {
    String id = gemeentePolicy(unique("Contested")).id().toString();
    Map<String, Object> next = Map.of("rules", List.of(rule("SME", "supplier.sme", 5)));
    given()
        .contentType(ContentType.JSON)
        .body(next)
        .when()
        .post("/api/v1/policies/" + id + "/versions")
        .then()
        .statusCode(428)
        .contentType(PROBLEM);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(next)
        .when()
        .post("/api/v1/policies/" + id + "/versions")
        .then()
        .statusCode(201);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(next)
        .when()
        .post("/api/v1/policies/" + id + "/versions")
        .then()
        .statusCode(412)
        .contentType(PROBLEM);
    Map<String, Object> stale = new HashMap<>(next);
    stale.put("basedOnVersion", 1);
    given()
        .contentType(ContentType.JSON)
        .body(stale)
        .when()
        .post("/api/v1/policies/" + id + "/versions")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("detail", containsString("version 2"));
    given().when().get("/api/v1/policies/" + id).then().body("version", equalTo(2));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aBadRuleInANewVersionPublishesNothing() {
    String id = gemeentePolicy(unique("Guarded")).id().toString();
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("rules", List.of(rule("Broken", "seal(offering, 'SOV-0') > 1", 5))))
        .when()
        .post("/api/v1/policies/" + id + "/versions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("rules[0].condition"))
        .body(
            "errors[0].message", containsString("Broken: 'SOV-0' is not a sovereignty objective"));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("name", " ", "rules", List.of()))
        .when()
        .post("/api/v1/policies/" + id + "/versions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));
    given()
        .when()
        .get("/api/v1/policies/" + id)
        .then()
        .body("version", equalTo(1))
        .body("versions", hasSize(1));
  }

  @Test
  void publishingNeedsASignedInUser() {
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("rules", List.of()))
        .when()
        .post("/api/v1/policies/" + PolicyTemplates.NEUTRAL + "/versions")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void publishingAnUnknownPolicyIsNotFound() {
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("rules", List.of()))
        .when()
        .post("/api/v1/policies/" + UUID.randomUUID() + "/versions")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void rejectsMalformedJsonAndUnknownFields() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\": ")
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    Map<String, Object> body = openWeightsPolicy(unique("Unknown field"));
    body.put("weight", 3);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/policies")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("weight"));
  }
}
