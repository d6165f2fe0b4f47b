package eu.aimarket.integration.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.catalog.demo.DemoCatalogLoader;
import eu.aimarket.integration.EventType;
import eu.aimarket.integration.SubscriptionView;
import eu.aimarket.integration.WebhookService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookResourceTest {

  private static final String PROBLEM = "application/problem+json";
  private static final UUID GEMEENTE = DemoCatalogLoader.organisationId("gemeente-demo");

  @Inject WebhookService webhooks;

  private static Map<String, Object> subscription(String url, Object events) {
    Map<String, Object> body = new HashMap<>();
    body.put("url", url);
    body.put("events", events);
    return body;
  }

  private static String uniqueUrl() {
    return "http://127.0.0.1:9/hooks/" + UUID.randomUUID();
  }

  /** A subscription of the demo buyer organisation, made directly for tests of reads. */
  private SubscriptionView buyersSubscription() {
    return webhooks.subscribe(
        GEMEENTE, uniqueUrl(), Set.of(EventType.MATCH_RUN_COMPLETED), null, "buyer");
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aMemberSubscribesAndSeesTheSecretOnlyOnce() {
    String url = uniqueUrl();
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(subscription(url, List.of("requirement.published", "match-run.completed")))
            .when()
            .post("/api/v1/webhooks")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/webhooks/"))
            .body("organisationId", equalTo(GEMEENTE.toString()))
            .body("url", equalTo(url))
            .body("events", hasItem("match-run.completed"))
            .body("secret", startsWith("whsec_"))
            .extract()
            .path("id");

    given()
        .when()
        .get("/api/v1/webhooks/" + id)
        .then()
        .statusCode(200)
        .body("url", equalTo(url))
        .body("secret", nullValue());
    given()
        .when()
        .get("/api/v1/webhooks")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id))
        .body("items.secret", not(hasItem(startsWith("whsec_"))));
    given()
        .when()
        .get("/api/v1/webhooks/" + id + "/deliveries")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));

    given().when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    given().when().get("/api/v1/webhooks/" + id).then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void invalidFieldsAreNamed() {
    given()
        .contentType(ContentType.JSON)
        .body(subscription("not a url", List.of("offering.published")))
        .when()
        .post("/api/v1/webhooks")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("url"));
    given()
        .contentType(ContentType.JSON)
        .body(subscription("ftp://127.0.0.1/hooks", List.of("offering.published")))
        .when()
        .post("/api/v1/webhooks")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("url"))
        .body("errors[0].message", containsString("http"));
    given()
        .contentType(ContentType.JSON)
        .body(subscription(uniqueUrl(), List.of("offering.published", "offering.deleted")))
        .when()
        .post("/api/v1/webhooks")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("events[1]"))
        .body("errors[0].message", containsString("claim.verified"));
    given()
        .contentType(ContentType.JSON)
        .body(subscription(uniqueUrl(), List.of()))
        .when()
        .post("/api/v1/webhooks")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("events"));
    given()
        .queryParam("status", "LOST")
        .when()
        .get("/api/v1/webhooks/" + buyersSubscription().id() + "/deliveries")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void theSameUrlTwiceIsAConflict() {
    String url = uniqueUrl();
    Map<String, Object> body = subscription(url, List.of("offering.published"));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/webhooks")
        .then()
        .statusCode(201);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/webhooks")
        .then()
        .statusCode(409)
        .contentType(PROBLEM);
  }

  @Test
  void anonymousCallersMustSignIn() {
    given()
        .contentType(ContentType.JSON)
        .body(subscription(uniqueUrl(), List.of("offering.published")))
        .when()
        .post("/api/v1/webhooks")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
    given().when().get("/api/v1/webhooks").then().statusCode(401);
    given()
        .when()
        .get("/api/v1/webhooks/" + buyersSubscription().id() + "/deliveries")
        .then()
        .statusCode(401);
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void anotherOrganisationsSubscriptionsAreNeitherChangedNorSeen() {
    Map<String, Object> body = subscription(uniqueUrl(), List.of("offering.published"));
    body.put("organisationId", GEMEENTE.toString());
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/webhooks")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    given()
        .queryParam("organisationId", GEMEENTE.toString())
        .when()
        .get("/api/v1/webhooks")
        .then()
        .statusCode(403);

    UUID buyers = buyersSubscription().id();
    given().when().get("/api/v1/webhooks/" + buyers).then().statusCode(404).contentType(PROBLEM);
    given().when().get("/api/v1/webhooks/" + buyers + "/deliveries").then().statusCode(404);
    given().when().delete("/api/v1/webhooks/" + buyers).then().statusCode(404);
    given()
        .when()
        .get("/api/v1/webhooks")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(buyers.toString())));
    given().when().get("/api/v1/webhooks/" + UUID.randomUUID()).then().statusCode(404);

    // The supplier's own organisation is the default.
    given()
        .contentType(ContentType.JSON)
        .body(subscription(uniqueUrl(), List.of("requirement.published")))
        .when()
        .post("/api/v1/webhooks")
        .then()
        .statusCode(201)
        .body("organisationId", equalTo(OfferingFixtures.MISTRAL.toString()));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aSubscriptionHasAnEntityTag() {
    SubscriptionView subscription = buyersSubscription();
    given()
        .when()
        .get("/api/v1/webhooks/" + subscription.id())
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"" + subscription.id() + "\""));
  }
}
