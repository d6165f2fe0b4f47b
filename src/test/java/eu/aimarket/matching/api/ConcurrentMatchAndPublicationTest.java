package eu.aimarket.matching.api;

import static eu.aimarket.demand.RequirementFixtures.germanLlmInTheEu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.demand.RequirementData;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.policy.PolicyFixtures;
import eu.aimarket.testsupport.StartTogether;
import eu.aimarket.testsupport.TestDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A buyer keeps publishing new versions of its policy while match runs under that policy go on.
 * Every run must name one policy version and must really have ranked with it: each version's only
 * rule carries the version in its name and points, so a run's explanation shows which version it
 * used, and a replay under the version the run names must give the stored result again.
 */
@QuarkusTest
class ConcurrentMatchAndPublicationTest {

  private static final Logger LOG = Logger.getLogger(ConcurrentMatchAndPublicationTest.class);
  private static final int PUBLICATIONS = 25;
  private static final int RUNNERS = 4;
  private static final int MIN_RUNS_EACH = 3;
  private static final int MAX_RUNS_EACH = 40;

  @Inject RequirementService requirements;
  @Inject ObjectMapper json;

  @TestHTTPResource("/")
  URI base;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void everyRunNamesOnePolicyVersionAndRankedWithExactlyThatVersion() throws Exception {
    RequirementView requirement =
        requirements.create(
            PolicyFixtures.GEMEENTE,
            json.convertValue(
                germanLlmInTheEu("Ranked while its policy changes"), RequirementData.class),
            "buyer");
    UUID policyId = createPolicy();

    AtomicBoolean publishing = new AtomicBoolean(true);
    List<Callable<List<HttpResponse<String>>>> tasks = new ArrayList<>();
    tasks.add(
        () -> {
          try {
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (int version = 2; version <= PUBLICATIONS + 1; version++) {
              Map<String, Object> next =
                  Map.of("basedOnVersion", version - 1, "rules", List.of(ruleOf(version)));
              answers.add(post("/api/v1/policies/" + policyId + "/versions", next));
            }
            return answers;
          } finally {
            publishing.set(false);
          }
        });
    for (int runner = 0; runner < RUNNERS; runner++) {
      tasks.add(
          () -> {
            List<HttpResponse<String>> answers = new ArrayList<>();
            while (answers.size() < MAX_RUNS_EACH
                && (publishing.get() || answers.size() < MIN_RUNS_EACH)) {
              answers.add(
                  post(
                      "/api/v1/requirements/" + requirement.id() + "/matches",
                      Map.of("policyId", policyId.toString())));
            }
            return answers;
          });
    }

    List<List<HttpResponse<String>>> answers = StartTogether.run(tasks, 600);

    for (HttpResponse<String> publication : answers.get(0)) {
      assertEquals(201, publication.statusCode(), publication.body());
    }
    JsonNode policy = get("/api/v1/policies/" + policyId);
    assertEquals(PUBLICATIONS + 1, policy.get("version").asInt(), "every publication kept");

    List<UUID> runIds = new ArrayList<>();
    for (List<HttpResponse<String>> runnerAnswers : answers.subList(1, answers.size())) {
      for (HttpResponse<String> run : runnerAnswers) {
        assertEquals(201, run.statusCode(), run.body());
        runIds.add(UUID.fromString(json.readTree(run.body()).get("id").asText()));
      }
    }

    Map<Integer, Integer> runsByVersion = new TreeMap<>();
    for (UUID runId : runIds) {
      JsonNode run = get("/api/v1/match-runs/" + runId);
      assertEquals(policyId.toString(), run.get("policyId").asText());
      int version = run.get("policyVersion").asInt();
      assertTrue(version >= 1 && version <= PUBLICATIONS + 1, "a published version: " + version);
      runsByVersion.merge(version, 1, Integer::sum);
      assertRankedWith(version, run);

      JsonNode replay = post("/api/v1/match-runs/" + runId + "/replay", Map.of(), 200);
      assertTrue(
          replay.get("identical").asBoolean(),
          "run " + runId + " gives the same result again under version " + version);
    }
    LOG.infof("Match runs by the policy version they used: %s", runsByVersion);
    assertTrue(
        runsByVersion.size() >= 2,
        "the runs overlapped the publications, so they saw several versions: " + runsByVersion);
    assertEquals(
        new TreeSet<>(runIds),
        storedRunsOf(requirement.id()),
        "every acknowledged run is stored, and no other");
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void ofTwentyPublicationsBasedOnTheSameIfMatchOneIsPublished() throws Exception {
    UUID policyId = createPolicy();
    List<Callable<HttpResponse<String>>> publications = new ArrayList<>();
    for (int editor = 0; editor < 20; editor++) {
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve("/api/v1/policies/" + policyId + "/versions"))
              .timeout(Duration.ofMinutes(2))
              .header("Content-Type", "application/json")
              .header("If-Match", "\"1\"")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      json.writeValueAsString(Map.of("rules", List.of(ruleOf(100 + editor))))))
              .build();
      publications.add(() -> http.send(request, HttpResponse.BodyHandlers.ofString()));
    }
    Map<Integer, Integer> statusCounts = new TreeMap<>();
    for (HttpResponse<String> answer : StartTogether.run(publications, 300)) {
      statusCounts.merge(answer.statusCode(), 1, Integer::sum);
      if (answer.statusCode() != 201) {
        assertEquals(
            "application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
      }
    }
    assertEquals(Map.of(201, 1, 412, 19), statusCounts);
    assertEquals(2, get("/api/v1/policies/" + policyId).get("version").asInt());
  }

  /**
   * Version n's only rule gives every offering the requirement can rank (its category) n points and
   * says so in its name.
   */
  private static Map<String, Object> ruleOf(int version) {
    return PolicyFixtures.rule(ruleName(version), "offering.category == 'LLM_API'", version);
  }

  private static String ruleName(int version) {
    return "Language models, version " + version;
  }

  private UUID createPolicy() throws Exception {
    Map<String, Object> body =
        PolicyFixtures.policy(
            PolicyFixtures.unique("Changing while ranked"), "BUYER", List.of(ruleOf(1)));
    body.put("ownerId", PolicyFixtures.GEMEENTE.toString());
    JsonNode created = post("/api/v1/policies", body, 201);
    assertEquals(1, created.get("version").asInt());
    return UUID.fromString(created.get("id").asText());
  }

  /**
   * Every ranked offering carries exactly one incentive term: the rule of the version the run
   * names, with that version's points.
   */
  private static void assertRankedWith(int version, JsonNode run) {
    JsonNode ranked = run.get("ranking").get("ranked");
    assertFalse(ranked.isEmpty(), "the run ranked offerings");
    int ruleTerms = 0;
    for (JsonNode result : ranked) {
      for (JsonNode term : result.get("terms")) {
        if (term.get("source").asText().equals("rule")) {
          ruleTerms++;
          assertEquals(ruleName(version), term.get("label").asText());
          assertEquals(0, new BigDecimal(version).compareTo(term.get("points").decimalValue()));
        }
      }
    }
    assertEquals(ranked.size(), ruleTerms, "every ranked offering got the policy's points once");
  }

  private HttpResponse<String> post(String path, Object body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode post(String path, Object body, int expectedStatus) throws Exception {
    HttpResponse<String> answer = post(path, body);
    assertEquals(expectedStatus, answer.statusCode(), answer.body());
    return json.readTree(answer.body());
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(1)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    return json.readTree(answer.body());
  }

  private static Set<UUID> storedRunsOf(UUID requirementId) throws Exception {
    Set<UUID> ids = new TreeSet<>();
    try (Connection db = TestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select id from match_run where requirement_id = ? and result is not null")) {
      query.setObject(1, requirementId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getObject(1, UUID.class));
        }
      }
    }
    return Collections.unmodifiableSet(ids);
  }
}
