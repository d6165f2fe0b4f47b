package eu.aimarket.integration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.demo.DemoCatalogLoader;
import eu.aimarket.integration.idempotency.IdempotencyFilter;
import eu.aimarket.testsupport.WebhookReceiver;
import eu.aimarket.web.EmbeddedDatabaseSmokeTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The integration's SQL on the embedded H2 of {@code quarkus:dev}: claiming deliveries with {@code
 * FOR UPDATE SKIP LOCKED}, the event counter, and reserving idempotency keys.
 */
@QuarkusTest
@TestProfile(EmbeddedDatabaseSmokeTest.EmbeddedH2.class)
class EmbeddedDatabaseIntegrationTest {

  @Inject WebhookService webhooks;
  @Inject WebhookDispatcher dispatcher;
  @Inject OfferingService offerings;
  @Inject ObjectMapper json;

  @Test
  void webhooksAreDeliveredFromTheOutbox() {
    try (WebhookReceiver receiver = WebhookReceiver.start().thenAnswer(500)) {
      SubscriptionView subscription =
          webhooks.subscribe(
              DemoCatalogLoader.organisationId("gemeente-demo"),
              receiver.url(),
              Set.of(EventType.OFFERING_PUBLISHED),
              null,
              "test");
      offerings.create(OfferingFixtures.MISTRAL, WebhookFixtures.publishedOffering(json, "On H2"));

      dispatcher.dispatchDue();

      assertEquals(1, receiver.received().size());
      DeliveryView failed =
          QuarkusTransaction.requiringNew()
              .call(() -> webhooks.deliveries(subscription.id(), null, null, 10))
              .items()
              .get(0);
      assertEquals(DeliveryStatus.PENDING, failed.status());
      assertEquals(1, failed.attempts());
      webhooks.delete(subscription.id());
    }
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void anIdempotentCreateIsReplayed() {
    String key = UUID.randomUUID().toString();
    var body = OfferingFixtures.validOffering("Idempotent on H2 " + key);
    String first =
        given()
            .contentType(ContentType.JSON)
            .header(IdempotencyFilter.HEADER, key)
            .body(body)
            .post("/api/v1/offerings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String again =
        given()
            .contentType(ContentType.JSON)
            .header(IdempotencyFilter.HEADER, key)
            .body(body)
            .post("/api/v1/offerings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertEquals(first, again);
  }
}
