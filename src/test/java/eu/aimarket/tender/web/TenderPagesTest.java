package eu.aimarket.tender.web;

import static eu.aimarket.demand.RequirementFixtures.germanLlmInTheEu;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.catalog.demo.DemoCatalogLoader;
import eu.aimarket.testsupport.Forms;
import eu.aimarket.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The tender pages, step by step as the people who use them: the demo buyer publishes and awards,
 * Mistral AI's {@code supplier} asks and responds. Forms are posted as a browser posts them (CSRF
 * cookie and field); deadlines pass by moving the application's clock.
 */
@QuarkusTest
@TestMethodOrder(OrderAnnotation.class)
class TenderPagesTest {

  private static final Pattern TENDER_ID = Pattern.compile("/tenders/([0-9a-f-]{36})");
  private static final String MISTRAL_LARGE =
      DemoCatalogLoader.offeringId("mistral-large-api").toString();

  private static String requirementId;
  private static String title;
  private static String tenderId;

  @Inject TestClock clock;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private static Document page(String url) {
    return Jsoup.parse(
        given().accept("text/html").when().get(url).then().statusCode(200).extract().asString());
  }

  private static String local(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().withNano(0).toString();
  }

  @Test
  @Order(1)
  @TestSecurity(user = "buyer", roles = "buyer")
  void theBuyerPublishesARequirementAsATenderWithInlineErrorsFirst() {
    title = "Tender page " + System.nanoTime();
    requirementId =
        given()
            .contentType(ContentType.JSON)
            .body(germanLlmInTheEu(title))
            .post("/api/v1/requirements")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    Document requirement = page("/buyer/requirements/" + requirementId);
    assertEquals(
        1, requirement.select("a[href=/tenders/new?requirement=" + requirementId + "]").size());

    String form = "/tenders/new?requirement=" + requirementId;
    Document invalid =
        Jsoup.parse(
            Forms.from(form)
                .formParam("requirementId", requirementId)
                .formParam("questionsDeadline", "tomorrow")
                .formParam("responsesDeadline", "")
                .when()
                .post("/tenders")
                .then()
                .statusCode(400)
                .extract()
                .asString());
    assertEquals(
        2, invalid.select(".error-summary li").size(), invalid.select(".error-summary").text());
    assertEquals("true", invalid.getElementById("questionsDeadline").attr("aria-invalid"));
    assertEquals("tomorrow", invalid.getElementById("questionsDeadline").attr("value"));

    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String location =
        Forms.from(form)
            .formParam("requirementId", requirementId)
            .formParam("questionsDeadline", local(now.plusDays(1)))
            .formParam("responsesDeadline", local(now.plusDays(2)))
            .when()
            .post("/tenders")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    Matcher matcher = TENDER_ID.matcher(location);
    assertTrue(matcher.find(), location);
    tenderId = matcher.group(1);
    Document tender = page("/tenders/" + tenderId);
    assertEquals(title, tender.selectFirst("h1").text());
    assertTrue(tender.text().contains("Responses side by side"), tender.text());
    assertTrue(tender.text().contains("No submitted responses yet."));
  }

  @Test
  @Order(2)
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierFindsTheTenderAsksAndRespondsThroughForms() {
    assertTrue(page("/tenders").select("a[href=/tenders/" + tenderId + "]").hasText());
    String tender = "/tenders/" + tenderId;
    Document blank =
        Jsoup.parse(
            Forms.from(tender)
                .formParam("question", " ")
                .when()
                .post(tender + "/questions")
                .then()
                .statusCode(400)
                .extract()
                .asString());
    assertEquals("true", blank.getElementById("question").attr("aria-invalid"));
    Forms.from(tender)
        .formParam("question", "May we offer a dedicated cloud in Germany?")
        .when()
        .post(tender + "/questions")
        .then()
        .statusCode(303);
    assertTrue(page(tender).text().contains("asked by your organisation"));

    String form = tender + "/response";
    Document empty = page(form);
    assertEquals(1, empty.select("textarea[name=evidence.must.dataLocation]").size());
    Document incomplete =
        Jsoup.parse(
            Forms.from(form)
                .formParam("action", "submit")
                .formParam("offeringIds", MISTRAL_LARGE)
                .formParam("priceEur", "12,5x")
                .formParam("evidence.must.dataLocation", "Paris and Frankfurt.")
                .when()
                .post(form)
                .then()
                .statusCode(400)
                .extract()
                .asString());
    assertEquals("true", incomplete.getElementById("priceEur").attr("aria-invalid"));
    assertEquals("12,5x", incomplete.getElementById("priceEur").attr("value"));
    assertEquals(
        "Paris and Frankfurt.", incomplete.getElementById("evidence.must.dataLocation").text());

    Document missing =
        Jsoup.parse(
            Forms.from(form)
                .formParam("action", "submit")
                .formParam("offeringIds", MISTRAL_LARGE)
                .formParam("priceEur", "39000")
                .formParam("evidence.must.dataLocation", "Paris and Frankfurt.")
                .when()
                .post(form)
                .then()
                .statusCode(400)
                .extract()
                .asString());
    assertTrue(
        missing.select(".error-summary").text().contains("Must: languages"),
        missing.select(".error-summary").text());
    assertEquals("true", missing.getElementById("evidence.must.languages").attr("aria-invalid"));

    Forms.from(form)
        .formParam("action", "submit")
        .formParam("offeringIds", MISTRAL_LARGE)
        .formParam("priceEur", "39000")
        .formParam("version", page(form).selectFirst("input[name=version]").attr("value"))
        .formParam("evidence.must.dataLocation", "Paris and Frankfurt.")
        .formParam("evidence.must.deploymentModels", "Dedicated cloud.")
        .formParam("evidence.must.languages", "German.")
        .when()
        .post(form)
        .then()
        .statusCode(303);
    Document submitted = page(form + "?saved=true");
    assertTrue(submitted.text().contains("Submitted"), submitted.text());
    assertEquals(1, submitted.select("button[value=withdraw]").size());
  }

