package eu.aimarket.matching.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import eu.aimarket.catalog.demo.DemoCatalogLoader;
import eu.aimarket.policy.PolicyDetails;
import eu.aimarket.policy.PolicyDraft;
import eu.aimarket.policy.PolicyScope;
import eu.aimarket.policy.PolicyService;
import eu.aimarket.policy.PolicyTemplates;
import eu.aimarket.policy.RuleDefinition;
import eu.aimarket.policy.RuleEffect;
import eu.aimarket.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyPagesTest {

  @Inject PolicyService policies;

  /** A policy of the demo municipality with one rule, to edit without touching shipped ones. */
  private PolicyDetails ownPolicy() {
    return policies.create(
        PolicyScope.BUYER,
        DemoCatalogLoader.organisationId("gemeente-demo"),
        new PolicyDraft(
            "Municipal policy " + UUID.randomUUID(),
            "Rewards open weights.",
            null,
            List.of(
                new RuleDefinition(
                    "Open weights",
                    "offering.openWeights",
                    RuleEffect.POINTS,
                    new BigDecimal("10"),
                    "Open weights let us run the model ourselves."))),
        "buyer");
  }

  private static RequestSpecification draft(
      RequestSpecification form, int basedOn, String condition) {
    return draft(form, basedOn, condition, "POINTS", "10");
  }

  private static RequestSpecification draft(
      RequestSpecification form, int basedOn, String condition, String effect, String points) {
    return form.formParam("basedOn", Integer.toString(basedOn))
        .formParam("name", "Municipal policy, revised " + UUID.randomUUID())
        .formParam("description", "Rewards open weights and EU data.")
        .formParam("changeNote", "Adds EU data")
        .formParam("rule-0-name", "Open weights")
        .formParam("rule-0-condition", "offering.openWeights")
        .formParam("rule-0-effect", effect)
        .formParam("rule-0-points", points)
        .formParam("rule-0-reason", "Open weights let us run the model ourselves.")
        .formParam("rule-1-name", "EU data")
        .formParam("rule-1-condition", condition)
        .formParam("rule-1-effect", "POINTS")
        .formParam("rule-1-points", "5")
        .formParam("rule-1-reason", "Data stays in the EU.")
        .formParam("rule-2-name", "")
        .formParam("rule-2-condition", "")
        .formParam("rule-2-effect", "")
        .formParam("rule-2-points", "")
        .formParam("rule-2-reason", "");
  }

  @Test
  void thePolicyPagesNeedSignIn() {
    given()
        .accept("text/html")
        .redirects()
        .follow(false)
        .when()
        .get("/policies")
        .then()
        .statusCode(303);
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierMayNotEditPolicies() {
    given().accept("text/html").when().get("/policies").then().statusCode(403);
    Forms.from("/supplier/onboarding")
        .formParam("basedOn", "1")
        .when()
        .post("/policies/" + PolicyTemplates.SOVEREIGNTY_FIRST + "/publish")
        .then()
        .statusCode(403);
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void anAdminSeesThePlatformPoliciesAndTheirRulesInTheEditor() {
    given()
        .accept("text/html")
        .when()
        .get("/policies")
        .then()
        .statusCode(200)
        .body(containsString("Sovereignty first"))
        .body(containsString("Public buyer, GPA-safe"));
    given()
        .accept("text/html")
        .when()
        .get("/policies/" + PolicyTemplates.SOVEREIGNTY_FIRST)
        .then()
        .statusCode(200)
        .body(containsString("name=\"rule-0-condition\""))
        .body(containsString("supplier.headquartersCountry in EEA"))
        .body(containsString("Preview the effect"));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aBuyerSeesPlatformPoliciesButCannotEditThem() {
    given()
        .accept("text/html")
        .when()
        .get("/policies/" + PolicyTemplates.NEUTRAL)
        .then()
        .statusCode(200)
        .body(not(containsString("Publish a new version")));
    Forms.from("/policies")
        .formParam("basedOn", "1")
        .when()
        .post("/policies/" + PolicyTemplates.NEUTRAL + "/publish")
        .then()
        .statusCode(403);
    given().accept("text/html").when().get("/policies/" + UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void anInvalidConditionIsShownNextToItsRuleAndNothingIsPublished() {
    PolicyDetails policy = ownPolicy();
    String page = "/policies/" + policy.id();
    draft(Forms.from(page), 1, "offering.openWeights + 1")
        .when()
        .post(page + "/publish")
        .then()
        .statusCode(400)
        .body(
            containsString("<a href=\"#rule-1-condition\">Rule 2, Condition: Check this: EU data"))
        .body(containsString("id=\"rule-1-condition-error\""))
        .body(containsString("offering.openWeights + 1"));
    draft(Forms.from(page), 1, "", "SHOUT", "many")
        .when()
        .post(page + "/preview")
        .then()
        .statusCode(400)
        .body(containsString("<a href=\"#rule-0-effect\">"))
        .body(containsString("<a href=\"#rule-0-points\">"))
        .body(containsString("<a href=\"#rule-1-condition\">"));
    given()
        .accept("text/html")
        .when()
        .get(page)
        .then()
        .body(containsString("version 1"))
        .body(not(containsString("Adds EU data")));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aBuyerPreviewsThenPublishesAndAStaleDraftIsRefused() {
    PolicyDetails policy = ownPolicy();
    String page = "/policies/" + policy.id();
    draft(Forms.from(page), 1, "offering.dataStorageCountries.all(c, c in EU)")
        .when()
        .post(page + "/preview")
        .then()
        .statusCode(200)
        .body(containsString("Effect of the draft on open requirements"))
        .body(containsString("Nothing is published yet"));
    draft(Forms.from(page), 1, "offering.dataStorageCountries.all(c, c in EU)")
        .when()
        .post(page + "/publish")
        .then()
        .statusCode(303)
        .header("Location", endsWith(page + "?published=2"));
    given()
        .accept("text/html")
        .when()
        .get(page + "?published=2")
        .then()
        .body(containsString("Version 2 is published."))
        .body(containsString("Adds EU data"));
    draft(Forms.from(page), 1, "offering.openWeights")
        .when()
        .post(page + "/publish")
        .then()
        .statusCode(409)
        .body(containsString("Someone changed this meanwhile"));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aBuyerChoosesItsOrganisationsPolicy() {
    PolicyDetails policy = ownPolicy();
    Forms.from("/policies")
        .when()
        .post("/policies/" + policy.id() + "/choose")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/policies?chosen=true"));
    given()
        .accept("text/html")
        .when()
        .get("/policies?chosen=true")
        .then()
        .body(containsString("Your organisation ranks with " + policy.name()));
    Forms.from("/policies")
        .when()
        .post("/policies/" + PolicyTemplates.SOVEREIGNTY_FIRST + "/choose")
        .then()
        .statusCode(303);
  }
}
