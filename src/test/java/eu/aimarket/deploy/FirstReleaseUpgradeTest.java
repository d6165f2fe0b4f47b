package eu.aimarket.deploy;

import static eu.aimarket.catalog.OfferingFixtures.validOffering;
import static eu.aimarket.demand.RequirementFixtures.germanLlmInTheEu;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.policy.PolicyTemplates;
import eu.aimarket.testsupport.ScratchDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An installation of the first release (commit 3732d99) upgrades in place: its database, restored
 * from a dump of that release's schema and demo catalogue (made by {@code
 * upgrade/make-first-release-dump.sh}), is migrated by today's Flyway migrations when the
 * application starts on it, everything it held is served by today's API, and features the first
 * release did not have (requirements, match runs, replays, catalogue revisions) work on it.
 */
@QuarkusTest
@TestProfile(FirstReleaseUpgradeTest.OnFirstReleaseDatabase.class)
// Reads of what the dump held come before the changes the new features make.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstReleaseUpgradeTest {

  static final String DUMP = "upgrade/first-release.sql.gz";
  static final String FIRST_RELEASE_BUYER = "0b1e55ed-0000-4000-8000-00000000b001";
  static final String MISTRAL = "b05d034b-90bb-3c89-b979-39b0a988d62f";
  private static final Logger LOG = Logger.getLogger(FirstReleaseUpgradeTest.class);
  private static final ScratchDatabase DATABASE = ScratchDatabase.named("first_release");

  /** The application on the restored first-release database, without cleaning or demo data. */
  public static class OnFirstReleaseDatabase implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(FirstReleaseDatabase.class));
    }
  }

  /** Restores the dump into an empty scratch database before the application starts on it. */
  public static class FirstReleaseDatabase implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
      long started = System.nanoTime();
      DATABASE.recreate();
      Path script = null;
      try (InputStream gzipped = resource(DUMP);
          InputStream plain = new GZIPInputStream(gzipped)) {
        script = Files.createTempFile("first-release", ".sql");
        Files.copy(plain, script, StandardCopyOption.REPLACE_EXISTING);
        DATABASE.runScript(script);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot restore " + DUMP, e);
      } finally {
        deleteQuietly(script);
      }
      LOG.infof(
          "Restored the first release's dump into %s in %d ms",
          DATABASE.name(), (System.nanoTime() - started) / 1_000_000);
      return Map.of(
          "quarkus.datasource.jdbc.url", DATABASE.jdbcUrl(),
          "quarkus.flyway.clean-at-start", "false",
          "aimarket.demo-data", "false");
    }

    @Override
    public void stop() {}
  }

  @Test
  @Order(1)
  void appliesEveryLaterMigrationOnTopOfTheFirstReleasesSchema() throws Exception {
    Map<String, Boolean> applied = new TreeMap<>();
    long migrationMillis = 0;
    try (Connection db = DATABASE.connect();
        ResultSet rows =
            db.createStatement()
                .executeQuery(
                    "select version, success, execution_time from flyway_schema_history"
                        + " where version is not null order by installed_rank")) {
      while (rows.next()) {
        applied.put(rows.getString(1), rows.getBoolean(2));
        if (!rows.getString(1).equals("1")) {
          migrationMillis += rows.getLong(3);
        }
      }
    }
    List<String> shipped = shippedMigrationVersions();
    assertEquals(new TreeMap<>(shipped.stream().collect(toTrue())), applied);
    LOG.infof(
        "Migrated the first release's database: %d migrations (%s) in %d ms",
        shipped.size() - 1, shipped.subList(1, shipped.size()), migrationMillis);
  }

  @Test
  @Order(2)
  void servesEveryPublishedOfferingOfTheFirstReleaseUnchanged() {
    Map<String, Map<String, String>> expected = new TreeMap<>();
    for (Map<String, String> offering : dumpedRows("public.offering")) {
      if (offering.get("status").equals("PUBLISHED")) {
        expected.put(offering.get("id"), offering);
      }
    }
    assertTrue(expected.size() >= 80, "the dump holds the demo catalogue: " + expected.size());

    Map<String, Map<String, Object>> served = new TreeMap<>();
    String cursor = null;
    do {
      var request = given().queryParam("limit", 100);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/api/v1/offerings").then().statusCode(200).extract().jsonPath();
      List<Map<String, Object>> items = page.getList("items");
      items.forEach(item -> served.put((String) item.get("id"), item));
      cursor = page.getString("nextCursor");
    } while (cursor != null);

    assertEquals(expected.keySet(), served.keySet(), "the same published offerings");
    expected.forEach(
        (id, row) -> {
          Map<String, Object> offering = served.get(id);
          assertEquals(row.get("name"), offering.get("name"));
          assertEquals(row.get("description"), offering.get("description"));
          assertEquals(row.get("category"), offering.get("category"));
          assertEquals(row.get("supplier_id"), ((Map<?, ?>) offering.get("supplier")).get("id"));
          assertEquals(0L, ((Number) offering.get("version")).longValue());
          if (row.get("price_eur") != null) {
            assertEquals(
                0,
                new BigDecimal(row.get("price_eur"))
                    .compareTo(new BigDecimal(offering.get("priceEur").toString())),
                "price of " + row.get("name"));
          }
          assertTrue(
              offering.get("sovereignty") instanceof Map<?, ?>, "assessed: " + row.get("name"));
        });
  }

  @Test
  @Order(3)
  void servesTheFirstReleasesOrganisations() {
    List<Map<String, String>> organisations = dumpedRows("public.organisation");
    assertFalse(organisations.isEmpty());
    for (Map<String, String> organisation : organisations) {
      given()
          .get("/api/v1/organisations/" + organisation.get("id"))
          .then()
          .statusCode(200)
          .body("legalName", equalTo(organisation.get("legal_name")))
          .body("country", equalTo(organisation.get("country")))
          .body("kind", equalTo(organisation.get("kind")));
    }
  }

  @Test
  @Order(4)
  @TestSecurity(user = "first-release-buyer", roles = "buyer")
  void aBuyerOfTheFirstReleasePostsARequirementAndRanksTheMigratedCatalogue() {
    String requirementId =
        given()
            .contentType(ContentType.JSON)
            .body(germanLlmInTheEu("Posted after the upgrade"))
            .post("/api/v1/requirements")
            .then()
            .statusCode(201)
            .body("buyer.id", equalTo(FIRST_RELEASE_BUYER))
            .extract()
            .path("id");
    JsonPath run =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of())
            .post("/api/v1/requirements/" + requirementId + "/matches")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertEquals(PolicyTemplates.SOVEREIGNTY_FIRST_NAME, run.getString("policyName"));
    List<String> ranked = run.getList("ranking.ranked.offeringId");
    assertFalse(ranked.isEmpty(), "the first release's offerings are ranked");
    List<String> published = new ArrayList<>();
    dumpedRows("public.offering").stream()
        .filter(row -> row.get("status").equals("PUBLISHED"))
        .forEach(row -> published.add(row.get("id")));
    assertTrue(published.containsAll(ranked), "every ranked offering comes from the dump");
    given()
        .contentType(ContentType.JSON)
        .post("/api/v1/match-runs/" + run.getString("id") + "/replay")
        .then()
        .statusCode(200)
        .body("identical", equalTo(true));
  }

  @Test
  @Order(5)
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierOfTheFirstReleaseChangesAnOfferingWithItsVersion() {
    Map<String, String> mistralOffering =
        dumpedRows("public.offering").stream()
            .filter(row -> row.get("supplier_id").equals(MISTRAL))
            .filter(row -> row.get("status").equals("PUBLISHED"))
            .findFirst()
            .orElseThrow();
    String path = "/api/v1/offerings/" + mistralOffering.get("id");
    String etag = given().get(path).then().statusCode(200).extract().header("ETag");
    assertEquals("\"0\"", etag);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(validOffering("Renamed after the upgrade"))
        .put(path)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("Renamed after the upgrade"));
    given()
        .queryParam("q", "Renamed after the upgrade")
        .get("/api/v1/offerings")
        .then()
        .statusCode(200)
        .body("items.id", org.hamcrest.Matchers.hasItem(mistralOffering.get("id")));
  }

  /** The versions of the migrations this build ships, in order: "1", "2", ... */
  private static List<String> shippedMigrationVersions() throws IOException {
    List<String> versions = new ArrayList<>();
    try (var files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
      files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.matches("V\\d+__.+\\.sql"))
          .map(name -> name.substring(1, name.indexOf("__")))
          .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
          .forEach(versions::add);
    }
    return versions;
  }

  private static java.util.stream.Collector<String, ?, Map<String, Boolean>> toTrue() {
    return java.util.stream.Collectors.toMap(version -> version, version -> true);
  }

  /**
   * The rows of one table as the dump holds them (pg_dump's COPY text format), by column name;
   * {@code \N} is null.
   */
  static List<Map<String, String>> dumpedRows(String table) {
    List<Map<String, String>> rows = new ArrayList<>();
    try (BufferedReader dump =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(resource(DUMP)), StandardCharsets.UTF_8))) {
      String line;
      List<String> columns = null;
      while ((line = dump.readLine()) != null) {
        if (columns == null) {
          if (line.startsWith("COPY " + table + " (")) {
            columns = List.of(line.substring(line.indexOf('(') + 1, line.indexOf(')')).split(", "));
          }
        } else if (line.equals("\\.")) {
          break;
        } else {
          String[] fields = line.split("\t", -1);
          Map<String, String> row = new HashMap<>();
          for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), fields[i].equals("\\N") ? null : unescape(fields[i]));
          }
          rows.add(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DUMP, e);
    }
    return rows;
  }

  /** Undoes COPY's text escapes for the characters a catalogue's text can hold. */
  private static String unescape(String field) {
    StringBuilder text = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char next = field.charAt(++i);
        text.append(
            switch (next) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              default -> next;
            });
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  private static InputStream resource(String name) {
    InputStream stream = FirstReleaseUpgradeTest.class.getClassLoader().getResourceAsStream(name);
    if (stream == null) {
      throw new IllegalStateException("Missing test resource " + name);
    }
    return stream;
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.debugf("Cannot delete %s: %s", file, e.getMessage());
      }
    }
  }
}
