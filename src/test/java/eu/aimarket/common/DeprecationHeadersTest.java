package eu.aimarket.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeprecationHeadersTest {

  @Test
  void aDeprecatedOperationSaysSinceWhenUntilWhenAndWhatReplacesIt() {
    given()
        .when()
        .get("/api/v1/test-only/retired/42")
        .then()
        .statusCode(200)
        .body("answer", equalTo("42"))
        // 2026-12-01T00:00:00Z as RFC 9745's structured date.
        .header("Deprecation", equalTo("@1796083200"))
        .header("Sunset", equalTo("Tue, 01 Jun 2027 00:00:00 GMT"))
        .header("Link", equalTo("</api/v1/me>; rel=\"successor-version\""));
  }

  @Test
  void itsErrorAnswersCarryTheHeadersToo() {
    given()
        .when()
        .get("/api/v1/test-only/retired/missing")
        .then()
        .statusCode(404)
        .contentType(Problem.MEDIA_TYPE)
        .header("Deprecation", equalTo("@1796083200"))
        .header("Sunset", equalTo("Tue, 01 Jun 2027 00:00:00 GMT"));
  }

  @Test
  void otherOperationsCarryNoDeprecationHeaders() {
    given()
        .when()
        .get("/api/v1/test-only/retired/current")
        .then()
        .statusCode(200)
        .header("Deprecation", nullValue())
        .header("Sunset", nullValue());
  }
}
