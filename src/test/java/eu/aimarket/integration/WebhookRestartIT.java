package eu.aimarket.integration;

import static eu.aimarket.integration.WebhookFixtures.expectedSignature;
import static eu.aimarket.testsupport.TestDatabase.update;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.catalog.demo.DemoCatalogLoader;
import eu.aimarket.testsupport.PackagedApp;
import eu.aimarket.testsupport.TestDatabase;
import eu.aimarket.testsupport.WebhookReceiver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No event is lost across a restart: a delivery waiting in the outbox while the receiver is down is
 * sent by the next instance of the packaged application. Each instance is the real jar, started and
 * stopped by this test, on the test database.
 */
class WebhookRestartIT {

  private static final String SECRET = "whsec_restart-test-secret";

  private final List<PackagedApp> instances = new ArrayList<>();
  private WebhookReceiver receiver;
  private UUID subscriptionId;
  private UUID eventId;

  @AfterEach
  void cleanUp() throws SQLException {
    instances.forEach(PackagedApp::close);
    if (receiver != null) {
      receiver.close();
    }
    if (subscriptionId != null) {
      try (Connection db = TestDatabase.connect()) {
        update(db, "delete from webhook_subscription where id = ?", subscriptionId);
        update(db, "delete from webhook_event where id = ?", eventId);
      }
    }
  }

  @Test
  void aDeliveryPendingInTheOutboxIsSentByTheNextInstance() throws Exception {
    receiver = WebhookReceiver.start().afterwardsAnswer(500);
    PackagedApp first = start(1);
    String body = writeEventToTheOutbox();

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> attempts() >= 1 && !receiver.received().isEmpty());
    first.close();
    assertEquals("PENDING", status(), "the failed delivery waits in the outbox");

    receiver.afterwardsAnswer(200);
    start(2);
    await().atMost(Duration.ofSeconds(90)).until(() -> "DELIVERED".equals(status()));

    List<WebhookReceiver.Received> received = receiver.received();
    assertTrue(received.size() >= 2, "failed before the restart, delivered after it");
    for (WebhookReceiver.Received delivery : received) {
      assertEquals(eventId.toString(), delivery.header("Webhook-Id"));
      assertEquals(body, delivery.body());
      assertEquals(
          expectedSignature(SECRET, delivery.header("Webhook-Timestamp"), delivery.body()),
          delivery.header("Webhook-Signature"));
    }
  }

  /** What a change's transaction writes: the event and its delivery, committed together. */
  private String writeEventToTheOutbox() throws SQLException {
    subscriptionId = UUID.randomUUID();
    eventId = UUID.randomUUID();
    String body =
        "{\"id\":\""
            + eventId
            + "\",\"type\":\"offering.changed\",\"occurredAt\":\"2030-01-01T00:00:00Z\","
            + "\"data\":{\"note\":\"written before the restart\"}}";
    try (Connection db = TestDatabase.connect()) {
      db.setAutoCommit(false);
      update(
          db,
          "insert into webhook_subscription (id, organisation_id, url, secret, created_by,"
              + " created_at) values (?, ?, ?, ?, 'restart test', now())",
          subscriptionId,
          DemoCatalogLoader.organisationId("gemeente-demo"),
          receiver.url(),
          SECRET);
      update(
          db,
          "insert into webhook_subscription_event (subscription_id, event_type)"
              + " values (?, 'offering.changed')",
          subscriptionId);
      long sequence;
      try (PreparedStatement next =
          db.prepareStatement(
              "update webhook_event_sequence set last_value = last_value + 1 where id = 1"
                  + " returning last_value")) {
        ResultSet result = next.executeQuery();
        result.next();
        sequence = result.getLong(1);
      }
      update(
          db,
          "insert into webhook_event (id, sequence, event_type, body, occurred_at)"
              + " values (?, ?, 'offering.changed', ?, now())",
          eventId,
          sequence,
          body);
      update(
          db,
          "insert into webhook_delivery (id, subscription_id, event_id, sequence, status,"
              + " attempts, next_attempt_at, created_at)"
              + " values (?, ?, ?, ?, 'PENDING', 0, now(), now())",
          UUID.randomUUID(),
          subscriptionId,
          eventId,
          sequence);
      db.commit();
    }
    return body;
  }

  private String status() throws SQLException {
    return delivery("status");
  }

  private int attempts() throws SQLException {
    return Integer.parseInt(delivery("attempts"));
  }

  private String delivery(String column) throws SQLException {
    try (Connection db = TestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select " + column + " from webhook_delivery where subscription_id = ?")) {
      query.setObject(1, subscriptionId);
      ResultSet result = query.executeQuery();
      return result.next() ? result.getString(1) : null;
    }
  }

  private PackagedApp start(int instance) {
    PackagedApp app =
        PackagedApp.start(
            "webhook-restart-it-instance-" + instance,
            Map.of(
                "quarkus.flyway.clean-at-start", "false",
                "aimarket.webhooks.dispatch-every", "1s",
                "aimarket.webhooks.retry-initial-delay", "1s"));
    instances.add(app);
    return app;
  }
}