  @Test
  @Order(3)
  @TestSecurity(user = "buyer", roles = "buyer")
  void theBuyerAnswersInGermanAndComparesResponses() {
    String tender = "/tenders/" + tenderId;
    Document german =
        Jsoup.parse(
            given()
                .accept("text/html")
                .header("Accept-Language", "de")
                .when()
                .get(tender)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertTrue(german.text().contains("Angebote im Vergleich"), german.text());
    assertTrue(german.text().contains("Mistral"), german.text());
    String questionForm = german.select("form[action$=/answer]").attr("action");
    Forms.from(tender)
        .formParam("answer", "Yes, within the EU.")
        .when()
        .post(questionForm)
        .then()
        .statusCode(303);
    assertTrue(page(tender).text().contains("Yes, within the EU."));
    assertTrue(page(tender).text().contains("Responses are evaluated after"));
  }

  @Test
  @Order(4)
  @TestSecurity(user = "supplier", roles = "supplier")
  void afterTheDeadlineTheResponseFormSaysSoAndChangesNothing() {
    clock.advance(Duration.ofDays(3));
    String form = "/tenders/" + tenderId + "/response";
    Document late =
        Jsoup.parse(
            Forms.from(form)
                .formParam("action", "withdraw")
                .when()
                .post(form)
                .then()
                .statusCode(409)
                .extract()
                .asString());
    assertTrue(late.select("[role=alert]").text().contains("The deadline has passed"), late.text());
    assertTrue(late.text().contains("Submitted"));
  }

  @Test
  @Order(5)
  @TestSecurity(user = "buyer", roles = "buyer")
  void theBuyerShortlistsAndAwardsAfterTheDeadline() {
    clock.advance(Duration.ofDays(3));
    String tender = "/tenders/" + tenderId;
    Document page = page(tender);
    String evaluation = page.select("form[action$=/evaluation]").attr("action");
    String responseId = page.select("#responseId option[value~=.+]").attr("value");
    Forms.from(tender)
        .formParam("shortlisted", "true")
        .formParam("note", "Strong on sovereignty")
        .when()
        .post(evaluation)
        .then()
        .statusCode(303);
    assertTrue(page(tender).text().contains("Strong on sovereignty"));

    Document invalid =
        Jsoup.parse(
            Forms.from(tender)
                .formParam("outcome", "AWARDED")
                .formParam("valueEur", "a lot")
                .when()
                .post(tender + "/conclusion")
                .then()
                .statusCode(400)
                .extract()
                .asString());
    assertEquals("true", invalid.getElementById("valueEur").attr("aria-invalid"));

    Forms.from(tender)
        .formParam("outcome", "AWARDED")
        .formParam("responseId", responseId)
        .formParam("valueEur", "38500")
        .formParam("contractStart", "2027-01-01")
        .formParam("contractEnd", "2027-12-31")
        .when()
        .post(tender + "/conclusion")
        .then()
        .statusCode(303);
    given()
        .accept("text/html")
        .when()
        .get(tender)
        .then()
        .statusCode(200)
        .body(containsString("Awarded to Mistral AI"))
        .body(not(containsString("Record the outcome")));
  }

  @Test
  @Order(6)
  @TestSecurity(user = "supplier2", roles = "supplier")
  void anotherSupplierCannotUseTheBuyersForms() {
    String tender = "/tenders/" + tenderId;
    // The tender page has no form left for this supplier; any page's CSRF token will do.
    Forms.from("/supplier/onboarding")
        .formParam("outcome", "CANCELLED")
        .when()
        .post(tender + "/conclusion")
        .then()
        .statusCode(404);
    given()
        .accept("text/html")
        .when()
        .get("/tenders/new?requirement=" + requirementId)
        .then()
        .statusCode(404);
  }

  @Test
  @Order(7)
  @TestSecurity(user = "supplier", roles = "supplier")
  void theSupplierSeesTheOutcomeOfItsResponseInItsList() {
    Document list = page("/tenders");
    var row = list.select("#your-responses ~ div tr:has(a[href=/tenders/" + tenderId + "])");
    assertEquals(1, row.size(), list.select("#your-responses ~ div").outerHtml());
    assertTrue(row.text().contains("Awarded"), row.text());
  }
}
