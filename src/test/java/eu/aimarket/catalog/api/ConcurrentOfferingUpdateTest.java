package eu.aimarket.catalog.api;

import static eu.aimarket.catalog.OfferingFixtures.MISTRAL;
import static eu.aimarket.catalog.OfferingFixtures.validOffering;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.catalog.OfferingData;
import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.testsupport.DatabaseFingerprint;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A hundred suppliers' tools send a change of the same offering, all based on the same version, at
 * the same moment. Exactly one may win; the others must be told their change was refused, and the
 * stored offering must be the winner's change whole, not a mix of several.
 */
@QuarkusTest
class ConcurrentOfferingUpdateTest {

  private static final Logger LOG = Logger.getLogger(ConcurrentOfferingUpdateTest.class);
  private static final int CONTENDERS = 100;
  private static final String PROBLEM = "application/problem+json";
  private static final List<String> LANGUAGES = List.of("de", "en", "fr", "nl", "it", "es", "pl");
  private static final List<String> COUNTRIES = List.of("DE", "FR", "NL", "IT", "ES", "AT", "BE");
  private static final List<List<String>> DEPLOYMENTS =
      List.of(
          List.of("SAAS"),
          List.of("ON_PREMISES"),
          List.of("DEDICATED_CLOUD", "AIR_GAPPED"),
          List.of("SAAS", "DEDICATED_CLOUD"));

  /**
   * What a change may touch besides the offering's own tables: its revision under the next
   * catalogue version and the audit log.
   */
  private static final Set<String> TABLES_A_CHANGE_WRITES =
      Set.of(
          "offering",
          "offering_certification",
          "offering_deployment_model",
          "offering_language",
          "offering_processing_country",
          "offering_storage_country",
          "offering_support_country",
          "offering_revision",
          "catalog_version",
          "audit_event");

  @Inject OfferingService offerings;
  @Inject ObjectMapper json;
  @Inject DatabaseFingerprint fingerprint;

