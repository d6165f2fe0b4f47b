package eu.aimarket.identity.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.testsupport.Endpoints;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SecurityHeadersTest {

  /** Paths that show something real; other path parameters get an unknown id. */
  private static final Map<String, String> KNOWN =
      Map.of(
          "/offerings/{id}", "/offerings/" + OfferingFixtures.MISTRAL_SMALL,
          "/suppliers/{id}", "/suppliers/" + OfferingFixtures.MISTRAL);

  /**
   * Every page of the site, found in the page resources (so a new page is checked without being
   * listed here), then error pages and a few other answers.
   */
  static Stream<String> pages() {
    Stream<String> pages =
        Endpoints.pages().stream()
            .map(Endpoints.Operation::path)
            .map(
                path ->
                    KNOWN.getOrDefault(
                        path, path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString())));
    return Stream.concat(
        pages,
        Stream.of(
            "/css/site.css",
            "/api/v1/offerings",
            "/api/v1/me",
            "/no-such-page",
            "/offerings/" + UUID.randomUUID(),
            FailingPage.PATH,
            "/q/health/ready"));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyAnswerCarriesTheSecurityHeaders(String path) {
    hasSecurityHeaders(fetch(path).then());
  }

  @ParameterizedTest
  @MethodSource("pages")
  @TestSecurity(user = "supplier", roles = "supplier")
  void everyPageCarriesTheSecurityHeadersForSignedInPeopleToo(String path) {
    hasSecurityHeaders(fetch(path).then());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/catalogue"})
  void pagesAreRenderedNotJustRedirected(String path) {
    assertEquals(200, fetch(path).statusCode());
  }

  @Test
  void errorPagesInTheLayoutCarryTheHeaders() {
    Response notFound = fetch("/offerings/" + UUID.randomUUID());
    assertEquals(404, notFound.statusCode());
    assertTrue(notFound.asString().contains("<main"), "a 404 page in the site's layout");
    hasSecurityHeaders(notFound.then());

    Response failed = fetch(FailingPage.PATH);
    assertEquals(500, failed.statusCode());
    assertTrue(failed.asString().contains("<main"), "a 500 page in the site's layout");
    hasSecurityHeaders(failed.then());
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void theForbiddenPageCarriesTheHeaders() {
    Response forbidden = fetch("/admin/claims");
    assertEquals(403, forbidden.statusCode());
    assertTrue(forbidden.asString().contains("<main"), "a 403 page in the site's layout");
    hasSecurityHeaders(forbidden.then());
  }

  /** The session's own cookies come from a real sign-in: SignInIT checks them with Keycloak. */
  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void theCookiesThePagesSetAreHttpOnlyAndSameSite() {
    Response form = fetch("/supplier/onboarding");
    String csrf = setCookie(form, "csrf-token");
    assertTrue(csrf.matches("(?i).*;\\s*HttpOnly.*"), csrf);
    assertTrue(csrf.matches("(?i).*SameSite=(Lax|Strict).*"), csrf);

    Response language = given().redirects().follow(false).get("/language?lang=de&next=/");
    String chosen = setCookie(language, eu.aimarket.web.Language.COOKIE);
    assertTrue(chosen.matches("(?i).*;\\s*HttpOnly.*"), chosen);
    assertTrue(chosen.matches("(?i).*SameSite=(Lax|Strict).*"), chosen);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/api/v1/offerings"})
  void noHstsWhereTheSiteIsNotServedOverHttps(String path) {
    given().when().get(path).then().header("Strict-Transport-Security", nullValue());
  }

  private static Response fetch(String path) {
    return given().accept("text/html").redirects().follow(false).when().get(path);
  }

  private static String setCookie(Response response, String name) {
    return response.headers().getValues("Set-Cookie").stream()
        .filter(header -> header.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + name + " cookie: " + response.headers()));
  }

  private static void hasSecurityHeaders(ValidatableResponse response) {
    response
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("X-Frame-Options", equalTo("DENY"))
        .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", not(containsString("unsafe-inline")))
        .header("Content-Security-Policy", not(containsString("unsafe-eval")));
  }
}
