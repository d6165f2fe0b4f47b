package eu.aimarket.integration;

import static eu.aimarket.integration.WebhookFixtures.draftOffering;
import static eu.aimarket.integration.WebhookFixtures.expectedSignature;
import static eu.aimarket.integration.WebhookFixtures.publishedOffering;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.catalog.demo.DemoCatalogLoader;
import eu.aimarket.common.Page;
import eu.aimarket.demand.RequirementData;
import eu.aimarket.demand.RequirementFixtures;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.matching.MatchRunView;
import eu.aimarket.matching.MatchService;
import eu.aimarket.testsupport.TestClock;
import eu.aimarket.testsupport.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries to a real HTTP receiver on 127.0.0.1: signatures, retries, order per subscription,
 * giving up, timeouts, and the outbox's transaction. Time moves through {@link TestClock}; the
 * dispatcher is called directly instead of waiting for its schedule.
 */
@QuarkusTest
class WebhookDeliveryTest {

  private static final UUID GEMEENTE = DemoCatalogLoader.organisationId("gemeente-demo");

  @Inject WebhookDispatcher dispatcher;
  @Inject WebhookService webhooks;
  @Inject Events events;
  @Inject OfferingService offerings;
  @Inject RequirementService requirements;
  @Inject MatchService matches;
  @Inject TestClock clock;
  @Inject ObjectMapper json;

  private final List<WebhookReceiver> receivers = new ArrayList<>();
  private final List<UUID> subscriptions = new ArrayList<>();

  @BeforeEach
  void sendWhatEarlierTestsLeft() {
    dispatcher.dispatchDue();
  }

  @AfterEach
  void cleanUp() {
    subscriptions.forEach(webhooks::delete);
    receivers.forEach(WebhookReceiver::close);
    clock.reset();
  }

  private WebhookReceiver receiver() {
    WebhookReceiver receiver = WebhookReceiver.start();
    receivers.add(receiver);
    return receiver;
  }

  private SubscriptionView subscribe(UUID organisation, WebhookReceiver to, EventType... types) {
    SubscriptionView subscription =
        webhooks.subscribe(organisation, to.url(), Set.of(types), "test receiver", "test");
    subscriptions.add(subscription.id());
    return subscription;
  }

  private OfferingView publish(String name) {
    return offerings.create(OfferingFixtures.MISTRAL, publishedOffering(json, name));
  }

  /** The delivery log as a new request would read it (the test's own session may be stale). */
  private List<DeliveryView> log(SubscriptionView subscription) {
    Page<DeliveryView> page =
        QuarkusTransaction.requiringNew()
            .call(() -> webhooks.deliveries(subscription.id(), null, null, 100));
    return page.items();
  }

