package eu.aimarket.catalog.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OnboardingPagesTest {

  private static final String PAGE = "/supplier/onboarding";

  static Map<String, String> organisation(String registrationId) {
    return Map.of(
        "legalName", "Nordlicht KI GmbH",
        "registrationId", registrationId,
        "country", "DE",
        "website", "https://nordlicht.example",
        "kind", "SUPPLIER");
  }

  static Map<String, Object> ownership() {
    return Map.of(
        "headquartersCountry", "DE",
        "controllingEntity", "Nordlicht KI GmbH",
        "controlCountry", "DE",
        "nonEuOwnershipPercent", "10",
        "extraterritorialLaws", List.of("UK_INVESTIGATORY_POWERS_ACT"),
        "euPresence", "FULL",
        "sme", "true");
  }

  static Map<String, Object> offering(String name) {
    return Map.ofEntries(
        Map.entry("action", "add"),
        Map.entry("name", name),
        Map.entry("description", "A German language model served from Frankfurt."),
        Map.entry("category", "LLM_API"),
        Map.entry("deploymentModels", List.of("SAAS", "ON_PREMISES")),
        Map.entry("dataStorageCountries", "DE"),
        Map.entry("dataProcessingCountries", "de, AT"),
        Map.entry("supportCountries", "DE"),
        Map.entry("languages", "de, en"),
        Map.entry("openWeights", "true"),
        Map.entry("licence", "Apache-2.0"),
        Map.entry("certifications", List.of("ISO_27001", "BSI_C5")),
        Map.entry("pricingModel", "PER_TOKEN"),
        Map.entry("priceEur", "0,80"),
        Map.entry("priceUnit", "per 1M tokens"),
        Map.entry("hardwareVendorCountry", "NL"),
        Map.entry("renewableEnergyPercent", "95"),
        Map.entry("pue", "1.2"));
  }

  private static Response post(String path, Map<String, ?> fields) {
    var request = Forms.from(PAGE);
    fields.forEach(
        (name, value) -> {
          if (value instanceof List<?> values) {
            request.formParam(name, values.toArray());
          } else {
            request.formParam(name, value);
          }
        });
    return request.when().post(PAGE + path);
  }

  @Test
  void signingInIsNeeded() {
    given()
        .accept("text/html")
        .redirects()
        .follow(false)
        .when()
        .get(PAGE)
        .then()
        .statusCode(303)
        .header("Location", containsString("/login?next=%2Fsupplier%2Fonboarding"));
  }

  @Test
  @TestSecurity(user = "onboarding-happy", roles = "supplier")
  void aSupplierOnboardsStepByStepAndItsOfferingsAreInTheCatalogue() {
    given()
        .accept("text/html")
        .when()
        .get(PAGE)
        .then()
        .statusCode(200)
        .body(containsString("aria-current=\"step\">Organisation</span>"));
    post("/organisation", organisation("DE811111111"))
        .then()
        .statusCode(303)
        .header("Location", endsWith(PAGE + "?step=ownership"));
    post("/ownership", ownership())
        .then()
        .statusCode(303)
        .header("Location", endsWith(PAGE + "?step=offerings"));
    post("/offerings", offering("Nordlicht Sprache"))
        .then()
        .statusCode(303)
        .header("Location", endsWith(PAGE + "?step=offerings"));
    Map<String, Object> second = new java.util.HashMap<>(offering("Nordlicht Vision"));
    second.put("action", "continue");
    second.put("category", "VISION");
    post("/offerings", second)
        .then()
        .statusCode(303)
        .header("Location", endsWith(PAGE + "?step=review"));
    given()
        .accept("text/html")
        .when()
        .get(PAGE)
        .then()
        .statusCode(200)
        .body(containsString("aria-current=\"step\">Review and register</span>"))
        .body(containsString("DE811111111"))
        .body(containsString("UK Investigatory Powers Act"))
        .body(containsString("<dd>Full</dd>"))
        .body(containsString("<td>Vision</td>"))
        .body(containsString("Nordlicht Sprache"))
        .body(containsString("Nordlicht Vision"));

    String location = post("/submit", Map.of()).then().statusCode(303).extract().header("Location");
    assertTrue(location.contains("/supplier/claims?registered="), location);
    given()
        .accept("text/html")
        .when()
        .get(location.substring(location.indexOf("/supplier")))
        .then()
        .statusCode(200)
        .body(containsString("Your organisation is registered"))
        .body(containsString("Nordlicht KI GmbH"))
        .body(containsString("waiting for review"));
    given()
        .queryParam("q", "Nordlicht")
        .when()
        .get("/api/v1/offerings")
        .then()
        .statusCode(200)
        .body("items.size()", org.hamcrest.Matchers.is(2))
        .body(
            "items.supplier.name",
            org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("Nordlicht KI GmbH")))
        .body("items.dataProcessingCountries.flatten()", org.hamcrest.Matchers.hasItems("AT", "DE"))
        .body("items.priceEur", org.hamcrest.Matchers.hasItem(0.8f));
    given()
        .accept("text/html")
        .when()
        .get(PAGE)
        .then()
        .statusCode(200)
        .body(containsString("aria-current=\"step\">Organisation</span>"));
  }

  @Test
  @TestSecurity(user = "onboarding-errors", roles = "supplier")
  void aWrongFieldComesBackWithItsInlineErrorAndASummaryLinkedToIt() {
    Map<String, String> fields = new java.util.HashMap<>(organisation("12-345"));
    fields.put("website", "ftp://nordlicht.example");
    fields.put("legalName", "<b>Nordlicht</b>");
    post("/organisation", fields)
        .then()
        .statusCode(400)
        .body(containsString("There is a problem"))
        .body(containsString("<a href=\"#registrationId\">Registration id: Enter a VAT number"))
        .body(containsString("id=\"registrationId-error\""))
        .body(containsString("aria-describedby=\"registrationId-error"))
        .body(containsString("<a href=\"#website\">Website: Enter an address starting with http"))
        .body(containsString("value=\"&lt;b&gt;Nordlicht&lt;/b&gt;\""))
        .body(containsString("<title>Error: Organisation"));
    given()
        .accept("text/html")
        .redirects()
        .follow(false)
        .when()
        .get(PAGE + "?step=ownership")
        .then()
        .statusCode(303)
        .header("Location", endsWith(PAGE + "?step=organisation"));
  }

  @Test
  @TestSecurity(user = "onboarding-offering-errors", roles = "supplier")
  void anInvalidOfferingIsNotAddedAndItsErrorsAreShownInTheReadersLanguage() {
    post("/organisation", organisation("DE822222222")).then().statusCode(303);
    post("/ownership", ownership()).then().statusCode(303);
    Map<String, Object> bad = new java.util.HashMap<>(offering("Falsch"));
    bad.put("dataStorageCountries", "DE, XX");
    bad.put("renewableEnergyPercent", "viel");
    bad.put("pue", "9");
    bad.put("languages", "deutsch");
    var request = Forms.from(PAGE + "?step=offerings").cookie("lang", "de");
    bad.forEach(
        (name, value) -> {
          if (value instanceof List<?> values) {
            request.formParam(name, values.toArray());
          } else {
            request.formParam(name, value);
          }
        });
    request
        .when()
        .post(PAGE + "/offerings")
        .then()
        .statusCode(400)
        .body(containsString("Es gibt ein Problem"))
        .body(containsString("„XX“ ist kein zweistelliger Ländercode"))
        .body(containsString("Geben Sie eine ganze Zahl ein"))
        .body(containsString("Geben Sie eine Zahl im Bereich 1.0–5.0 ein"))
        .body(containsString("„deutsch“ ist kein zweistelliger Sprachcode"));
    Map<String, Object> finish = new java.util.HashMap<>(Map.of("action", "continue"));
    post("/offerings", finish)
        .then()
        .statusCode(400)
        .body(containsString("Add at least one offering"));
  }

  @Test
  @TestSecurity(user = "onboarding-taken", roles = "supplier")
  void aRegistrationIdThatIsTakenIsAConflictShownOnTheReviewAndNothingIsSaved() {
    given()
        .when()
        .get("/api/v1/organisations/" + eu.aimarket.catalog.OfferingFixtures.MISTRAL)
        .then()
        .statusCode(200);
    String taken =
        given()
            .when()
            .get("/api/v1/organisations/" + eu.aimarket.catalog.OfferingFixtures.MISTRAL)
            .then()
            .extract()
            .path("registrationId");
    post("/organisation", organisation(taken)).then().statusCode(303);
    post("/ownership", ownership()).then().statusCode(303);
    Map<String, Object> only = new java.util.HashMap<>(offering("Doppelgänger"));
    only.put("action", "continue");
    post("/offerings", only).then().statusCode(303);
    post("/submit", Map.of())
        .then()
        .statusCode(409)
        .body(containsString("<a href=\"#registrationId\">"))
        .body(containsString("already registered"));
    given()
        .queryParam("q", "Doppelgänger")
        .when()
        .get("/api/v1/offerings")
        .then()
        .body("items.size()", org.hamcrest.Matchers.is(0));
    given()
        .accept("text/html")
        .when()
        .get(PAGE)
        .then()
        .body(containsString("aria-current=\"step\">Review and register</span>"));
  }

  @Test
  @TestSecurity(user = "onboarding-resume", roles = "supplier")
  void aDraftIsResumedAtItsStepAndCanBeDiscarded() {
    post("/organisation", organisation("DE833333333")).then().statusCode(303);
    given()
        .accept("text/html")
        .when()
        .get(PAGE)
        .then()
        .statusCode(200)
        .body(containsString("aria-current=\"step\">Ownership and jurisdiction</span>"))
        .body(containsString("Your answers are saved"));
    given()
        .accept("text/html")
        .when()
        .get(PAGE + "?step=organisation")
        .then()
        .statusCode(200)
        .body(containsString("value=\"DE833333333\""));
    post("/discard", Map.of()).then().statusCode(303);
    given()
        .accept("text/html")
        .when()
        .get(PAGE)
        .then()
        .body(containsString("aria-current=\"step\">Organisation</span>"))
        .body(not(containsString("DE833333333")));
  }

  @Test
  @TestSecurity(user = "onboarding-order", roles = "supplier")
  void stepsCannotBeSkippedAndUnknownStepsAreBadRequests() {
    post("/ownership", ownership()).then().statusCode(409);
    post("/submit", Map.of()).then().statusCode(409);
    given()
        .accept("text/html")
        .when()
        .get(PAGE + "?step=payment")
        .then()
        .statusCode(400)
        .body(containsString("step"));
    post("/offerings/remove", Map.of("index", "x")).then().statusCode(400);
  }

  @Test
  @TestSecurity(user = "onboarding-csrf", roles = "supplier")
  void aFormPostWithoutItsCsrfTokenIsRejectedAndSavesNothing() {
    given()
        .accept("text/html")
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParams(organisation("DE844444444"))
        .when()
        .post(PAGE + "/organisation")
        .then()
        .statusCode(400);
    given()
        .accept("text/html")
        .when()
        .get(PAGE)
        .then()
        .body(containsString("aria-current=\"step\">Organisation</span>"));
  }

  @Test
  @TestSecurity(user = "onboarding-remove", roles = "supplier")
  void anAddedOfferingCanBeRemovedBeforeTheReview() {
    post("/organisation", organisation("DE855555555")).then().statusCode(303);
    post("/ownership", ownership()).then().statusCode(303);
    post("/offerings", offering("Kurzlebig")).then().statusCode(303);
    assertEquals(
        200,
        given()
            .accept("text/html")
            .when()
            .get(PAGE + "?step=offerings")
            .then()
            .extract()
            .statusCode());
    post("/offerings/remove", Map.of("index", "0")).then().statusCode(303);
    post("/offerings/remove", Map.of("index", "0")).then().statusCode(404);
    given()
        .accept("text/html")
        .when()
        .get(PAGE + "?step=offerings")
        .then()
        .body(not(containsString("Kurzlebig")));
  }
}
