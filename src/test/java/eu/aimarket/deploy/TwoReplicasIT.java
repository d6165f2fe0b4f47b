package eu.aimarket.deploy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.demand.RequirementFixtures;
import eu.aimarket.testsupport.Browser;
import eu.aimarket.testsupport.Keycloak;
import eu.aimarket.testsupport.KeycloakServer;
import eu.aimarket.testsupport.PackagedApp;
import eu.aimarket.testsupport.TestDatabase;
import eu.aimarket.testsupport.WebhookReceiver;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Two instances of the packaged application, A and B, on one PostgreSQL database and one Keycloak,
 * as two replicas behind a load balancer: they agree on the catalogue within two seconds, a session
 * and a form begun on one are accepted by the other, a webhook event is delivered once although
 * both dispatch, and housekeeping runs once per period although both schedule it.
 */
class TwoReplicasIT {

  /** The deadline the README promises for a change to reach every replica. */
  private static final Duration PROPAGATION = Duration.ofSeconds(2);

  /** Housekeeping's period for this test; production runs it hourly. */
  private static final Duration HOUSEKEEPING_PERIOD = Duration.ofSeconds(2);

  private static final Pattern CSRF_FIELD =
      Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
  private static final Pattern REQUIREMENT_PAGE =
      Pattern.compile("/buyer/requirements/([0-9a-f-]{36})");

  private static KeycloakServer keycloak;
  private static PackagedApp replicaA;
  private static PackagedApp replicaB;
  private static Instant started;

  @BeforeAll
  static void startTwoReplicas() {
    keycloak = new KeycloakServer();
    Map<String, String> shared = new HashMap<>(keycloak.start());
    // What production takes from the environment, the same for every replica.
    shared.put(
        "quarkus.oidc.token-state-manager.encryption-secret",
        "two-replicas-session-secret-0123456789");
    shared.put("quarkus.rest-csrf.token-signature-key", "two-replicas-csrf-signing-key-0123456789");
    shared.put("aimarket.webhooks.dispatch-every", "1s");
    shared.put("aimarket.housekeeping.every", HOUSEKEEPING_PERIOD.toSeconds() + "s");
    shared.put("aimarket.housekeeping.delayed", "1s");
    started = Instant.now();
    // A starts on a clean schema with the demo catalogue; B joins the database as it is.
    replicaA = PackagedApp.start("two-replicas-it-a", shared);
    Map<String, String> joining = new HashMap<>(shared);
    joining.put("quarkus.flyway.clean-at-start", "false");
    replicaB = PackagedApp.start("two-replicas-it-b", joining);
  }

  @AfterAll
  static void stopReplicas() {
    try {
      if (replicaB != null) {
        replicaB.close();
      }
      if (replicaA != null) {
        replicaA.close();
      }
    } finally {
      if (keycloak != null) {
        keycloak.stop();
      }
    }
  }

