package eu.aimarket.identity.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SecurityHeadersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/catalogue",
        "/css/site.css",
        "/api/v1/offerings",
        "/api/v1/me",
        "/no-such-page",
        "/dashboard",
        "/q/health/ready"
      })
  void everyAnswerCarriesTheSecurityHeaders(String path) {
    ValidatableResponse response =
        given().accept("text/html").redirects().follow(false).when().get(path).then();
    response
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("X-Frame-Options", equalTo("DENY"))
        .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", not(containsString("unsafe-inline")))
        .header("Content-Security-Policy", not(containsString("unsafe-eval")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/api/v1/offerings"})
  void noHstsWhereTheSiteIsNotServedOverHttps(String path) {
    given().when().get(path).then().header("Strict-Transport-Security", nullValue());
  }
}