  private JsonNode body(WebhookReceiver.Received received) {
    try {
      return json.readTree(received.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> receivedOfferingIds(WebhookReceiver receiver) {
    return receiver.received().stream().map(r -> body(r).at("/data/id").asText()).toList();
  }

  @Test
  void aDeliveryIsSignedSoThatTheReceiverCanVerifyIt() {
    WebhookReceiver receiver = receiver();
    SubscriptionView subscription = subscribe(GEMEENTE, receiver, EventType.OFFERING_PUBLISHED);
    OfferingView offering = publish("Signed delivery");

    assertEquals(1, dispatcher.dispatchDue());

    assertEquals(1, receiver.received().size());
    WebhookReceiver.Received delivery = receiver.received().get(0);
    String timestamp = delivery.header("Webhook-Timestamp");
    assertEquals(
        expectedSignature(subscription.secret(), timestamp, delivery.body()),
        delivery.header("Webhook-Signature"));
    assertNotEquals(
        expectedSignature(subscription.secret() + "x", timestamp, delivery.body()),
        delivery.header("Webhook-Signature"),
        "another secret gives another signature");
    assertTrue(
        Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 300,
        "the timestamp is the time of sending");
    assertTrue(delivery.header("Content-Type").startsWith("application/json"));

    JsonNode body = body(delivery);
    assertEquals(delivery.header("Webhook-Id"), body.get("id").asText());
    assertEquals("offering.published", body.get("type").asText());
    assertEquals(offering.id().toString(), body.at("/data/id").asText());
    assertEquals("PUBLISHED", body.at("/data/status").asText());
    assertEquals("/api/v1/offerings/" + offering.id(), body.at("/data/href").asText());

    DeliveryView logged = log(subscription).get(0);
    assertEquals(DeliveryStatus.DELIVERED, logged.status());
    assertEquals(1, logged.attempts());
    assertEquals(200, logged.lastStatusCode());
    assertEquals(EventType.OFFERING_PUBLISHED, logged.eventType());
  }

  @Test
  void aFailedDeliveryIsRetriedAfterTheBackoffWithTheSameEvent() {
    WebhookReceiver receiver = receiver().thenAnswer(500);
    SubscriptionView subscription = subscribe(GEMEENTE, receiver, EventType.OFFERING_PUBLISHED);
    publish("Retry me");

    dispatcher.dispatchDue();
    DeliveryView failed = log(subscription).get(0);
    assertEquals(DeliveryStatus.PENDING, failed.status());
    assertEquals(1, failed.attempts());
    assertEquals(500, failed.lastStatusCode());
    assertEquals("HTTP 500", failed.lastError());
    assertEquals(
        Duration.ofSeconds(30), Duration.between(failed.lastAttemptAt(), failed.nextAttemptAt()));

    assertEquals(0, dispatcher.dispatchDue(), "nothing is due before the backoff ends");
    clock.advance(Duration.ofSeconds(31));
    assertEquals(1, dispatcher.dispatchDue());

    List<WebhookReceiver.Received> received = receiver.received();
    assertEquals(2, received.size());
    assertEquals(received.get(0).body(), received.get(1).body(), "the same event is sent again");
    assertEquals(received.get(0).header("Webhook-Id"), received.get(1).header("Webhook-Id"));
    assertEquals("2", received.get(1).header("Webhook-Attempt"));
    DeliveryView delivered = log(subscription).get(0);
    assertEquals(DeliveryStatus.DELIVERED, delivered.status());
    assertEquals(2, delivered.attempts());
    assertNull(delivered.nextAttemptAt());
  }

  @Test
  void aSubscriptionReceivesItsEventsInOrderAndOneFailingReceiverHoldsUpNoOther() {
    WebhookReceiver failingFirst = receiver().thenAnswer(500);
    WebhookReceiver healthy = receiver();
    subscribe(GEMEENTE, failingFirst, EventType.OFFERING_PUBLISHED);
    subscribe(OfferingFixtures.ALEPH_ALPHA, healthy, EventType.OFFERING_PUBLISHED);
    List<String> published =
        List.of(
            publish("Order A").id().toString(),
            publish("Order B").id().toString(),
            publish("Order C").id().toString());

    dispatcher.dispatchDue();
    assertEquals(List.of(published.get(0)), receivedOfferingIds(failingFirst), "B waits for A");
    assertEquals(published, receivedOfferingIds(healthy));

    clock.advance(Duration.ofSeconds(31));
    dispatcher.dispatchDue();
    assertEquals(
        List.of(published.get(0), published.get(0), published.get(1), published.get(2)),
        receivedOfferingIds(failingFirst));
  }

  @Test
  void aDeliveryIsRetriedForADayThenGivenUpAndTheNextEventGoesOut() {
    WebhookReceiver receiver = receiver().afterwardsAnswer(503);
    SubscriptionView subscription = subscribe(GEMEENTE, receiver, EventType.OFFERING_PUBLISHED);
    String first = publish("Given up").id().toString();
    dispatcher.dispatchDue();
    for (int hour = 1; hour <= 23; hour++) {
      clock.advance(Duration.ofHours(1));
      dispatcher.dispatchDue();
    }
    DeliveryView stillTrying = log(subscription).get(0);
    assertEquals(DeliveryStatus.PENDING, stillTrying.status(), "retried through 23 hours");
    String second = publish("After the outage").id().toString();

    clock.advance(Duration.ofHours(1).plusMinutes(1));
    dispatcher.dispatchDue();

    List<DeliveryView> log = log(subscription);
    DeliveryView givenUp =
        log.stream().filter(d -> d.sequence() == stillTrying.sequence()).findFirst().orElseThrow();
    assertEquals(DeliveryStatus.FAILED, givenUp.status());
    assertTrue(givenUp.attempts() >= 10, "attempts: " + givenUp.attempts());
    assertTrue(
        Duration.between(givenUp.createdAt(), givenUp.lastAttemptAt()).toHours() >= 24,
        "retried for at least 24 hours");
    DeliveryView next = log.get(0);
    assertEquals(1, next.attempts(), "the next event is tried once the first is given up");

    receiver.afterwardsAnswer(200);
    clock.advance(Duration.ofSeconds(31));
    dispatcher.dispatchDue();
    assertEquals(DeliveryStatus.DELIVERED, log(subscription).get(0).status());
    List<String> ids = receivedOfferingIds(receiver);
    assertEquals(second, ids.get(ids.size() - 1));
    assertTrue(ids.indexOf(second) > ids.lastIndexOf(first));
  }

  @Test
  void aHangingReceiverTimesOutWithoutHoldingUpOtherSubscriptions() {
    WebhookReceiver hanging = receiver().thenAnswer(WebhookReceiver.HANG);
    WebhookReceiver healthy = receiver();
    SubscriptionView stuck = subscribe(GEMEENTE, hanging, EventType.OFFERING_PUBLISHED);
    SubscriptionView fine =
        subscribe(OfferingFixtures.ALEPH_ALPHA, healthy, EventType.OFFERING_PUBLISHED);
    publish("Slow receiver");

    long started = System.nanoTime();
    dispatcher.dispatchDue();
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "took " + took);
    DeliveryView timedOut = log(stuck).get(0);
    assertEquals(DeliveryStatus.PENDING, timedOut.status());
    assertEquals("The receiver did not answer in time", timedOut.lastError());
    assertEquals(DeliveryStatus.DELIVERED, log(fine).get(0).status());
  }

  @Test
  void anEventIsWrittenOnlyWithTheChangeItReports() {
    WebhookReceiver receiver = receiver();
    SubscriptionView subscription = subscribe(GEMEENTE, receiver, EventType.OFFERING_PUBLISHED);

    assertThrows(
        IllegalStateException.class,
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () -> {
                      publish("Rolled back");
                      throw new IllegalStateException("the change fails after publishing");
                    }));
    OfferingView offering = publish("Kept");
    assertThrows(
        TransactionalException.class,
        () -> events.offeringPublished(offering),
        "an event cannot be published outside the change's transaction");

    dispatcher.dispatchDue();
    assertEquals(List.of(offering.id().toString()), receivedOfferingIds(receiver));
    assertEquals(1, log(subscription).size());
  }

  @Test
  void offeringsAnnounceEnteringChangingAndLeavingTheCatalogue() {
    WebhookReceiver receiver = receiver();
    subscribe(GEMEENTE, receiver, EventType.OFFERING_PUBLISHED, EventType.OFFERING_CHANGED);
    OfferingView draft = offerings.create(OfferingFixtures.MISTRAL, draftOffering(json, "Life"));
    OfferingView stillDraft =
        offerings.update(draft.id(), draftOffering(json, "Life, renamed"), draft.version());
    OfferingView published =
        offerings.update(
            draft.id(), publishedOffering(json, "Life, renamed"), stillDraft.version());
    OfferingView changed =
        offerings.update(draft.id(), publishedOffering(json, "Life, again"), published.version());
    offerings.retire(draft.id(), changed.version());

    dispatcher.dispatchDue();

    List<JsonNode> bodies = receiver.received().stream().map(this::body).toList();
    assertEquals(
        List.of("offering.published", "offering.changed", "offering.changed"),
        bodies.stream().map(b -> b.get("type").asText()).toList());
    assertEquals("Life, again", bodies.get(1).at("/data/name").asText());
    assertEquals(OfferingStatus.RETIRED.name(), bodies.get(2).at("/data/status").asText());
  }

  @Test
  void requirementsAnnounceOpeningAndMatchRunsReachOnlyTheirBuyer() {
    WebhookReceiver buyerSide = receiver();
    WebhookReceiver supplierSide = receiver();
    subscribe(GEMEENTE, buyerSide, EventType.REQUIREMENT_PUBLISHED, EventType.MATCH_RUN_COMPLETED);
    subscribe(
        OfferingFixtures.MISTRAL,
        supplierSide,
        EventType.REQUIREMENT_PUBLISHED,
        EventType.MATCH_RUN_COMPLETED);
    Map<String, Object> body = RequirementFixtures.germanLlmInTheEu("Webhook requirement");
    body.put("status", "DRAFT");
    RequirementView draft =
        requirements.create(GEMEENTE, json.convertValue(body, RequirementData.class), "buyer");
    body.put("status", "OPEN");
    RequirementView open =
        requirements.update(
            draft.id(), json.convertValue(body, RequirementData.class), draft.version());
    requirements.update(open.id(), json.convertValue(body, RequirementData.class), open.version());
    MatchRunView run = matches.run(requirements.get(open.id()), null, "buyer");

    dispatcher.dispatchDue();

    List<JsonNode> toBuyer = buyerSide.received().stream().map(this::body).toList();
    assertEquals(
        List.of("requirement.published", "match-run.completed"),
        toBuyer.stream().map(b -> b.get("type").asText()).toList());
    assertEquals(open.id().toString(), toBuyer.get(0).at("/data/id").asText());
    assertEquals(run.id().toString(), toBuyer.get(1).at("/data/id").asText());
    assertEquals(run.ranking().rankedCount(), toBuyer.get(1).at("/data/rankedCount").asInt());
    List<JsonNode> toSupplier = supplierSide.received().stream().map(this::body).toList();
    assertEquals(
        List.of("requirement.published"),
        toSupplier.stream().map(b -> b.get("type").asText()).toList(),
        "suppliers learn of open requirements, never of another organisation's match runs");
  }
}
