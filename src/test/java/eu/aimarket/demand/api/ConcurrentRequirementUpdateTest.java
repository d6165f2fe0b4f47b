package eu.aimarket.demand.api;

import static eu.aimarket.demand.RequirementFixtures.germanLlmInTheEu;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.demand.RequirementData;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.policy.PolicyFixtures;
import eu.aimarket.testsupport.StartTogether;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Many buyers' tools change one requirement at once, all based on the version they read. One change
 * is kept whole; the others are refused as stale, 409 by body version and 412 by If-Match.
 */
@QuarkusTest
class ConcurrentRequirementUpdateTest {

  private static final int CONTENDERS = 30;

  @Inject RequirementService requirements;
  @Inject ObjectMapper json;

  @TestHTTPResource("/")
  URI base;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void oneOfManyChangesBasedOnTheSameBodyVersionIsKept() throws Exception {
    proveOneKept(false);
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void oneOfManyChangesWithTheSameIfMatchIsKept() throws Exception {
    proveOneKept(true);
  }

  private void proveOneKept(boolean withIfMatch) throws Exception {
    RequirementView requirement =
        requirements.create(
            PolicyFixtures.GEMEENTE,
            json.convertValue(germanLlmInTheEu("Contested requirement"), RequirementData.class),
            "buyer");
    List<Map<String, Object>> changes = new ArrayList<>();
    List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
    for (int contender = 0; contender < CONTENDERS; contender++) {
      Map<String, Object> change = germanLlmInTheEu("Changed by contender " + contender);
      change.put("description", "Every field of this change comes from contender " + contender);
      change.put("budgetMaxEur", 10_000 + contender);
      if (!withIfMatch) {
        change.put("version", requirement.version());
      }
      changes.add(change);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.resolve("/api/v1/requirements/" + requirement.id()))
              .timeout(Duration.ofMinutes(2))
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(change)));
      if (withIfMatch) {
        request.header("If-Match", "\"" + requirement.version() + "\"");
      }
      HttpRequest built = request.build();
      requests.add(() -> http.send(built, HttpResponse.BodyHandlers.ofString()));
    }

    List<HttpResponse<String>> answers = StartTogether.run(requests, 300);

    Map<Integer, Integer> statusCounts = new TreeMap<>();
    int winner = -1;
    for (int contender = 0; contender < CONTENDERS; contender++) {
      HttpResponse<String> answer = answers.get(contender);
      statusCounts.merge(answer.statusCode(), 1, Integer::sum);
      if (answer.statusCode() == 200) {
        winner = contender;
      } else {
        assertEquals(
            "application/problem+json",
            answer.headers().firstValue("Content-Type").orElse(""),
            answer.body());
      }
    }
    assertEquals(Map.of(200, 1, withIfMatch ? 412 : 409, CONTENDERS - 1), statusCounts);

    HttpResponse<String> stored =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/requirements/" + requirement.id()))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode body = json.readTree(stored.body());
    assertEquals(requirement.version() + 1, body.get("version").asLong());
    assertEquals(changes.get(winner).get("title"), body.get("title").asText());
    assertEquals(changes.get(winner).get("description"), body.get("description").asText());
    assertEquals(
        ((Number) changes.get(winner).get("budgetMaxEur")).intValue(),
        body.get("budgetMaxEur").asInt());
  }
}
