package eu.aimarket.catalog.web;

import static eu.aimarket.catalog.OfferingFixtures.GPT_NL_DRAFT;
import static eu.aimarket.catalog.OfferingFixtures.MISTRAL_SMALL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogPagesTest {

  @Test
  void homePageShowsTheCatalogueSizeAndTheDemoNotice() {
    given()
        .accept("text/html")
        .when()
        .get("/")
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("published offerings"))
        .body(containsString("illustrative demo data"));
  }

  @Test
  void cataloguePageFiltersAndLinksToTheNextPage() {
    given()
        .accept("text/html")
        .queryParam("category", "GPU_COMPUTE")
        .when()
        .get("/catalogue")
        .then()
        .statusCode(200)
        .body(containsString("<option value=\"GPU_COMPUTE\" selected>"))
        .body(containsString("/offerings/"));
    given()
        .accept("text/html")
        .when()
        .get("/catalogue")
        .then()
        .statusCode(200)
        .body(containsString("rel=\"next\""));
  }

  @Test
  void anInvalidFilterShowsAnErrorPageNotAStackTrace() {
    given()
        .accept("text/html")
        .queryParam("hqCountry", "XX")
        .when()
        .get("/catalogue")
        .then()
        .statusCode(400)
        .contentType(containsString("text/html"))
        .body(containsString("hqCountry"))
        .body(not(containsString("Exception")));
  }

  @Test
  void offeringPageShowsTheSovereigntyScorecard() {
    given()
        .accept("text/html")
        .when()
        .get("/offerings/" + MISTRAL_SMALL)
        .then()
        .statusCode(200)
        .body(containsString("SOV-1"))
        .body(containsString("SOV-8"))
        .body(containsString("Sovereignty Score"));
  }

  @Test
  void draftOfferingsAndUnknownAddressesAreNotFoundPages() {
    given()
        .accept("text/html")
        .when()
        .get("/offerings/" + GPT_NL_DRAFT)
        .then()
        .statusCode(404)
        .contentType(containsString("text/html"));
    given()
        .accept("text/html")
        .when()
        .get("/no/such/page")
        .then()
        .statusCode(404)
        .contentType(containsString("text/html"));
  }

  @Test
  void userTextIsEscaped() {
    given()
        .accept("text/html")
        .queryParam("q", "<script>alert(1)</script>")
        .when()
        .get("/catalogue")
        .then()
        .statusCode(200)
        .body(not(containsString("<script>alert(1)</script>")))
        .body(containsString("&lt;script&gt;"));
  }

  @Test
  void facetsShowCountsThatAddUpWithTheOtherFiltersApplied() {
    String body =
        given()
            .accept("text/html")
            .queryParam("dataIn", "EU")
            .when()
            .get("/catalogue")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    java.util.regex.Matcher total =
        java.util.regex.Pattern.compile("Offerings 1 to \\d+ of (\\d+)").matcher(body);
    org.junit.jupiter.api.Assertions.assertTrue(total.find(), "a result count");
    long sum = 0;
    java.util.regex.Matcher category =
        java.util.regex.Pattern.compile(
                "<option value=\"[A-Z_]+\"(?: selected)?>[^<(]+ \\((\\d+)\\)</option>")
            .matcher(
                body.substring(body.indexOf("id=\"category\""), body.indexOf("id=\"hqCountry\"")));
    while (category.find()) {
      sum += Long.parseLong(category.group(1));
    }
    org.junit.jupiter.api.Assertions.assertEquals(
        Long.parseLong(total.group(1)), sum, "each offering has exactly one category");
  }

  @Test
  void theCataloguePageAgreesWithTheApiOnEveryFilter() {
    for (String query :
        new String[] {
          "category=LLM_API",
          "hqCountry=FR",
          "dataIn=EEA",
          "openWeights=true",
          "language=de",
          "certification=ISO_27001",
          "q=mistral",
          "dataIn=DE&openWeights=true"
        }) {
      int viaApi = 0;
      String cursor = null;
      do {
        var page =
            given()
                .when()
                .get(
                    "/api/v1/offerings?limit=100&"
                        + query
                        + (cursor == null ? "" : "&cursor=" + cursor))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        viaApi += page.getList("items").size();
        cursor = page.getString("nextCursor");
      } while (cursor != null);
      String body =
          given().accept("text/html").when().get("/catalogue?" + query).then().extract().asString();
      String expected =
          viaApi == 0 ? "No offering matches these filters." : " of " + viaApi + "</p>";
      org.junit.jupiter.api.Assertions.assertTrue(
          body.contains(expected), query + ": the page should report " + viaApi + " offerings");
    }
  }

  @Test
  void aMinimumScoreAndSortingByScoreOrderTheResults() {
    String body =
        given()
            .accept("text/html")
            .queryParam("minScore", "50")
            .queryParam("sort", "score")
            .when()
            .get("/catalogue")
            .then()
            .statusCode(200)
            .body(containsString("<option value=\"50\" selected>"))
            .body(containsString("<option value=\"score\" selected>"))
            .extract()
            .asString();
    java.util.List<Double> scores = new java.util.ArrayList<>();
    java.util.regex.Matcher cell =
        java.util.regex.Pattern.compile("<td class=\"num\">(\\d+\\.\\d)</td>").matcher(body);
    while (cell.find()) {
      scores.add(Double.parseDouble(cell.group(1)));
    }
    org.junit.jupiter.api.Assertions.assertFalse(scores.isEmpty());
    for (int i = 0; i < scores.size(); i++) {
      org.junit.jupiter.api.Assertions.assertTrue(scores.get(i) >= 50, "at least 50");
      if (i > 0) {
        org.junit.jupiter.api.Assertions.assertTrue(
            scores.get(i) <= scores.get(i - 1), "highest score first");
      }
    }
  }

  @Test
  void pagesLinkToEachOtherAndKeepTheQuery() {
    given()
        .accept("text/html")
        .queryParam("sort", "name")
        .queryParam("page", "2")
        .when()
        .get("/catalogue")
        .then()
        .statusCode(200)
        .body(containsString("Page 2 of"))
        .body(containsString("href=\"/catalogue?sort=name\" rel=\"prev\""))
        .body(containsString("href=\"/catalogue?sort=name&amp;page=3\" rel=\"next\""));
  }

  @Test
  void badSearchParametersAreBadRequestsNamingTheParameter() {
    for (String[] bad :
        new String[][] {
          {"minScore", "101"},
          {"minScore", "high"},
          {"sort", "price"},
          {"page", "0"},
          {"category", "TOASTERS"},
          {"dataIn", "MARS"}
        }) {
      given()
          .accept("text/html")
          .queryParam(bad[0], bad[1])
          .when()
          .get("/catalogue")
          .then()
          .statusCode(400)
          .contentType(containsString("text/html"))
          .body(containsString(bad[0]));
    }
  }

  @Test
  void offeringPageDrawsTheScorecardAsAnAccessibleSvgWithTheSameDataInATable() {
    given()
        .accept("text/html")
        .when()
        .get("/offerings/" + MISTRAL_SMALL)
        .then()
        .statusCode(200)
        .body(
            containsString(
                "<svg role=\"img\" aria-labelledby=\"offering-scorecard-title offering-scorecard-desc\""))
        .body(containsString("<title id=\"offering-scorecard-title\">"))
        .body(containsString("<desc id=\"offering-scorecard-desc\">SOV-1 Strategic: SEAL"))
        .body(containsString("<table class=\"scorecard\">"))
        .body(containsString("Where data is stored and processed"))
        .body(not(containsString("<script")));
  }

  @Test
  void supplierPageShowsTheProfileClaimsOfferingsAndWeakestScorecard() {
    given()
        .accept("text/html")
        .when()
        .get("/suppliers/" + eu.aimarket.catalog.OfferingFixtures.MISTRAL)
        .then()
        .statusCode(200)
        .body(containsString("Mistral"))
        .body(containsString("Ultimate controlling entity"))
        .body(containsString("Staff and operations in the EU"))
        .body(containsString("/offerings/" + MISTRAL_SMALL))
        .body(containsString("supplier-scorecard-title"));
  }

  @Test
  void supplierPageOfAnUnknownOrganisationIsNotFound() {
    given()
        .accept("text/html")
        .when()
        .get("/suppliers/" + java.util.UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(containsString("text/html"));
    given()
        .accept("text/html")
        .when()
        .get(
            "/suppliers/"
                + eu.aimarket.catalog.demo.DemoCatalogLoader.organisationId("gemeente-demo"))
        .then()
        .statusCode(404);
  }

  @Test
  void twoOfferingsSideBySideMarkWhereTheyDiffer() {
    given()
        .accept("text/html")
        .queryParam(
            "ids",
            MISTRAL_SMALL.toString(),
            eu.aimarket.catalog.OfferingFixtures.MISTRAL_LARGE.toString())
        .when()
        .get("/compare")
        .then()
        .statusCode(200)
        .body(containsString("2 offerings side by side"))
        .body(containsString("<tr class=\"differs\">"))
        .body(containsString("<tr>\n      <th scope=\"row\">Supplier</th>"));
  }

  @Test
  void comparingTooManyUnknownOrMalformedOfferingsFailsClearly() {
    java.util.List<String> five = new java.util.ArrayList<>();
    given()
        .when()
        .get("/api/v1/offerings?limit=5")
        .then()
        .extract()
        .jsonPath()
        .getList("items.id", String.class)
        .forEach(five::add);
    given()
        .accept("text/html")
        .queryParam("ids", five.toArray())
        .when()
        .get("/compare")
        .then()
        .statusCode(400)
        .body(containsString("ids"));
    given()
        .accept("text/html")
        .queryParam("ids", MISTRAL_SMALL.toString(), java.util.UUID.randomUUID().toString())
        .when()
        .get("/compare")
        .then()
        .statusCode(404);
    given()
        .accept("text/html")
        .queryParam("ids", MISTRAL_SMALL.toString(), GPT_NL_DRAFT.toString())
        .when()
        .get("/compare")
        .then()
        .statusCode(404);
    given()
        .accept("text/html")
        .queryParam("ids", "not-a-uuid")
        .when()
        .get("/compare")
        .then()
        .statusCode(400)
        .body(containsString("ids"));
  }

  @Test
  void comparingFewerThanTwoAsksForMore() {
    given()
        .accept("text/html")
        .queryParam("ids", MISTRAL_SMALL.toString())
        .when()
        .get("/compare")
        .then()
        .statusCode(200)
        .body(containsString("Choose two to four offerings"));
  }

  @Test
  void theApiTakesAMinimumScoreAndASortAndPagesThroughThemWithoutOverlap() {
    java.util.List<Float> scores = new java.util.ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    String cursor = null;
    do {
      var page =
          given()
              .queryParam("minScore", 50)
              .queryParam("sort", "score")
              .queryParam("limit", 7)
              .queryParam("cursor", cursor == null ? "" : cursor)
              .when()
              .get("/api/v1/offerings")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      scores.addAll(page.getList("items.sovereignty.score", Float.class));
      page.getList("items.id", String.class)
          .forEach(id -> org.junit.jupiter.api.Assertions.assertTrue(ids.add(id), "no repeats"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    org.junit.jupiter.api.Assertions.assertTrue(scores.size() > 7, "more than one page");
    for (int i = 1; i < scores.size(); i++) {
      org.junit.jupiter.api.Assertions.assertTrue(scores.get(i) <= scores.get(i - 1));
      org.junit.jupiter.api.Assertions.assertTrue(scores.get(i) >= 50);
    }
    given()
        .queryParam("minScore", "-1")
        .when()
        .get("/api/v1/offerings")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("minScore"));
    given()
        .queryParam("sort", "cheapest")
        .when()
        .get("/api/v1/offerings")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("sort"));
  }
}
