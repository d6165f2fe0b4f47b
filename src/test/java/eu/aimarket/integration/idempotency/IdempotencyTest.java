package eu.aimarket.integration.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.demand.RequirementFixtures;
import eu.aimarket.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

  private static final String PROBLEM = "application/problem+json";

  @Inject TestClock clock;
  @Inject IdempotencyStore store;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private static ExtractableResponse<Response> post(String path, String key, Object body) {
    return given()
        .contentType(ContentType.JSON)
        .header(IdempotencyFilter.HEADER, key)
        .body(body)
        .when()
        .post(path)
        .then()
        .extract();
  }

  private static int offeringsNamed(String name) {
    return given()
        .queryParam("supplierId", OfferingFixtures.MISTRAL.toString())
        .queryParam("q", name)
        .queryParam("limit", 100)
        .when()
        .get("/api/v1/offerings")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items")
        .size();
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void theSameKeyWithTheSameBodyGetsTheFirstResultAndCreatesOnce() {
    String key = UUID.randomUUID().toString();
    String name = "Idempotent " + key;
    Map<String, Object> body = OfferingFixtures.validOffering(name);

    ExtractableResponse<Response> first = post("/api/v1/offerings", key, body);
    ExtractableResponse<Response> retry = post("/api/v1/offerings", key, body);

    assertEquals(201, first.statusCode());
    assertEquals(201, retry.statusCode());
    assertEquals(first.body().asString(), retry.body().asString());
    assertEquals(first.header("Location"), retry.header("Location"));
    assertEquals(first.header("ETag"), retry.header("ETag"));
    assertEquals("true", retry.header(IdempotencyFilter.REPLAYED_HEADER));
    assertEquals(1, offeringsNamed(name));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void theSameKeyWithAnotherBodyIs422() {
    String key = UUID.randomUUID().toString();
    post("/api/v1/offerings", key, OfferingFixtures.validOffering("First " + key));

    given()
        .contentType(ContentType.JSON)
        .header(IdempotencyFilter.HEADER, key)
        .body(OfferingFixtures.validOffering("Second " + key))
        .when()
        .post("/api/v1/offerings")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo(IdempotencyFilter.KEY_REUSED_TYPE))
        .body("status", equalTo(422));
    assertEquals(0, offeringsNamed("Second " + key));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void keysAreScopedPerCaller() {
    String key = UUID.randomUUID().toString();
    store.begin("someone-else", key, "a fingerprint of another request");

    ExtractableResponse<Response> mine =
        post("/api/v1/offerings", key, OfferingFixtures.validOffering("Mine " + key));

    assertEquals(201, mine.statusCode());
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void keysExpireAfter24Hours() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = OfferingFixtures.validOffering("Expiring " + key);
    String first = post("/api/v1/offerings", key, body).path("id");

    clock.advance(Duration.ofHours(23));
    assertEquals(first, post("/api/v1/offerings", key, body).path("id"));
    clock.advance(Duration.ofHours(1).plusMinutes(1));
    ExtractableResponse<Response> afterExpiry = post("/api/v1/offerings", key, body);

    assertEquals(201, afterExpiry.statusCode());
    assertNotEquals(first, afterExpiry.path("id"), "an expired key starts afresh");
    assertEquals(null, afterExpiry.header(IdempotencyFilter.REPLAYED_HEADER));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aFailedRequestIsNotRememberedSoTheClientCanFixItAndRetry() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = OfferingFixtures.validOffering("Fixed " + key);
    body.put("category", "TOASTERS");
    assertEquals(400, post("/api/v1/offerings", key, body).statusCode());

    body.put("category", "LLM_API");
    assertEquals(201, post("/api/v1/offerings", key, body).statusCode());
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aMalformedKeyIs400NamingTheHeader() {
    given()
        .contentType(ContentType.JSON)
        .header(IdempotencyFilter.HEADER, "x".repeat(256))
        .body(OfferingFixtures.validOffering("Long key"))
        .when()
        .post("/api/v1/offerings")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo(IdempotencyFilter.HEADER));
  }

  @Test
  void anonymousCallersGet401WithOrWithoutAKey() {
    given()
        .contentType(ContentType.JSON)
        .header(IdempotencyFilter.HEADER, UUID.randomUUID().toString())
        .body(OfferingFixtures.validOffering("Anonymous"))
        .when()
        .post("/api/v1/offerings")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void requirementsMatchRunsAndWebhooksAreCreatedOnceToo() {
    String requirementKey = UUID.randomUUID().toString();
    Map<String, Object> requirement =
        RequirementFixtures.germanLlmInTheEu("Once " + requirementKey);
    String requirementId = post("/api/v1/requirements", requirementKey, requirement).path("id");
    assertEquals(
        requirementId, post("/api/v1/requirements", requirementKey, requirement).path("id"));

    String runKey = UUID.randomUUID().toString();
    String path = "/api/v1/requirements/" + requirementId + "/matches";
    String runId = post(path, runKey, Map.of()).path("id");
    assertEquals(runId, post(path, runKey, Map.of()).path("id"));
    given().when().get(path).then().statusCode(200).body("items", hasSize(1));

    String hookKey = UUID.randomUUID().toString();
    Map<String, Object> hook =
        Map.of(
            "url", "http://127.0.0.1:9/hooks/" + hookKey, "events", List.of("match-run.completed"));
    ExtractableResponse<Response> subscribed = post("/api/v1/webhooks", hookKey, hook);
    ExtractableResponse<Response> again = post("/api/v1/webhooks", hookKey, hook);
    assertEquals(201, again.statusCode(), "not 409: the retry is the same request");
    assertEquals(subscribed.path("id"), again.<String>path("id"));
    given().when().delete("/api/v1/webhooks/" + subscribed.path("id")).then().statusCode(204);
  }
}
