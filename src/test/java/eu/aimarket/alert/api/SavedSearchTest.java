package eu.aimarket.alert.api;

import static eu.aimarket.catalog.OfferingFixtures.validOffering;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.alert.AlertService;
import eu.aimarket.catalog.OfferingData;
import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.demo.DemoCatalogLoader;
import eu.aimarket.demand.RequirementData;
import eu.aimarket.demand.RequirementFixtures;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.testsupport.TestClock;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Saved searches get their alert, by e-mail (the mailer's mock mailbox) and by webhook, when
 * something new matches them, and not for what does not match; digests wait for their period.
 */
@QuarkusTest
class SavedSearchTest {

  private static final String PROBLEM = "application/problem+json";
  private static final UUID GEMEENTE = DemoCatalogLoader.organisationId("gemeente-demo");

  @Inject OfferingService offerings;
  @Inject RequirementService requirements;
  @Inject AlertService alerts;
  @Inject MockMailbox mailbox;
  @Inject TestClock clock;
  @Inject ObjectMapper json;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private static String save(Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/saved-searches")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  private void publishOffering(String name, String category) {
    Map<String, Object> body = validOffering(name);
    body.put("category", category);
    offerings.create(OfferingFixtures.MISTRAL, json.convertValue(body, OfferingData.class));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aCatalogueSearchIsAlertedAtOnceForAMatchingOfferingOnly() {
    String word = "alertword" + System.nanoTime();
    String email = word + "@example.org";
    String hook =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "url", "http://127.0.0.1:9/alerts", "events", List.of("saved-search.matched")))
            .post("/api/v1/webhooks")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    save(
        Map.of(
            "kind", "CATALOGUE",
            "name", "Sovereign LLMs",
            "criteria", Map.of("category", "LLM_API", "text", word),
            "frequency", "IMMEDIATE",
            "email", email));

    publishOffering("Matching " + word, "LLM_API");
    publishOffering("Other category " + word, "SPEECH");
    publishOffering("Unrelated offering " + System.nanoTime(), "LLM_API");

    List<Mail> mails = mailbox.getMailsSentTo(email);
    assertEquals(1, mails.size(), mails.toString());
    assertTrue(mails.get(0).getSubject().contains("Matching " + word), mails.get(0).getSubject());
    assertTrue(mails.get(0).getText().contains("Matching " + word));
    assertTrue(!mails.get(0).getText().contains("Other category"), mails.get(0).getText());
    given()
        .when()
        .get("/api/v1/webhooks/" + hook + "/deliveries")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("items.eventType", hasItem("saved-search.matched"));
    given()
        .when()
        .get("/api/v1/saved-searches")
        .then()
        .statusCode(200)
        .body("items.name", hasItem("Sovereign LLMs"))
        .body("nextCursor", nullValue());
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aDailyRequirementSearchWaitsForItsDigest() {
    String word = "digestword" + System.nanoTime();
    String email = word + "@example.org";
    save(
        Map.of(
            "kind", "REQUIREMENTS",
            "name", "German LLM tenders",
            "criteria", Map.of("text", word),
            "frequency", "DAILY",
            "email", email));
    requirements.create(
        GEMEENTE,
        json.convertValue(
            RequirementFixtures.germanLlmInTheEu("Needed: " + word), RequirementData.class),
        "buyer");
    requirements.create(
        GEMEENTE,
        json.convertValue(
            RequirementFixtures.germanLlmInTheEu("Something else " + System.nanoTime()),
            RequirementData.class),
        "buyer");

    alerts.sendDue();
    assertEquals(0, mailbox.getMailsSentTo(email).size());

    clock.advance(Duration.ofDays(1).plusMinutes(1));
    alerts.sendDue();
    List<Mail> mails = mailbox.getMailsSentTo(email);
    assertEquals(1, mails.size());
    assertTrue(mails.get(0).getText().contains("Needed: " + word), mails.get(0).getText());
    assertTrue(!mails.get(0).getText().contains("Something else"));

    alerts.sendDue();
    assertEquals(1, mailbox.getMailsSentTo(email).size(), "an alert is sent once");
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void savingIsForTheRightRoleWithValidFields() {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "kind", "CATALOGUE",
                "name", "Not for suppliers",
                "criteria", Map.of(),
                "frequency", "IMMEDIATE",
                "email", "a@example.org"))
        .when()
        .post("/api/v1/saved-searches")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "kind", "REQUIREMENTS",
                "name", "",
                "criteria", Map.of("language", "german"),
                "frequency", "HOURLY",
                "email", "not an address"))
        .when()
        .post("/api/v1/saved-searches")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    String id =
        save(
            Map.of(
                "kind", "REQUIREMENTS",
                "name", "To delete",
                "criteria", Map.of(),
                "frequency", "WEEKLY",
                "email", "b@example.org"));
    given().when().delete("/api/v1/saved-searches/" + UUID.randomUUID()).then().statusCode(404);
    given().when().delete("/api/v1/saved-searches/" + id).then().statusCode(204);
  }

  @Test
  void anonymousCallersAreUnauthorised() {
    given().when().get("/api/v1/saved-searches").then().statusCode(401).contentType(PROBLEM);
  }
}
