package eu.aimarket.integration;

import static eu.aimarket.integration.WebhookFixtures.expectedSignature;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.catalog.demo.DemoCatalogLoader;
import eu.aimarket.testsupport.WebhookReceiver;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No event is lost across a restart: a delivery waiting in the outbox while the receiver is down is
 * sent by the next instance of the packaged application. Each instance is the real jar, started and
 * stopped by this test, on the test database.
 */
class WebhookRestartIT {

  private static final Path APP = Path.of("target", "quarkus-app", "quarkus-run.jar");
  private static final String SECRET = "whsec_restart-test-secret";

  private final List<Process> instances = new ArrayList<>();
  private WebhookReceiver receiver;
  private UUID subscriptionId;
  private UUID eventId;

  @AfterEach
  void cleanUp() throws SQLException {
    instances.forEach(WebhookRestartIT::stop);
    if (receiver != null) {
      receiver.close();
    }
    if (subscriptionId != null) {
      try (Connection db = database()) {
        update(db, "delete from webhook_subscription where id = ?", subscriptionId);
        update(db, "delete from webhook_event where id = ?", eventId);
      }
    }
  }

  @Test
  void aDeliveryPendingInTheOutboxIsSentByTheNextInstance() throws Exception {
    receiver = WebhookReceiver.start().afterwardsAnswer(500);
    Process first = start(1);
    String body = writeEventToTheOutbox();

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> attempts() >= 1 && !receiver.received().isEmpty());
    stop(first);
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
    try (Connection db = database()) {
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
    try (Connection db = database();
        PreparedStatement query =
            db.prepareStatement(
                "select " + column + " from webhook_delivery where subscription_id = ?")) {
      query.setObject(1, subscriptionId);
      ResultSet result = query.executeQuery();
      return result.next() ? result.getString(1) : null;
    }
  }

  private Process start(int instance) throws IOException {
    assertTrue(Files.isRegularFile(APP), "package the application first: " + APP);
    int port = freePort();
    String java = ProcessHandle.current().info().command().orElse("java");
    Path log = Path.of("target", "webhook-restart-it-instance-" + instance + ".log");
    Process process =
        new ProcessBuilder(
                java,
                "-Dquarkus.profile=test",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.flyway.clean-at-start=false",
                "-Daimarket.webhooks.dispatch-every=1s",
                "-Daimarket.webhooks.retry-initial-delay=1s",
                "-jar",
                APP.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    instances.add(process);
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () -> {
              assertTrue(process.isAlive(), "instance " + instance + " stopped; see " + log);
              return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            });
    return process;
  }

  private static void stop(Process process) {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Connection database() throws SQLException {
    String url =
        "jdbc:postgresql://"
            + env("TEST_DB_HOST", "127.0.0.1")
            + ":"
            + env("TEST_DB_PORT", "5432")
            + "/"
            + env("TEST_DB_NAME", "test");
    return DriverManager.getConnection(
        url, env("TEST_DB_USER", "postgres"), env("TEST_DB_PASSWORD", ""));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void update(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }
}
