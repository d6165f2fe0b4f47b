package eu.aimarket.policy.api;

import static eu.aimarket.policy.PolicyFixtures.GEMEENTE;
import static eu.aimarket.policy.PolicyFixtures.MISTRAL;
import static eu.aimarket.policy.PolicyFixtures.openWeightsPolicy;
import static eu.aimarket.policy.PolicyFixtures.registerBuyer;
import static eu.aimarket.policy.PolicyFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import eu.aimarket.policy.PolicyDraft;
import eu.aimarket.policy.PolicyScope;
import eu.aimarket.policy.PolicyService;
import eu.aimarket.policy.PolicyTemplates;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A buyer organisation's choice of policy. Each test registers its own buyer organisation, so the
 * choices of one test do not leak into another.
 */
@QuarkusTest
class OrganisationPolicyResourceTest {

  private static final String PROBLEM = "application/problem+json";

  @Inject PolicyService policies;

  private static String path(UUID organisation) {
    return "/api/v1/organisations/" + organisation + "/policy";
  }

  @Test
  @TestSecurity(user = "choice-default", roles = "buyer")
  void aBuyerWithoutAChoiceRanksWithThePlatformDefault() {
    UUID organisation = registerBuyer("Default Buyer BV");
    given()
        .when()
        .get(path(organisation))
        .then()
        .statusCode(200)
        .body("organisationId", equalTo(organisation.toString()))
        .body("policyId", equalTo(PolicyTemplates.SOVEREIGNTY_FIRST.toString()))
        .body("policyName", equalTo("Sovereignty first"))
        .body("version", equalTo(1))
        .body("chosen", equalTo(false))
        .body("chosenAt", nullValue());
  }

  @Test
  @TestSecurity(user = "choice-platform", roles = "buyer")
  void aBuyerChoosesAPlatformPolicyAndItsRequestsRankWithIt() {
    UUID organisation = registerBuyer("Neutral Buyer BV");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("policyId", PolicyTemplates.NEUTRAL.toString()))
        .when()
        .put(path(organisation))
        .then()
        .statusCode(200)
        .body("policyId", equalTo(PolicyTemplates.NEUTRAL.toString()))
        .body("policyName", equalTo("Neutral"))
        .body("chosen", equalTo(true))
        .body("chosenBy", equalTo("choice-platform"))
        .body("chosenAt", notNullValue());
    given()
        .when()
        .get(path(organisation))
        .then()
        .statusCode(200)
        .body("policyId", equalTo(PolicyTemplates.NEUTRAL.toString()));
    assertEquals(PolicyTemplates.NEUTRAL, policies.resolve(organisation, null).policyId());
  }

  @Test
  @TestSecurity(user = "choice-own", roles = "buyer")
  void aBuyerChoosesItsOwnPolicy() {
    UUID organisation = registerBuyer("Own Policy BV");
    String policyId =
        given()
            .contentType(ContentType.JSON)
            .body(openWeightsPolicy(unique("Our own")))
            .when()
            .post("/api/v1/policies")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("policyId", policyId))
        .when()
        .put(path(organisation))
        .then()
        .statusCode(200)
        .body("policyId", equalTo(policyId))
        .body("chosen", equalTo(true));
  }

  @Test
  @TestSecurity(user = "choice-foreign", roles = "buyer")
  void aBuyerMayNotChooseAnotherBuyersPolicyOrAnUnknownOne() {
    UUID organisation = registerBuyer("Curious Buyer BV");
    UUID foreign =
        policies
            .create(
                PolicyScope.BUYER,
                GEMEENTE,
                new PolicyDraft(unique("Municipal"), "Private.", null, List.of()),
                "test")
            .id();
    for (UUID policyId : List.of(foreign, UUID.randomUUID())) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("policyId", policyId.toString()))
          .when()
          .put(path(organisation))
          .then()
          .statusCode(400)
          .contentType(PROBLEM)
          .body("errors[0].field", equalTo("policyId"));
    }
    given()
        .contentType(ContentType.JSON)
        .body(new HashMap<>())
        .when()
        .put(path(organisation))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("policyId"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("policyId", "neutral"))
        .when()
        .put(path(organisation))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("policyId"));
    given().when().get(path(organisation)).then().body("chosen", equalTo(false));
  }

  @Test
  void readingOrChoosingNeedsASignedInUser() {
    given().when().get(path(GEMEENTE)).then().statusCode(401).contentType(PROBLEM);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("policyId", PolicyTemplates.NEUTRAL.toString()))
        .when()
        .put(path(GEMEENTE))
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void onlyTheOrganisationsBuyersAndAdminsMayReadOrChoose() {
    given().when().get(path(GEMEENTE)).then().statusCode(403).contentType(PROBLEM);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("policyId", PolicyTemplates.NEUTRAL.toString()))
        .when()
        .put(path(GEMEENTE))
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void anUnknownOrganisationIsNotFoundAndASupplierHasNoPolicy() {
    given().when().get(path(UUID.randomUUID())).then().statusCode(404).contentType(PROBLEM);
    given().when().get(path(MISTRAL)).then().statusCode(409).contentType(PROBLEM);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("policyId", PolicyTemplates.NEUTRAL.toString()))
        .when()
        .put(path(MISTRAL))
        .then()
        .statusCode(409);
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void anAdminChoosesForABuyer() {
    Map<String, Object> body = new HashMap<>();
    body.put("policyId", PolicyTemplates.PUBLIC_BUYER.toString());
    UUID organisation =
        policies
            .create(
                PolicyScope.BUYER,
                eu.aimarket.policy.PolicyFixtures.MITTELSTAND,
                new PolicyDraft(
                    unique("Unused"), "Only to prove the owner exists.", null, List.of()),
                "test")
            .ownerId();
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put(path(organisation))
        .then()
        .statusCode(200)
        .body("policyName", equalTo("Public buyer, GPA-safe"))
        .body("chosenBy", equalTo("admin"));
  }

  @Test
  @TestSecurity(user = "choice-etag", roles = "buyer")
  void aChoiceBasedOnAStaleEntityTagIsRefused() {
    UUID organisation = registerBuyer("Careful Buyer BV");
    String before =
        given().when().get(path(organisation)).then().statusCode(200).extract().header("ETag");
    assertNotNull(before);
    String after =
        given()
            .contentType(ContentType.JSON)
            .header("If-Match", before)
            .body(Map.of("policyId", PolicyTemplates.NEUTRAL.toString()))
            .when()
            .put(path(organisation))
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertNotEquals(before, after);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", before)
        .body(Map.of("policyId", PolicyTemplates.SOVEREIGNTY_FIRST.toString()))
        .when()
        .put(path(organisation))
        .then()
        .statusCode(412)
        .contentType(PROBLEM);
    given()
        .when()
        .get(path(organisation))
        .then()
        .statusCode(200)
        .header("ETag", equalTo(after))
        .body("policyId", equalTo(PolicyTemplates.NEUTRAL.toString()));
  }
}
