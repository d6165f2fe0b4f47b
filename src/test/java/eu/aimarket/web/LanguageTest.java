package eu.aimarket.web;

import static eu.aimarket.catalog.OfferingFixtures.MISTRAL;
import static eu.aimarket.catalog.OfferingFixtures.MISTRAL_LARGE;
import static eu.aimarket.catalog.OfferingFixtures.MISTRAL_SMALL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class LanguageTest {

  private static final String[] PUBLIC_PAGES = {
    "/",
    "/catalogue",
    "/catalogue?category=LLM_API&sort=score",
    "/offerings/" + MISTRAL_SMALL,
    "/suppliers/" + MISTRAL,
    "/compare?ids=" + MISTRAL_SMALL + "&ids=" + MISTRAL_LARGE,
    "/transparency",
    "/no/such/page"
  };

  @ParameterizedTest
  @CsvSource({
    "'de-DE;q=0.9,en;q=0.5', de, Katalog",
    "fr, fr, Catalogue",
    "'en-GB,en', en, Catalogue",
    "'es,it', en, Catalogue"
  })
  void theLanguageFollowsAcceptLanguage(String header, String lang, String catalogue) {
    given()
        .accept("text/html")
        .header("Accept-Language", header)
        .when()
        .get("/catalogue")
        .then()
        .statusCode(200)
        .body(containsString("<html lang=\"" + lang + "\">"))
        .body(containsString("<h1>" + catalogue + "</h1>"));
  }

  @Test
  void everyPublicPageRendersInEveryLanguageWithoutAnUntranslatedText() {
    for (String lang : Language.SUPPORTED) {
      for (String page : PUBLIC_PAGES) {
        String separator = page.contains("?") ? "&" : "?";
        String body =
            given()
                .accept("text/html")
                .when()
                .get(page + separator + "lang=" + lang)
                .then()
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(
            body.contains("<html lang=\"" + lang + "\">"), page + " in " + lang);
        // Qute shows an unresolved message key or expression as NOT_FOUND.
        org.junit.jupiter.api.Assertions.assertFalse(
            body.contains("NOT_FOUND"), page + " in " + lang + " has an unresolved text");
      }
    }
  }

  @Test
  void germanPagesSayItInGerman() {
    given()
        .accept("text/html")
        .cookie("lang", "de")
        .when()
        .get("/offerings/" + MISTRAL_SMALL)
        .then()
        .statusCode(200)
        .body(containsString("Souveränitätsbewertung"))
        .body(containsString("Strategisch"))
        .body(containsString("Frankreich"));
  }

  @Test
  void theSwitcherRemembersTheChoiceAndGoesBack() {
    var response =
        given()
            .redirects()
            .follow(false)
            .queryParam("lang", "fr")
            .queryParam("next", "/catalogue?category=LLM_API")
            .when()
            .get("/language");
    assertEquals(303, response.statusCode());
    assertEquals("fr", response.getCookie("lang"));
    org.junit.jupiter.api.Assertions.assertTrue(
        response.getHeader("Location").endsWith("/catalogue?category=LLM_API"));
    given()
        .accept("text/html")
        .cookie("lang", "fr")
        .when()
        .get("/")
        .then()
        .body(containsString("<html lang=\"fr\">"))
        .body(containsString("aria-current=\"true\">Français"));
  }

  @Test
  void theSwitcherNeverRedirectsToAnotherSite() {
    for (String next : new String[] {"https://evil.example", "//evil.example", "/\\evil", "x"}) {
      String location =
          given()
              .redirects()
              .follow(false)
              .queryParam("lang", "de")
              .queryParam("next", next)
              .when()
              .get("/language")
              .then()
              .statusCode(303)
              .extract()
              .header("Location");
      org.junit.jupiter.api.Assertions.assertTrue(
          location.endsWith("/") && !location.contains("evil"), next + " led to " + location);
    }
  }

  @Test
  void anUnknownLanguageIsABadRequestNamingTheParameter() {
    given()
        .accept("text/html")
        .queryParam("lang", "xx")
        .when()
        .get("/language")
        .then()
        .statusCode(400)
        .body(containsString("lang"))
        .body(not(containsString("Exception")));
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void signedInPagesRenderInEveryLanguageToo() {
    for (String lang : Language.SUPPORTED) {
      for (String page :
          new String[] {"/admin/claims", "/supplier/claims", "/supplier/onboarding"}) {
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

  @Test
  void switcherLinksPointBackAtTheCurrentPage() {
    given()
        .accept("text/html")
        .when()
        .get("/catalogue?category=GPU_COMPUTE")
        .then()
        .statusCode(equalTo(200))
        .body(containsString("/language?lang=de&amp;next=%2Fcatalogue%3Fcategory%3DGPU_COMPUTE"));
  }
}
