package eu.aimarket.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.testsupport.PackagedApp;
import eu.aimarket.testsupport.ScratchDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The backup procedure of the README, end to end: a database holding a catalogue is dumped with
 * {@code pg_dump}, restored with {@code pg_restore} into an empty database, and the packaged
 * application started on the restored database serves the same catalogue: every answer of the
 * catalogue API, body and entity tag, is the one the original gave.
 */
class BackupRestoreIT {

  private static final Logger LOG = Logger.getLogger(BackupRestoreIT.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void aRestoredDumpServesTheSameCatalogue() throws Exception {
    ScratchDatabase original = ScratchDatabase.named("backup_original").recreate();
    Map<String, String> originalAnswers;
    try (PackagedApp app =
        PackagedApp.start("backup-original", onDatabase(original, true /* demo catalogue */))) {
      originalAnswers = catalogueAnswers(app);
    }
    assertTrue(originalAnswers.size() > 80, "the original serves a catalogue");

    Path archive = Files.createDirectories(Path.of("target", "backup")).resolve("catalogue.dump");
    long dumpStarted = System.nanoTime();
    original.dumpTo(archive);
    long dumpMillis = (System.nanoTime() - dumpStarted) / 1_000_000;

    ScratchDatabase restored = ScratchDatabase.named("backup_restored").recreate();
    assertEquals(Map.of(), tableDigests(restored), "the restore starts from an empty database");
    long restoreStarted = System.nanoTime();
    restored.restoreFrom(archive);
    long restoreMillis = (System.nanoTime() - restoreStarted) / 1_000_000;

    Map<String, String> originalTables = tableDigests(original);
    assertEquals(originalTables, tableDigests(restored), "every table holds the same rows");
    LOG.infof(
        "Dumped %d tables (%d rows, %d bytes) in %d ms and restored them in %d ms",
        originalTables.size(),
        originalTables.values().stream()
            .mapToLong(digest -> Long.parseLong(digest.substring(0, digest.indexOf(':'))))
            .sum(),
        Files.size(archive),
        dumpMillis,
        restoreMillis);

    try (PackagedApp app =
        PackagedApp.start("backup-restored", onDatabase(restored, false /* nothing added */))) {
      Map<String, String> restoredAnswers = catalogueAnswers(app);
      assertEquals(originalAnswers.keySet(), restoredAnswers.keySet());
      originalAnswers.forEach(
          (request, answer) ->
              assertEquals(answer, restoredAnswers.get(request), "the same answer to " + request));
    }
  }

  /**
   * The test profile's settings on a database of its own. The original is migrated and gets the
   * demo catalogue; the restored one must be served as it is, so nothing cleans it or adds to it.
   */
  private static Map<String, String> onDatabase(ScratchDatabase database, boolean original) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("%test.quarkus.datasource.jdbc.url", database.jdbcUrl());
    settings.put("%test.quarkus.flyway.clean-at-start", Boolean.toString(original));
    settings.put("%test.aimarket.demo-data", Boolean.toString(original));
    return settings;
  }

  /**
   * What a visitor and a client read of the catalogue: every page of the offering list, every
   * published offering with its entity tag, searches and facets, organisations and the reference
   * vocabularies; keyed by request, each answer with its status and entity tag.
   */
  private Map<String, String> catalogueAnswers(PackagedApp app) throws Exception {
    Map<String, String> answers = new TreeMap<>();
    List<String> offeringIds = new ArrayList<>();
    String cursor = null;
    do {
      String path = "/api/v1/offerings?limit=100" + (cursor == null ? "" : "&cursor=" + cursor);
      JsonNode page = JSON.readTree(answer(app, path, answers));
      page.get("items").forEach(item -> offeringIds.add(item.get("id").asText()));
      cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
    } while (cursor != null);
    for (String id : offeringIds) {
      answer(app, "/api/v1/offerings/" + id, answers);
    }
    for (String path :
        List.of(
            "/api/v1/offerings?category=LLM_API&dataIn=EU&sort=score&limit=100",
            "/api/v1/offerings?q=mistral&limit=100",
            "/api/v1/offerings?openWeights=true&minScore=50&sort=name&limit=100",
            "/api/v1/organisations?limit=100",
            "/api/v1/reference/countries",
            "/api/v1/reference/certifications")) {
      answer(app, path, answers);
    }
    return answers;
  }

  private String answer(PackagedApp app, String path, Map<String, String> answers)
      throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(app.url() + path))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    answers.put(
        path,
        response.statusCode()
            + " "
            + response.headers().firstValue("ETag").orElse("-")
            + " "
            + response.body());
    return response.body();
  }

  /** Per table, its row count and a digest of its rows, as {@code count:md5}. */
  private static Map<String, String> tableDigests(ScratchDatabase database) throws SQLException {
    Map<String, String> digests = new TreeMap<>();
    try (Connection db = database.connect();
        Statement statement = db.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "select table_name from information_schema.tables where table_schema ="
                  + " current_schema() and table_type = 'BASE TABLE'")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rows =
            statement.executeQuery(
                "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by"
                    + " t::text)), '') from \""
                    + table
                    + "\" t")) {
          rows.next();
          digests.put(table, rows.getString(1));
        }
      }
    }
    return digests;
  }
}