  @Test
  void aCatalogueChangeThroughOneReplicaReachesTheOthersMatchResultsWithinTwoSeconds() {
    String buyer = Keycloak.passwordToken("buyer", "buyer-demo-only");
    String supplier = Keycloak.passwordToken("supplier", "supplier-demo-only");
    String requirementId =
        given()
            .auth()
            .oauth2(buyer)
            .contentType(ContentType.JSON)
            .body(RequirementFixtures.germanLlmInTheEu("Two replicas agree"))
            .post(replicaA.url() + "/api/v1/requirements")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    JsonPath before = matchRun(replicaB, buyer, requirementId);

    String offeringId = publishOffering(replicaA, supplier, "Published through replica A");
    Instant changed = Instant.now();

    // Every match run that B starts two seconds or more after the change must include it; the
    // ones it starts earlier may or may not.
    AtomicReference<JsonPath> seen = new AtomicReference<>();
    await("B's match results include the offering published through A")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              Instant asked = Instant.now();
              JsonPath run = matchRun(replicaB, buyer, requirementId);
              boolean includesIt =
                  run.getLong("catalogVersion") > before.getLong("catalogVersion")
                      && run.getInt("ranking.considered")
                          == before.getInt("ranking.considered") + 1;
              assertTrue(
                  includesIt || asked.isBefore(changed.plus(PROPAGATION)),
                  "B ranked catalogue version "
                      + run.getLong("catalogVersion")
                      + " without offering "
                      + offeringId
                      + " more than "
                      + PROPAGATION
                      + " after it was published through A");
              if (includesIt) {
                seen.set(run);
              }
              return includesIt;
            });
    JsonPath onB = seen.get();
    JsonPath onA = matchRun(replicaA, buyer, requirementId);
    assertEquals(onA.getLong("catalogVersion"), onB.getLong("catalogVersion"));
    assertEquals(
        onA.getList("ranking.ranked.offeringId"),
        onB.getList("ranking.ranked.offeringId"),
        "both replicas rank the same catalogue the same way");
  }

  @Test
  void aFormBegunInASessionOnOneReplicaIsAcceptedByTheOther() {
    String cookies;
    String csrfToken;
    try (Browser browser = Browser.withoutJavaScript()) {
      WebDriver page = browser.driver();
      page.get(replicaA.url() + "/dashboard");
      page.findElement(By.id("username")).sendKeys("buyer");
      page.findElement(By.id("password")).sendKeys("buyer-demo-only");
      page.findElement(By.id("kc-login")).click();
      // The click returns once the form is sent; the code exchange and the redirects to the
      // dashboard may still be under way (a freshly started Keycloak answers its first sign-in
      // slowly). A sign-in loop would never arrive there and still fails.
      await()
          .atMost(Duration.ofSeconds(30))
          .until(page::getCurrentUrl, url -> url.equals(replicaA.url() + "/dashboard"));
      page.get(replicaA.url() + "/buyer/requirements/new");
      Matcher field = CSRF_FIELD.matcher(page.getPageSource());
      assertTrue(field.find(), "the form on A carries a CSRF token");
      csrfToken = field.group(1);
      cookies =
          page.manage().getCookies().stream()
              .map(cookie -> cookie.getName() + "=" + cookie.getValue())
              .collect(Collectors.joining("; "));
    }
    assertTrue(cookies.contains("q_session"), "signed in on A: " + cookies);
    assertTrue(cookies.contains("csrf-token="), "A set the CSRF cookie: " + cookies);

    given()
        .header("Cookie", cookies)
        .redirects()
        .follow(false)
        .get(replicaB.url() + "/dashboard")
        .then()
        .statusCode(200);

    String location =
        given()
            .header("Cookie", cookies)
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded; charset=UTF-8")
            .formParam("csrf-token", csrfToken)
            .formParam("title", "Begun on A, sent to B")
            .formParam("description", "An LLM for drafting German administrative letters.")
            .formParam("category", "LLM_API")
            .formParam("buyerType", "PUBLIC_SECTOR")
            .formParam("dataSensitivity", "CONFIDENTIAL")
            .formParam("budgetMaxEur", "50000")
            .formParam("budgetUnit", "per year")
            .formParam("status", "OPEN")
            .formParam("dataLocation", "EU")
            .formParam("deploymentModels", "ON_PREMISES", "DEDICATED_CLOUD")
            .formParam("languages", "de")
            .formParam("niceLanguages", "de, fr")
            .formParam("niceLanguagesWeight", "30")
            .formParam("niceOpenWeightsWeight", "20")
            .formParam("niceEuSupportWeight", "20")
            .formParam("nicePriceWeight", "10")
            .post(replicaB.url() + "/buyer/requirements")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    Matcher saved = REQUIREMENT_PAGE.matcher(location);
    assertTrue(saved.find(), "B saved the requirement: " + location);

    String onA =
        given()
            .header("Cookie", cookies)
            .get(replicaA.url() + "/buyer/requirements/" + saved.group(1))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(onA.contains("Begun on A, sent to B"), "A shows what B saved");
  }

  @Test
  void aWebhookEventIsDeliveredOnceAlthoughBothReplicasDispatch() throws Exception {
    String buyer = Keycloak.passwordToken("buyer", "buyer-demo-only");
    String supplier = Keycloak.passwordToken("supplier", "supplier-demo-only");
    try (WebhookReceiver receiver = WebhookReceiver.start()) {
      String subscriptionId =
          given()
              .auth()
              .oauth2(buyer)
              .contentType(ContentType.JSON)
              .body(Map.of("url", receiver.url(), "events", List.of("offering.published")))
              .post(replicaA.url() + "/api/v1/webhooks")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      try {
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          PackagedApp through = i % 2 == 0 ? replicaA : replicaB;
          published.add(publishOffering(through, supplier, "Announced once " + i));
        }

        await("every event delivered")
            .atMost(Duration.ofSeconds(60))
            .until(() -> deliveriesOf(receiver, published).values().stream().allMatch(n -> n > 0));
        // A second dispatcher that took the same delivery would send it at the same time as the
        // first; both replicas dispatch every second, so two rounds of each show it.
        await("no event delivered twice")
            .during(Duration.ofSeconds(2))
            .atMost(Duration.ofSeconds(5))
            .until(() -> deliveriesOf(receiver, published).values().stream().allMatch(n -> n == 1));
        assertEquals(published.size(), receiver.received().size(), "nothing else was sent");
        JsonPath log =
            given()
                .auth()
                .oauth2(buyer)
                .get(replicaB.url() + "/api/v1/webhooks/" + subscriptionId + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
            List.of("DELIVERED"), log.getList("items.status").stream().distinct().toList());
        assertEquals(List.of(1), log.getList("items.attempts").stream().distinct().toList());
      } finally {
        given()
            .auth()
            .oauth2(buyer)
            .delete(replicaA.url() + "/api/v1/webhooks/" + subscriptionId)
            .then()
            .statusCode(204);
      }
    }
  }

  @Test
  void housekeepingRunsOncePerPeriodAlthoughBothReplicasScheduleIt() throws Exception {
    await("housekeeping ran in several periods")
        .atMost(Duration.ofSeconds(60))
        .until(() -> housekeepingPeriods().size() >= 4);
    List<Instant> periods = housekeepingPeriods();
    assertEquals(
        periods.stream().distinct().count(),
        periods.size(),
        "both replicas fire housekeeping every period, yet each period must run once: " + periods);
  }

  private static JsonPath matchRun(PackagedApp replica, String token, String requirementId) {
    Response response =
        given()
            .auth()
            .oauth2(token)
            .contentType(ContentType.JSON)
            .body("{}")
            .post(replica.url() + "/api/v1/requirements/" + requirementId + "/matches");
    assertEquals(201, response.statusCode(), response.asString());
    return response.jsonPath();
  }

  private static String publishOffering(PackagedApp replica, String token, String name) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(OfferingFixtures.validOffering(name + " " + Keycloak.unique("offering")))
        .post(replica.url() + "/api/v1/offerings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** How many requests the receiver got about each of the offerings. */
  private static Map<String, Long> deliveriesOf(WebhookReceiver receiver, List<String> offerings) {
    Map<String, Long> counts = new HashMap<>();
    offerings.forEach(id -> counts.put(id, 0L));
    for (WebhookReceiver.Received request : receiver.received()) {
      String offeringId = JsonPath.from(request.body()).getString("data.id");
      counts.computeIfPresent(offeringId, (id, n) -> n + 1);
    }
    return counts;
  }

  /** The periods housekeeping ran for since the replicas started, one entry per run. */
  private static List<Instant> housekeepingPeriods() throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select period_start from scheduled_job_run"
                    + " where job_name = 'integration-housekeeping' and started_at >= ?"
                    + " order by started_at")) {
      query.setTimestamp(1, Timestamp.from(started));
      ResultSet result = query.executeQuery();
      List<Instant> periods = new ArrayList<>();
      while (result.next()) {
        periods.add(result.getTimestamp(1).toInstant());
      }
      return periods;
    }
  }
}