  @TestHTTPResource("/")
  URI base;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void oneOfAHundredChangesBasedOnTheSameBodyVersionWinsWhole() throws Exception {
    proveOneWinnerOfAHundred(false);
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void oneOfAHundredChangesWithTheSameIfMatchWinsWhole() throws Exception {
    proveOneWinnerOfAHundred(true);
  }

  private void proveOneWinnerOfAHundred(boolean withIfMatch) throws Exception {
    OfferingView original =
        offerings.create(
            MISTRAL,
            json.convertValue(validOffering("Contested " + System.nanoTime()), OfferingData.class));
    assertEquals(0, original.version());
    long catalogVersionBefore = catalogVersion();
    int revisionsBefore = revisionsOf(original.id());
    Map<String, String> tablesBefore = fingerprint.take();

    List<Map<String, Object>> changes = new ArrayList<>();
    List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
    for (int contender = 0; contender < CONTENDERS; contender++) {
      Map<String, Object> change = change(contender);
      if (!withIfMatch) {
        change.put("version", 0);
      }
      changes.add(change);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.resolve("/api/v1/offerings/" + original.id()))
              .timeout(Duration.ofMinutes(2))
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(change)));
      if (withIfMatch) {
        request.header("If-Match", "\"0\"");
      }
      HttpRequest built = request.build();
      requests.add(() -> http.send(built, HttpResponse.BodyHandlers.ofString()));
    }

    List<HttpResponse<String>> answers = StartTogether.run(requests, 300);

    List<Integer> winners = new ArrayList<>();
    Map<Integer, Integer> statusCounts = new TreeMap<>();
    for (int contender = 0; contender < CONTENDERS; contender++) {
      HttpResponse<String> answer = answers.get(contender);
      statusCounts.merge(answer.statusCode(), 1, Integer::sum);
      if (answer.statusCode() == 200) {
        winners.add(contender);
      } else {
        assertRefusedAsStale(answer, withIfMatch);
      }
    }
    LOG.infof(
        "A hundred simultaneous changes (If-Match: %s), answers by status: %s",
        withIfMatch, statusCounts);
    assertEquals(1, winners.size(), "exactly one change wins; answers: " + statusCounts);
    Map<String, Object> winning = changes.get(winners.get(0));

    JsonNode stored = currentOffering(original.id());
    assertEquals(1, stored.get("version").asLong(), "one change was applied");
    assertHolds(winning, stored);
    assertHolds(winning, json.readTree(answers.get(winners.get(0)).body()));

    assertEquals(catalogVersionBefore + 1, catalogVersion(), "one new catalogue version");
    assertEquals(revisionsBefore + 1, revisionsOf(original.id()), "one new revision");
    assertHolds(winning, latestRevision(original.id()));
    assertEquals(1, auditEvents(original.id(), "updated"), "one update in the audit log");

    Map<String, String> tablesAfter = fingerprint.take();
    Set<String> changedTables = new TreeSet<>();
    tablesBefore.forEach(
        (table, digest) -> {
          if (!digest.equals(tablesAfter.get(table))) {
            changedTables.add(table);
          }
        });
    changedTables.removeAll(TABLES_A_CHANGE_WRITES);
    assertEquals(Set.of(), changedTables, "the refused changes wrote nowhere else");
  }

  /** A change that differs from every other contender's in every field it sets. */
  private static Map<String, Object> change(int contender) {
    Map<String, Object> change = validOffering("Contender " + contender);
    change.put("description", "Everything in this body comes from contender " + contender + ".");
    change.put("priceEur", new BigDecimal(contender + 1).add(new BigDecimal("0.25")));
    change.put("priceUnit", "per " + contender + " thousand requests");
    change.put("renewableEnergyPercent", contender);
    change.put(
        "languages",
        new ArrayList<>(
            new TreeSet<>(
                List.of(
                    LANGUAGES.get(contender % LANGUAGES.size()),
                    LANGUAGES.get((contender / LANGUAGES.size()) % LANGUAGES.size())))));
    change.put("dataStorageCountries", List.of(COUNTRIES.get(contender % COUNTRIES.size())));
    change.put(
        "supportCountries",
        new ArrayList<>(
            new TreeSet<>(
                List.of(
                    COUNTRIES.get((contender + 3) % COUNTRIES.size()),
                    COUNTRIES.get((contender / COUNTRIES.size()) % COUNTRIES.size())))));
    change.put("deploymentModels", DEPLOYMENTS.get(contender % DEPLOYMENTS.size()));
    return change;
  }

  private void assertRefusedAsStale(HttpResponse<String> answer, boolean withIfMatch)
      throws Exception {
    // A stale If-Match is 412 whether it shows before the write or at the database's version
    // check; a stale body version is 409.
    int status = answer.statusCode();
    assertEquals(withIfMatch ? 412 : 409, status, answer.body());
    assertEquals(PROBLEM, answer.headers().firstValue("Content-Type").orElse(""), answer.body());
    JsonNode problem = json.readTree(answer.body());
    assertEquals(status, problem.get("status").asInt());
    assertTrue(problem.hasNonNull("detail"), answer.body());
  }

  /** Every field the change sets reads back exactly as sent; lists compare as sets. */
  private void assertHolds(Map<String, Object> change, JsonNode offering) {
    JsonNode sent = json.valueToTree(change);
    for (Map.Entry<String, JsonNode> field : sent.properties()) {
      String name = field.getKey();
      if (name.equals("version")) {
        continue;
      }
      JsonNode expected = field.getValue();
      JsonNode actual = offering.get(name);
      if (expected.isArray()) {
        assertEquals(asSet(expected), asSet(actual), name + " of " + change.get("name"));
      } else if (expected.isNumber()) {
        assertEquals(
            0,
            expected.decimalValue().compareTo(actual.decimalValue()),
            name + " of " + change.get("name") + ": " + actual);
      } else {
        assertEquals(expected.asText(), actual.asText(), name + " of " + change.get("name"));
      }
    }
  }

  private static Set<String> asSet(JsonNode array) {
    Set<String> values = new HashSet<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private JsonNode currentOffering(UUID id) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/offerings/" + id)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals("\"1\"", answer.headers().firstValue("ETag").orElse(""));
    return json.readTree(answer.body());
  }

  private static long catalogVersion() throws Exception {
    try (Connection db = TestDatabase.connect();
        ResultSet row =
            db.createStatement().executeQuery("select version from catalog_version where id = 1")) {
      row.next();
      return row.getLong(1);
    }
  }

  private static int revisionsOf(UUID offeringId) throws Exception {
    return count("select count(*) from offering_revision where offering_id = ?", offeringId);
  }

  private static int auditEvents(UUID offeringId, String action) throws Exception {
    return count(
        "select count(*) from audit_event where object_id = ? and action = ?",
        offeringId.toString(),
        action);
  }

  private JsonNode latestRevision(UUID offeringId) throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select data from offering_revision where offering_id = ?"
                    + " order by catalog_version desc limit 1")) {
      query.setObject(1, offeringId);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return json.readTree(row.getString(1));
      }
    }
  }

  private static int count(String sql, Object... parameters) throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }
}
