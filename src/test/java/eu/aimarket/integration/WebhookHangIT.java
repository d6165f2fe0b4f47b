package eu.aimarket.integration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.testsupport.PackagedApp;
import eu.aimarket.testsupport.TestOidcProvider;
import eu.aimarket.testsupport.WebhookReceiver;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A webhook receiver that accepts the connection and never answers does not slow the API down. The
 * packaged application runs with fewer request threads than there are hanging deliveries, so if a
 * delivery held a request thread while it waited, requests would queue behind it; instead every
 * request made while the deliveries hang is answered before any of them has timed out, and the
 * deliveries time out and are retried later.
 */
class WebhookHangIT {

  private static final Logger LOG = Logger.getLogger(WebhookHangIT.class);

  /**
   * The application's worker threads, which serve blocking requests (and scheduled jobs): fewer
   * than {@link #SUBSCRIPTIONS}, so that deliveries holding them would starve the API.
   */
  private static final int WORKER_THREADS = 8;

  private static final int SUBSCRIPTIONS = 12;
  private static final int API_REQUESTS = 30;

  /**
   * Long enough that the hanging deliveries are still waiting when the API requests are done on any
   * machine; the test checks that order, not a duration.
   */
  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(20);

  private static TestOidcProvider oidc;
  private static PackagedApp app;

  private final String buyer = TestOidcProvider.token("buyer", Set.of("buyer"));
  private final String supplier = TestOidcProvider.token("supplier", Set.of("supplier"));

  @BeforeAll
  static void startApplication() {
    oidc = new TestOidcProvider();
    Map<String, String> settings = new HashMap<>(oidc.start());
    // Other integration tests' data stays; this test only adds and removes its own.
    settings.put("quarkus.flyway.clean-at-start", "false");
    settings.put("quarkus.thread-pool.max-threads", Integer.toString(WORKER_THREADS));
    settings.put("aimarket.webhooks.dispatch-every", "1s");
    settings.put("aimarket.webhooks.request-timeout", DELIVERY_TIMEOUT.toSeconds() + "s");
    settings.put("aimarket.webhooks.retry-initial-delay", "1s");
    app = PackagedApp.start("webhook-hang-it", settings);
  }

  @AfterAll
  static void stopApplication() {
    try {
      if (app != null) {
        app.close();
      }
    } finally {
      if (oidc != null) {
        oidc.stop();
      }
    }
  }

  @Test
  void apiRequestsAreAnsweredWhileDeliveriesHangAndTheDeliveriesAreRetriedLater() throws Exception {
    List<String> subscriptions = new ArrayList<>();
    try (WebhookReceiver receiver =
        WebhookReceiver.start().afterwardsAnswer(WebhookReceiver.HANG)) {
      try {
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
          subscriptions.add(subscribe(receiver.url() + "/" + i));
        }
        String offeringId = publishOffering("Announced to hanging receivers");
        await("every subscription's delivery reached its receiver, which hangs")
            .atMost(Duration.ofSeconds(60))
            .until(() -> deliveriesAbout(receiver, offeringId) >= SUBSCRIPTIONS);

        List<String> threadsSending = threadsIn(WebhookDispatcher.class.getName());
        long started = System.nanoTime();
        for (int i = 0; i < API_REQUESTS; i++) {
          answeredNormally(i);
        }
        LOG.infof(
            "%d API requests answered in %d ms while %d deliveries hung; threads in the"
                + " dispatcher: %s",
            API_REQUESTS,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
            SUBSCRIPTIONS,
            threadsSending);

        // Every delivery is still in its first attempt, unanswered: all the requests above were
        // answered before any delivery timed out.
        for (String subscription : subscriptions) {
          Map<String, Object> first = firstDelivery(subscription);
          assertEquals("PENDING", first.get("status"), first.toString());
          assertEquals(1, first.get("attempts"), first.toString());
          assertNull(first.get("lastError"), "no outcome recorded yet: " + first);
        }
        assertEquals(
            List.of("webhook-dispatcher"),
            threadsSending,
            SUBSCRIPTIONS
                + " hanging deliveries wait in one dispatcher round, on the dispatcher's own"
                + " thread, not on a thread that serves requests");

        // The hanging attempts time out; the retries find a receiver that answers.
        receiver.afterwardsAnswer(200);
        await("the timed-out deliveries retried and delivered")
            .atMost(DELIVERY_TIMEOUT.multipliedBy(3))
            .until(
                () ->
                    subscriptions.stream()
                        .map(this::firstDelivery)
                        .allMatch(d -> "DELIVERED".equals(d.get("status"))));
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
          assertEquals(2, firstDelivery(subscriptions.get(i)).get("attempts"), "retried once");
          String path = "/hooks/" + i;
          List<String> attempts =
              receiver.received().stream()
                  .filter(r -> path.equals(r.path()))
                  .filter(r -> offeringId.equals(JsonPath.from(r.body()).getString("data.id")))
                  .map(r -> r.header("Webhook-Attempt"))
                  .toList();
          assertEquals(List.of("1", "2"), attempts, "the receiver at " + path);
        }
      } finally {
        for (String subscription : subscriptions) {
          given()
              .auth()
              .oauth2(buyer)
              .delete(app.url() + "/api/v1/webhooks/" + subscription)
              .then()
              .statusCode(204);
        }
      }
    }
  }

  /** One ordinary request of the API's mix: reads and a write, each answered as usual. */
  private void answeredNormally(int i) {
    switch (i % 3) {
      case 0 -> given().get(app.url() + "/api/v1/offerings?limit=20").then().statusCode(200);
      case 1 ->
          given().auth().oauth2(buyer).get(app.url() + "/api/v1/webhooks").then().statusCode(200);
      default -> publishOffering("Published while deliveries hang " + i);
    }
  }

  private String subscribe(String url) {
    return given()
        .auth()
        .oauth2(buyer)
        .contentType(ContentType.JSON)
        .body(Map.of("url", url, "events", List.of("offering.published")))
        .post(app.url() + "/api/v1/webhooks")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private String publishOffering(String name) {
    return given()
        .auth()
        .oauth2(supplier)
        .contentType(ContentType.JSON)
        .body(OfferingFixtures.validOffering(name + " " + UUID.randomUUID()))
        .post(app.url() + "/api/v1/offerings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The oldest delivery in a subscription's log (the log lists the newest first). */
  private Map<String, Object> firstDelivery(String subscription) {
    List<Map<String, Object>> log =
        given()
            .auth()
            .oauth2(buyer)
            .get(app.url() + "/api/v1/webhooks/" + subscription + "/deliveries?limit=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return log.get(log.size() - 1);
  }

  private static long deliveriesAbout(WebhookReceiver receiver, String offeringId) {
    return receiver.received().stream()
        .filter(r -> offeringId.equals(JsonPath.from(r.body()).getString("data.id")))
        .count();
  }

  /** The names of the application's threads whose stacks are in the given class now. */
  private static List<String> threadsIn(String className) throws IOException, InterruptedException {
    Process jcmd =
        new ProcessBuilder("jcmd", Long.toString(app.pid()), "Thread.print")
            .redirectErrorStream(true)
            .start();
    String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(jcmd.waitFor(30, TimeUnit.SECONDS), "jcmd finished");
    assertTrue(dump.contains("Full thread dump"), dump);
    return Arrays.stream(dump.split("\n\n"))
        .filter(thread -> thread.startsWith("\"") && thread.contains(className + "."))
        .map(thread -> thread.substring(1, thread.indexOf('"', 1)))
        .toList();
  }
}
