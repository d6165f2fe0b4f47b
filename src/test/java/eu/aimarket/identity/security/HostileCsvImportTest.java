package eu.aimarket.identity.security;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.identity.security.AuthorizationMatrixTest.Caller;
import eu.aimarket.identity.security.Tenants.Tenant;
import eu.aimarket.testsupport.BearerTokenProfile;
import eu.aimarket.testsupport.DatabaseFingerprint;
import eu.aimarket.testsupport.HostileText;
import eu.aimarket.testsupport.RawHttp;
import eu.aimarket.testsupport.RawHttp.Answer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The CSV import gets {@value #DEFAULT_TRIES} malformed files, each a valid file of three rows with
 * one row broken: an unclosed or stray quote, too few or too many fields, bytes that are not UTF-8,
 * a cell longer than its field allows, a cell a spreadsheet would run as a formula ({@code
 * =cmd|...}), a value outside its column's choices; besides, files with more rows than an import
 * takes. Each answer is a 4xx problem+json that names the broken line, and nothing is imported.
 */
@QuarkusTest
@TestProfile(BearerTokenProfile.class)
class HostileCsvImportTest {

  static final int DEFAULT_TRIES = 1000;
  static final int TRIES = Integer.getInteger("badinput.tries", DEFAULT_TRIES);
  static final String KEY = "POST /api/v1/offerings/import";

  @Inject Tenants tenants;
  @Inject DatabaseFingerprint database;

  @TestHTTPResource("/")
  URI base;

  /** One malformed file: what is wrong, on which line, and its bytes. */
  record File(String defect, int line, byte[] bytes) {}

  @Test
  void malformedFilesAreRefusedNamingTheLineAndImportNothing() {
    Tenant home = tenants.create("hostile-csv");
    Tenants.Callers callers = tenants.callers(home);
    CapturedRequest valid = CapturedRequest.of(KEY, new MatrixRequests.Target(home, tenants));
    String[] lines = valid.body().split("\r\n");
    String header = lines[0];
    String row = lines[1];
    Map<String, String> headers =
        Map.of(
            "Authorization",
            "Bearer " + tenants.token(Caller.SUPPLIER, callers),
            "Accept",
            "application/json");
    RawHttp http = new RawHttp(base);
    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    long started = System.nanoTime();
    Map<String, String> before = database.take();
    for (int attempt = 0; attempt < TRIES; attempt++) {
      long seed = HostileApiRequestsTest.seed(KEY, attempt);
      File file = malformed(new Random(seed), header, row);
      Answer answer =
          http.send("POST", valid.pathAndQuery(), headers, "text/csv; charset=UTF-8", file.bytes());
      statuses.merge(answer.status(), 1, Integer::sum);
      String why = answer.whyNotAProblem(status -> status == 400 || status == 413);
      if (why == null && answer.status() == 400 && !namesLine(answer.body(), file.line())) {
        why = "does not name line " + file.line() + ": " + answer.body();
      }
      if (why != null && failures.size() < 12) {
        String sent = new String(file.bytes(), StandardCharsets.UTF_8);
        failures.add(
            "try "
                + attempt
                + " (seed "
                + seed
                + "), "
                + file.defect()
                + " on line "
                + file.line()
                + ": "
                + why
                + "\n      sent: "
                + (sent.length() > 300 ? sent.substring(0, 300) + "..." : sent));
      }
    }
    Map<String, String> after = database.take();
    List<String> changed =
        before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
    if (!changed.isEmpty()) {
      failures.add("malformed files changed the tables " + changed + "; statuses " + statuses);
    }
    System.out.printf(
        "Bad CSV: %d files, statuses %s, %.1f s%n",
        TRIES, statuses, (System.nanoTime() - started) / 1e9);
    if (!failures.isEmpty()) {
      fail(
          "Malformed CSV files not refused as they should be:\n  " + String.join("\n  ", failures));
    }
  }

  /** The problem names the line: an error with that line, or the words "line N". */
  private static boolean namesLine(String body, int line) {
    try {
      JsonNode problem = new ObjectMapper().readTree(body);
      for (JsonNode error : problem.path("errors")) {
        if (error.path("line").asInt(-1) == line
            || error.toString().contains("line " + line + ",")
            || error.toString().contains("line " + line + ":")) {
          return true;
        }
      }
      return problem.path("detail").asText().contains("line " + line + ",");
    } catch (IOException e) {
      return false;
    }
  }

  static File malformed(Random random, String header, String row) {
    int columns = header.split(",", -1).length;
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      rows.add(row.replaceFirst("^[^,]*", "Imported " + random.nextInt(1_000_000) + " " + i));
    }
    int broken = random.nextInt(rows.size());
    int line = broken + 2; // the header is line 1
    List<String> cells = new ArrayList<>(List.of(rows.get(broken).split(",", -1)));
    int cell = random.nextInt(columns);
    String defect;
    byte[] invalidBytes = null;
    switch (random.nextInt(9)) {
      case 0 -> {
        cells.set(cell, "\"" + cells.get(cell)); // never closed
        defect = "a quote opened in column " + (cell + 1) + " and never closed";
      }
      case 1 -> {
        cells.set(cell, "ab\"cd");
        defect = "a quote inside an unquoted field";
      }
      case 2 -> {
        cells.set(cell, "\"ab\"cd");
        defect = "text after a closing quote";
      }
      case 3 -> {
        int keep = 1 + random.nextInt(columns - 1); // an empty line is skipped, as RFC 4180 allows
        cells = new ArrayList<>(cells.subList(0, keep));
        defect = "only " + keep + " of " + columns + " fields";
      }
      case 4 -> {
        int extra = 1 + random.nextInt(50);
        for (int i = 0; i < extra; i++) {
          cells.add(HostileText.any(random, 10).replaceAll("[\",\r\n]", ""));
        }
        defect = extra + " fields too many";
      }
      case 5 -> {
        invalidBytes =
            HostileText.INVALID_UTF8.get(random.nextInt(HostileText.INVALID_UTF8.size()));
        cells.set(cell, "xQQbytesQQx");
        defect = "bytes that are not UTF-8";
      }
      case 6 -> {
        int length = 2_001 + random.nextInt(200_000);
        cells.set(0, HostileText.ofLength(random, length).replaceAll("[\",\r\n]", "x"));
        defect = "a name of " + length + " characters";
      }
      case 7 -> {
        String formula =
            pick(
                random,
                List.of(
                    "=cmd|' /C calc'!A0",
                    "=HYPERLINK(\"http://attacker.invalid\",\"x\")",
                    "+SUM(1+1)",
                    "-2+3+cmd|' /C calc'!A0",
                    "@SUM(1+1)",
                    "\t=1+1",
                    "=1+1"));
        cells.set(random.nextBoolean() ? 0 : 1, quote(formula));
        defect = "a formula " + formula;
      }
      default -> {
        int category = List.of(header.split(",", -1)).indexOf("category");
        cells.set(
            category, pick(random, List.of("UNKNOWN", "LLM_API_X", "' OR '1'='1", "{inject:cdi}")));
        defect = "a category that is none";
      }
    }
    rows.set(broken, String.join(",", cells));
    String text = header + "\r\n" + String.join("\r\n", rows) + "\r\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (invalidBytes != null) {
      bytes = replace(bytes, "QQbytesQQ".getBytes(StandardCharsets.US_ASCII), invalidBytes);
    }
    return new File(defect, line, bytes);
  }

  @Test
  void aFileWithMoreRowsThanAnImportTakesIsRefusedAtTheFirstRowTooMany() {
    Tenant home = tenants.create("csv-rows");
    Tenants.Callers callers = tenants.callers(home);
    CapturedRequest valid = CapturedRequest.of(KEY, new MatrixRequests.Target(home, tenants));
    String[] lines = valid.body().split("\r\n");
    StringBuilder file = new StringBuilder(lines[0]).append("\r\n");
    int rows = eu.aimarket.integration.csv.OfferingImport.MAX_ROWS + 1;
    for (int i = 0; i < rows; i++) {
      file.append(lines[1].replaceFirst("^[^,]*", "Bulk " + i)).append("\r\n");
    }
    Map<String, String> before = database.take();
    Answer answer =
        new RawHttp(base)
            .send(
                "POST",
                valid.pathAndQuery(),
                Map.of(
                    "Authorization",
                    "Bearer " + tenants.token(Caller.SUPPLIER, callers),
                    "Accept",
                    "application/json"),
                "text/csv",
                file.toString().getBytes(StandardCharsets.UTF_8));
    String why = answer.whyNotAProblem(status -> status == 400);
    if (why == null && !namesLine(answer.body(), rows + 1)) {
      why = "does not name line " + (rows + 1) + ": " + answer.body();
    }
    if (why != null) {
      fail(why);
    }
    if (!before.equals(database.take())) {
      fail("A refused file wrote to the database");
    }
  }

  private static String quote(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static byte[] replace(byte[] text, byte[] what, byte[] with) {
    for (int i = 0; i + what.length <= text.length; i++) {
      if (java.util.Arrays.equals(text, i, i + what.length, what, 0, what.length)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, i);
        out.write(with, 0, with.length);
        out.write(text, i + what.length, text.length - i - what.length);
        return out.toByteArray();
      }
    }
    throw new IllegalStateException("marker not found");
  }
}
