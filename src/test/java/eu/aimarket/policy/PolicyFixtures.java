package eu.aimarket.policy;

import static io.restassured.RestAssured.given;

import eu.aimarket.catalog.demo.DemoCatalogLoader;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies and organisations for the policy API tests. */
public final class PolicyFixtures {

  /** The demo buyer organisation whose member is the demo user {@code buyer}. */
  public static final UUID GEMEENTE = DemoCatalogLoader.organisationId("gemeente-demo");

  /** A demo buyer organisation without members. */
  public static final UUID MITTELSTAND = DemoCatalogLoader.organisationId("mittelstand-demo");

  public static final UUID MISTRAL = DemoCatalogLoader.organisationId("mistral-ai");

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private PolicyFixtures() {}

  /** A name no other test of this run uses. */
  public static String unique(String name) {
    return name + " " + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
  }

  public static Map<String, Object> rule(String name, String condition, Number points) {
    Map<String, Object> rule = new HashMap<>();
    rule.put("name", name);
    rule.put("condition", condition);
    rule.put("effect", "POINTS");
    rule.put("points", points);
    rule.put("reason", "Test reason for " + name + ".");
    return rule;
  }

  public static Map<String, Object> exclusion(String name, String condition) {
    Map<String, Object> rule = new HashMap<>();
    rule.put("name", name);
    rule.put("condition", condition);
    rule.put("effect", "EXCLUDE");
    rule.put("reason", "Test reason for " + name + ".");
    return rule;
  }

  /** A valid policy body; tests change one field to prove one rule. */
  public static Map<String, Object> policy(
      String name, String scope, List<Map<String, Object>> rules) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("description", "A policy for tests.");
    body.put("scope", scope);
    body.put("rules", rules);
    return body;
  }

  public static Map<String, Object> openWeightsPolicy(String name) {
    return policy(name, "BUYER", List.of(rule("Open weights", "offering.openWeights", 50)));
  }

  /**
   * Registers a buyer organisation as the current test user, who becomes its buyer; returns its id.
   */
  public static UUID registerBuyer(String legalName) {
    Map<String, Object> body = new HashMap<>();
    body.put("legalName", legalName);
    body.put(
        "registrationId",
        "NL9"
            + String.format(
                "%08d", (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet()) % 100_000_000L));
    body.put("country", "NL");
    body.put("kind", "BUYER");
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(body)
            .when()
            .post("/api/v1/organisations")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    return UUID.fromString(id);
  }

  /** A buyer organisation's own policy, made through the service as an administrator would. */
  public static PolicyDetails ownPolicy(
      PolicyService policies, UUID owner, String name, String description) {
    return policies.create(
        PolicyScope.BUYER,
        owner,
        new PolicyDraft(
            name,
            description,
            null,
            List.of(
                new RuleDefinition(
                    "Open weights",
                    "offering.openWeights",
                    RuleEffect.POINTS,
                    BigDecimal.TEN,
                    "Open weights remove lock-in."))),
        "test");
  }
}
