package eu.aimarket.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.testsupport.OwnPostgres;
import eu.aimarket.testsupport.PackagedApp;
import eu.aimarket.testsupport.TestOidcProvider;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under load and comes back. The packaged application runs on a PostgreSQL
 * server of this test's own, which the test stops at once (as a crash would) while suppliers keep
 * creating and revising offerings and visitors keep reading: readiness turns DOWN within five
 * seconds, every request is answered (503 problem+json with Retry-After, never a 500, never a
 * hang), the application recovers by itself when the server is back, every write it acknowledged is
 * there afterwards, and no write it refused is. And after a restart that no request saw, the first
 * requests do not get the dead connections the pool still held.
 */
class DatabaseOutageIT {

  private static final Logger LOG = Logger.getLogger(DatabaseOutageIT.class);

  /** What the issue promises for readiness to reflect a lost database. */
  private static final Duration READINESS_DEADLINE = Duration.ofSeconds(5);

  /**
   * How long a client waits for any answer. The application gives up on a connection after its
   * acquisition timeout (5 s); a request still unanswered after this has hung.
   */
  private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);

  private static final int WRITERS = 3;
  private static final int READERS = 2;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static OwnPostgres postgres;
  private static TestOidcProvider oidc;
  private static PackagedApp app;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String supplier = TestOidcProvider.token("supplier", Set.of("supplier"));
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  /** Every request the load made, with what became of it. */
  private final ConcurrentLinkedQueue<Exchange> exchanges = new ConcurrentLinkedQueue<>();

  private final AtomicBoolean loading = new AtomicBoolean(true);
  private final AtomicInteger names = new AtomicInteger();

  enum Kind {
    CREATE,
    REVISE,
    READ
  }

  /**
   * One request: what it wanted written (the offering's name, or the description it revised it to)
   * and the answer, or the client-side failure when there was none.
   */
  record Exchange(
      Kind kind,
      String offeringId,
      String written,
      Instant sent,
      Instant answered,
      int status,
      String contentType,
      String retryAfter,
      String body,
      String failure) {

    boolean acknowledged() {
      return failure == null && status >= 200 && status < 300;
    }

    boolean refused() {
      return failure == null && status == 503;
    }
  }

  @BeforeAll
  static void startDatabaseAndApplication() {
    postgres = OwnPostgres.start();
    oidc = new TestOidcProvider();
    Map<String, String> settings = new HashMap<>(oidc.start());
    settings.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
    settings.put("quarkus.datasource.username", postgres.user());
    app = PackagedApp.start("database-outage-it", settings);
  }

  @AfterAll
  static void stopAll() {
    try {
      if (app != null) {
        app.close();
      }
      if (oidc != null) {
        oidc.stop();
      }
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  @Test
  void theApplicationAnswers503WhileTheDatabaseIsDownAndLosesNoAcknowledgedWrite()
      throws Exception {
    List<Thread> load = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      load.add(new Thread(this::write, "writer-" + i));
    }
    for (int i = 0; i < READERS; i++) {
      load.add(new Thread(this::read, "reader-" + i));
    }
    load.forEach(Thread::start);
    try {
      await("writes acknowledged before the outage")
          .atMost(Duration.ofSeconds(60))
          .until(() -> count(Kind.REVISE, Exchange::acknowledged) >= 10);

      Instant stopped = stopDatabase();
      Duration toDown = awaitReadiness(503, Duration.ofSeconds(30));
      LOG.infof("Readiness DOWN %d ms after the database stopped", toDown.toMillis());
      assertTrue(
          toDown.compareTo(READINESS_DEADLINE) <= 0,
          "readiness turned DOWN after " + toDown.toMillis() + " ms");
      assertReadinessNamesTheDatabase();

      await("writes refused while the database is down")
          .atMost(Duration.ofSeconds(60))
          .until(() -> countSince(stopped, Exchange::refused) >= 20);
      assertAPageSaysTheServiceIsUnavailable();

      Instant restarted = Instant.now();
      postgres.startServer();
      Duration toUp = awaitReadiness(200, Duration.ofSeconds(60));
      LOG.infof("Readiness UP %d ms after the database was back", toUp.toMillis());
      await("writes acknowledged after the database is back")
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  exchanges.stream()
                          .filter(e -> e.kind() == Kind.REVISE && e.sent().isAfter(restarted))
                          .filter(Exchange::acknowledged)
                          .count()
                      >= 10);
    } finally {
      loading.set(false);
      for (Thread thread : load) {
        thread.join(CLIENT_TIMEOUT.plusSeconds(10).toMillis());
      }
    }

    List<Exchange> all = List.copyOf(exchanges);
    List<Exchange> unanswered = all.stream().filter(e -> e.failure() != null).toList();
    assertEquals(List.of(), unanswered, "every request got an answer within " + CLIENT_TIMEOUT);
    List<Exchange> wrong =
        all.stream().filter(e -> !e.acknowledged() && !e.refused()).limit(5).toList();
    assertEquals(List.of(), wrong, "every answer is a success or a 503");
    for (Exchange refused : all.stream().filter(Exchange::refused).toList()) {
      assertTrue(
          refused.contentType().startsWith("application/problem+json"),
          "a 503 is problem+json: " + refused);
      assertFalse(refused.retryAfter().isEmpty(), "a 503 says when to retry: " + refused);
      JsonNode problem = JSON.readTree(refused.body());
      assertEquals(503, problem.get("status").asInt(), refused.body());
      assertTrue(problem.get("type").asText().endsWith("/unavailable"), refused.body());
    }

    LOG.infof(
        "The slowest 503 came %d ms after its request was sent",
        all.stream()
            .filter(Exchange::refused)
            .mapToLong(e -> Duration.between(e.sent(), e.answered()).toMillis())
            .max()
            .orElse(0));
    assertEveryAcknowledgedWriteIsThereAndNoRefusedOneIs(all);
  }

  /**
   * A restart that no request sees: the pool still holds the connections it opened to the old
   * server, all dead. The requests that come after must get live ones, not those.
   */
  @Test
  void requestsRightAfterARestartOfTheDatabaseGetLiveConnections() throws Exception {
    String offering = "/api/v1/offerings/" + OfferingFixtures.MISTRAL_SMALL;
    assertEquals(List.of(200), statusesOfConcurrentReads(offering), "the pool is filled");
    Instant lastUse = Instant.now();

    postgres.stopImmediately();
    postgres.startServer();
    // Connections are checked before use once idle for 2 s (the pool's foreground validation).
    await("the pooled connections have been idle for longer than the validation interval")
        .atMost(Duration.ofSeconds(10))
        .until(() -> Instant.now().isAfter(lastUse.plusMillis(2500)));

    assertEquals(
        List.of(200),
        statusesOfConcurrentReads(offering),
        "the first requests after the restart are answered as usual");
  }

  /** Reads with several clients at once, so that the pool holds several connections. */
  private List<Integer> statusesOfConcurrentReads(String path) throws Exception {
    List<Thread> clients = new ArrayList<>();
    ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    for (int i = 0; i < 8; i++) {
      clients.add(
          new Thread(
              () -> {
                for (int n = 0; n < 3; n++) {
                  statuses.add(send(Kind.READ, null, null, get(path)).status());
                }
              }));
    }
    clients.forEach(Thread::start);
    for (Thread client : clients) {
      client.join(CLIENT_TIMEOUT.multipliedBy(3).toMillis());
    }
    return statuses.stream().distinct().sorted().toList();
  }

  /**
   * The load's writers: create an offering, then revise one of the offerings this writer created
   * (each writer revises only its own, so that it always knows the version it bases a revision on).
   */
  private void write() {
    List<Written> own = new ArrayList<>();
    int revisions = 0;
    while (loading.get()) {
      String name = "Outage " + run + " #" + names.incrementAndGet();
      Map<String, Object> offering = OfferingFixtures.validOffering(name);
      // As a procurement system would send it: with an Idempotency-Key, which the application
      // reserves, completes or releases in transactions of their own.
      Exchange created =
          send(
              Kind.CREATE,
              null,
              name,
              post("/api/v1/offerings", offering, UUID.randomUUID().toString()));
      if (created.acknowledged()) {
        JsonNode view = parse(created.body());
        own.add(new Written(view.get("id").asText(), offering, view.get("version").asLong()));
      }
      if (own.isEmpty()) {
        continue;
      }
      Written target = own.get(revisions % own.size());
      String description = "Revised " + target.body().get("name") + " r" + ++revisions;
      Map<String, Object> revised = new HashMap<>(target.body());
      revised.put("description", description);
      revised.put("version", target.version());
      Exchange answer =
          send(
              Kind.REVISE,
              target.id(),
              description,
              put("/api/v1/offerings/" + target.id(), revised));
      if (answer.acknowledged()) {
        own.set(
            own.indexOf(target),
            new Written(target.id(), revised, parse(answer.body()).get("version").asLong()));
      }
    }
  }

  /** An offering as its writer last had it acknowledged. */
  private record Written(String id, Map<String, Object> body, long version) {}

  /** The load's readers: the supplier's offerings, and one of them in full. */
  private void read() {
    while (loading.get()) {
      Exchange list =
          send(
              Kind.READ,
              null,
              null,
              get("/api/v1/offerings?limit=5&supplierId=" + OfferingFixtures.MISTRAL));
      if (list.acknowledged()) {
        JsonNode items = parse(list.body()).get("items");
        if (items.size() > 0) {
          String id = items.get(items.size() - 1).get("id").asText();
          send(Kind.READ, id, null, get("/api/v1/offerings/" + id));
        }
      }
    }
  }

  private Exchange send(Kind kind, String offeringId, String written, HttpRequest request) {
    Instant sent = Instant.now();
    Exchange exchange;
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      exchange =
          new Exchange(
              kind,
              offeringId,
              written,
              sent,
              Instant.now(),
              response.statusCode(),
              response.headers().firstValue("Content-Type").orElse(""),
              response.headers().firstValue("Retry-After").orElse(""),
              response.body(),
              null);
    } catch (IOException e) {
      exchange =
          new Exchange(kind, offeringId, written, sent, Instant.now(), 0, "", "", "", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    exchanges.add(exchange);
    return exchange;
  }

  private Instant stopDatabase() {
    postgres.stopImmediately();
    return Instant.now();
  }

  /** Polls readiness until it answers the status; returns how long that took. */
  private Duration awaitReadiness(int status, Duration atMost) {
    Instant from = Instant.now();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(app.url() + "/q/health/ready"))
            .timeout(CLIENT_TIMEOUT)
            .build();
    await("readiness answers " + status)
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == status);
    return Duration.between(from, Instant.now());
  }

  private void assertReadinessNamesTheDatabase() throws Exception {
    HttpResponse<String> ready =
        http.send(
            HttpRequest.newBuilder(URI.create(app.url() + "/q/health/ready"))
                .timeout(CLIENT_TIMEOUT)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode health = JSON.readTree(ready.body());
    assertEquals("DOWN", health.get("status").asText(), ready.body());
    boolean databaseDown = false;
    for (JsonNode check : health.get("checks")) {
      if (check.get("name").asText().toLowerCase().contains("database")) {
        databaseDown = "DOWN".equals(check.get("status").asText());
      }
    }
    assertTrue(databaseDown, "the database check is DOWN: " + ready.body());
  }

  /** A person gets a page in the site's layout that says what happened, not a stack trace. */
  private void assertAPageSaysTheServiceIsUnavailable() throws Exception {
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(app.url() + "/supplier/claims"))
                .header("Authorization", "Bearer " + supplier)
                .header("Accept", "text/html")
                .timeout(CLIENT_TIMEOUT)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(503, page.statusCode(), page.body());
    assertTrue(
        page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        page.headers().toString());
    assertTrue(page.headers().firstValue("Retry-After").isPresent(), "Retry-After on the page");
    assertTrue(page.body().contains("database cannot be reached"), page.body());
    assertFalse(page.body().contains("Exception"), "no stack trace: " + page.body());
  }

  private void assertEveryAcknowledgedWriteIsThereAndNoRefusedOneIs(List<Exchange> all)
      throws Exception {
    Map<String, String> createdNames = new HashMap<>();
    List<String> refusedNames = new ArrayList<>();
    Map<String, String> revisions = new HashMap<>();
    List<String> refusedRevisions = new ArrayList<>();
    for (Exchange exchange : all) {
      switch (exchange.kind()) {
        case CREATE -> {
          if (exchange.acknowledged()) {
            createdNames.put(parse(exchange.body()).get("id").asText(), exchange.written());
          } else if (exchange.refused()) {
            refusedNames.add(exchange.written());
          }
        }
        case REVISE -> {
          if (exchange.acknowledged()) {
            revisions.put(exchange.offeringId(), exchange.written());
          } else if (exchange.refused()) {
            refusedRevisions.add(exchange.written());
          }
        }
        case READ -> {}
      }
    }
    Map<String, String[]> stored = new HashMap<>();
    try (Connection db = postgres.connect();
        PreparedStatement query =
            db.prepareStatement("select id, name, description from offering where name like ?")) {
      query.setString(1, "Outage " + run + " #%");
      ResultSet rows = query.executeQuery();
      while (rows.next()) {
        stored.put(
            rows.getString("id"),
            new String[] {rows.getString("name"), rows.getString("description")});
      }
    }
    LOG.infof(
        "Checked %d acknowledged creations, %d acknowledged revisions (of %d offerings), %d refused"
            + " creations and %d refused revisions against the database (%d requests in all, %d"
            + " answered 503)",
        createdNames.size(),
        all.stream().filter(e -> e.kind() == Kind.REVISE && e.acknowledged()).count(),
        revisions.size(),
        refusedNames.size(),
        refusedRevisions.size(),
        all.size(),
        all.stream().filter(Exchange::refused).count());
    assertFalse(refusedNames.isEmpty(), "some creations were refused during the outage");
    assertFalse(refusedRevisions.isEmpty(), "some revisions were refused during the outage");

    createdNames.forEach(
        (id, name) -> {
          assertTrue(stored.containsKey(id), "acknowledged creation of " + name + " was lost");
          assertEquals(name, stored.get(id)[0]);
        });
    revisions.forEach(
        (id, description) ->
            assertEquals(
                description, stored.get(id)[1], "acknowledged revision of " + id + " was lost"));
    Set<String> storedNames =
        stored.values().stream().map(row -> row[0]).collect(Collectors.toSet());
    for (String name : refusedNames) {
      assertFalse(storedNames.contains(name), "refused creation of " + name + " was stored");
    }
    Set<String> storedDescriptions =
        stored.values().stream().map(row -> row[1]).collect(Collectors.toSet());
    for (String description : refusedRevisions) {
      assertFalse(
          storedDescriptions.contains(description), "refused " + description + " was stored");
    }
    assertEquals(
        createdNames.keySet(),
        stored.keySet(),
        "the database holds exactly the acknowledged creations");
  }

  private long count(Kind kind, java.util.function.Predicate<Exchange> which) {
    return exchanges.stream().filter(e -> e.kind() == kind).filter(which).count();
  }

  private long countSince(Instant from, java.util.function.Predicate<Exchange> which) {
    return exchanges.stream().filter(e -> e.sent().isAfter(from)).filter(which).count();
  }

  private HttpRequest get(String path) {
    return request(path).GET().build();
  }

  private HttpRequest post(String path, Object body, String idempotencyKey) {
    return request(path)
        .header("Idempotency-Key", idempotencyKey)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(body)))
        .build();
  }

  private HttpRequest put(String path, Object body) {
    return request(path)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json(body)))
        .build();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(app.url() + path))
        .timeout(CLIENT_TIMEOUT)
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + supplier);
  }

  private static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("Not JSON: " + body, e);
    }
  }
}
