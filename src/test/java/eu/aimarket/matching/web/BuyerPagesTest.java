package eu.aimarket.matching.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.policy.PolicyTemplates;
import eu.aimarket.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BuyerPagesTest {

  private static final Pattern REQUIREMENT_ID =
      Pattern.compile("/buyer/requirements/([0-9a-f-]{36})\\?saved=true");
  private static final Pattern RUN_ID = Pattern.compile("/buyer/matches/([0-9a-f-]{36})$");

  /** A complete, valid form: a German-speaking LLM with data in the EU. */
  static RequestSpecification germanLlm(RequestSpecification form, String title) {
    return form.formParam("title", title)
        .formParam("description", "An LLM for drafting German administrative letters.")
        .formParam("category", "LLM_API")
        .formParam("buyerType", "PUBLIC_SECTOR")
        .formParam("dataSensitivity", "CONFIDENTIAL")
        .formParam("budgetMaxEur", "50000")
        .formParam("budgetUnit", "per year")
        .formParam("status", "OPEN")
        .formParam("dataLocation", "EU")
        .formParam("deploymentModels", "ON_PREMISES", "DEDICATED_CLOUD")
        .formParam("languages", "de")
        .formParam("seal-SOV-3", "1")
        .formParam("niceLanguages", "de, fr")
        .formParam("niceLanguagesWeight", "30")
        .formParam("niceOpenWeightsWeight", "20")
        .formParam("niceEuSupportWeight", "20")
        .formParam("nicePriceWeight", "10");
  }

  static String post(String title) {
    String location =
        germanLlm(Forms.from("/buyer/requirements/new"), title)
            .when()
            .post("/buyer/requirements")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    Matcher matcher = REQUIREMENT_ID.matcher(location);
    assertTrue(matcher.find(), location);
    return matcher.group(1);
  }

  static String run(String requirementId, String policyId) {
    String location =
        Forms.from("/buyer/requirements/" + requirementId)
            .formParam("policyId", policyId)
            .when()
            .post("/buyer/requirements/" + requirementId + "/matches")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    Matcher matcher = RUN_ID.matcher(location);
    assertTrue(matcher.find(), location);
    return matcher.group(1);
  }

  @Test
  void theBuyerPagesNeedSignIn() {
    given()
        .accept("text/html")
        .redirects()
        .follow(false)
        .when()
        .get("/buyer/requirements")
        .then()
        .statusCode(303)
        .header("Location", containsString("/login?next="));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierMayNotPostRequirements() {
    given().accept("text/html").when().get("/buyer/requirements/new").then().statusCode(403);
    given()
        .accept("text/html")
        .when()
        .get("/buyer/requirements")
        .then()
        .statusCode(403)
        .body(containsString("Error 403"));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aBuyerPostsARequirementAndSeesItListedAndSaved() {
    String id = post("Letters assistant " + UUID.randomUUID());
    given()
        .accept("text/html")
        .when()
        .get("/buyer/requirements/" + id + "?saved=true")
        .then()
        .statusCode(200)
        .body(containsString("The requirement is saved."))
        .body(containsString("SOV-3 ≥ SEAL 1"))
        .body(containsString("name=\"policyId\""));
    given()
        .accept("text/html")
        .when()
        .get("/buyer/requirements")
        .then()
        .statusCode(200)
        .body(containsString("/buyer/requirements/" + id));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void anInvalidFormNamesEachFieldAndSavesNothing() {
    String title = "Broken " + UUID.randomUUID();
    Forms.from("/buyer/requirements/new")
        .formParam("title", title)
        .formParam("description", "")
        .formParam("category", "TOASTER")
        .formParam("buyerType", "PRIVATE")
        .formParam("dataSensitivity", "PUBLIC")
        .formParam("status", "DRAFT")
        .formParam("dataLocation", "COUNTRIES")
        .formParam("dataCountries", "")
        .formParam("languages", "xx")
        .formParam("maxPriceEur", "cheap")
        .formParam("niceLanguagesWeight", "101")
        .formParam("niceCertificationsWeight", "10")
        .formParam("seal-SOV-2", "7")
        .formParam("policyId", UUID.randomUUID().toString())
        .when()
        .post("/buyer/requirements")
        .then()
        .statusCode(400)
        .body(containsString("error-summary"))
        .body(containsString("<a href=\"#description\">What you need: Enter or choose a value"))
        .body(containsString("<a href=\"#category\">Category: Choose one of the options"))
        .body(containsString("<a href=\"#dataCountries\">Countries: Enter or choose a value"))
        .body(containsString("“xx” is not a two-letter language code"))
        .body(containsString("<a href=\"#maxPriceEur\">"))
        .body(containsString("<a href=\"#niceLanguagesWeight\">"))
        .body(containsString("Enter a number in the range 0–100"))
        .body(containsString("<a href=\"#niceCertifications\">"))
        .body(containsString("<a href=\"#seal-SOV-2\">"))
        .body(containsString("<a href=\"#policyId\">"))
        .body(containsString("value=\"" + title + "\""));
    given()
        .accept("text/html")
        .when()
        .get("/buyer/requirements")
        .then()
        .body(not(containsString(title)));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void editingKeepsTheVersionAndAStaleEditIsAConflict() {
    String id = post("Edit me " + UUID.randomUUID());
    String form =
        given()
            .accept("text/html")
            .when()
            .get("/buyer/requirements/" + id + "/edit")
            .then()
            .statusCode(200)
            .body(containsString("name=\"version\" value=\"0\""))
            .body(containsString("value=\"ON_PREMISES\" checked"))
            .extract()
            .asString();
    assertTrue(form.contains("Edit the requirement"));
    germanLlm(Forms.from("/buyer/requirements/" + id + "/edit"), "Edited title")
        .formParam("version", "0")
        .when()
        .post("/buyer/requirements/" + id)
        .then()
        .statusCode(303);
    given()
        .accept("text/html")
        .when()
        .get("/buyer/requirements/" + id)
        .then()
        .body(containsString("Edited title"));
    germanLlm(Forms.from("/buyer/requirements/" + id + "/edit"), "Lost update")
        .formParam("version", "0")
        .when()
        .post("/buyer/requirements/" + id)
        .then()
        .statusCode(409)
        .body(containsString("Someone changed this meanwhile"));
    germanLlm(Forms.from("/buyer/requirements/" + id + "/edit"), "No version")
        .when()
        .post("/buyer/requirements/" + id)
        .then()
        .statusCode(400);
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void anUnknownRequirementIsNotFound() {
    given()
        .accept("text/html")
        .when()
        .get("/buyer/requirements/" + UUID.randomUUID())
        .then()
        .statusCode(404);
    given()
        .accept("text/html")
        .when()
        .get("/buyer/matches/" + UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aMatchShowsRankingTermsExclusionsAndTheIncumbentAndReplaysIdentically() {
    String id = post("Match me " + UUID.randomUUID());
    String run = run(id, PolicyTemplates.SOVEREIGNTY_FIRST.toString());
    given()
        .accept("text/html")
        .when()
        .get("/buyer/matches/" + run)
        .then()
        .statusCode(200)
        .body(containsString("Sovereignty first"))
        .body(containsString("<details class=\"explanation\""))
        .body(containsString("Excluded offerings"))
        .body(containsString("Compared with the US incumbent"))
        .body(containsString("name=\"ids\""))
        .body(containsString("/buyer/matches/" + run + "/ranking.csv"));
    given()
        .accept("text/html")
        .when()
        .get("/buyer/matches/" + run + "/replay")
        .then()
        .statusCode(200)
        .body(containsString("the result is identical"));
    given()
        .accept("text/html")
        .when()
        .get("/buyer/matches/" + run + "/ranking.csv")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/csv"));
    String csv =
        given()
            .accept("text/csv")
            .when()
            .get("/buyer/matches/" + run + "/ranking.csv")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .header("Content-Disposition", containsString("attachment"))
            .extract()
            .asString();
    String[] lines = csv.split("\r\n");
    assertEquals(RankingCsv.HEADER, lines[0]);
    assertTrue(lines.length > 1, csv);
    org.hamcrest.MatcherAssert.assertThat(lines[1], matchesPattern("^1,[0-9a-f-]{36},.*"));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void runningWithAPolicyTheBuyerMayNotUseIsRefused() {
    String id = post("Policy check " + UUID.randomUUID());
    Forms.from("/buyer/requirements/" + id)
        .formParam("policyId", UUID.randomUUID().toString())
        .when()
        .post("/buyer/requirements/" + id + "/matches")
        .then()
        .statusCode(400)
        .body(containsString("<a href=\"#policyId\">"));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierGetsNothingOfARunThatIsNotItsOwn() {
    given()
        .accept("text/csv, text/html")
        .when()
        .get("/buyer/matches/" + UUID.randomUUID() + "/ranking.csv")
        .then()
        .statusCode(404);
    given()
        .accept("text/html")
        .when()
        .get("/buyer/matches/" + UUID.randomUUID() + "/replay")
        .then()
        .statusCode(404)
        .body(containsString("Error 404"));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aFormWithoutTheCsrfTokenIsRefused() {
    given()
        .accept("text/html")
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("title", "No token")
        .when()
        .post("/buyer/requirements")
        .then()
        .statusCode(400);
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void everyBuyerPageRendersInEveryLanguage() {
    String id = post("Languages " + UUID.randomUUID());
    String run = run(id, "");
    for (String lang : eu.aimarket.web.Language.SUPPORTED) {
      for (String page :
          new String[] {
            "/buyer/requirements",
            "/buyer/requirements/new",
            "/buyer/requirements/" + id,
            "/buyer/requirements/" + id + "/edit",
            "/buyer/matches/" + run,
            "/buyer/matches/" + run + "/replay"
          }) {
        given()
            .accept("text/html")
            .queryParam("lang", lang)
            .when()
            .get(page)
            .then()
            .statusCode(200)
            .body(containsString("<html lang=\"" + lang + "\">"))
            .body(not(containsString("NOT_FOUND")));
      }
    }
  }
}
