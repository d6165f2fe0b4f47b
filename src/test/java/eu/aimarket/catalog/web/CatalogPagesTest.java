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
}
