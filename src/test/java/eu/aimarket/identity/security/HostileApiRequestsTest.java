package eu.aimarket.identity.security;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import eu.aimarket.identity.security.AuthorizationMatrixTest.Caller;
import eu.aimarket.identity.security.AuthorizationMatrixTest.Expectation;
import eu.aimarket.identity.security.Tenants.Tenant;
import eu.aimarket.testsupport.BadBodies;
import eu.aimarket.testsupport.BearerTokenProfile;
import eu.aimarket.testsupport.DatabaseFingerprint;
import eu.aimarket.testsupport.Endpoints;
import eu.aimarket.testsupport.Endpoints.Operation;
import eu.aimarket.testsupport.HostileText;
import eu.aimarket.testsupport.RawHttp;
import eu.aimarket.testsupport.RawHttp.Answer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every write operation of the JSON API (found in the resource classes) gets {@value
 * #DEFAULT_TRIES} generated bad requests: mutations of a request the operation accepts, each with
 * at least one invalidity ({@link BadBodies}); operations without a body get their path's
 * identifiers replaced with hostile ones. Every answer must be a 4xx with a readable problem+json
 * body, never a 5xx, a success or a dropped connection, and the database must hold afterwards
 * exactly what it held before. The seed is fixed, so a failure can be replayed: each one names its
 * seed and try ({@code -Dbadinput.seed=...} runs another series, {@code -Dbadinput.tries=...}
 * another length).
 */
@QuarkusTest
@TestProfile(BearerTokenProfile.class)
class HostileApiRequestsTest {

  static final int DEFAULT_TRIES = 1000;
  static final int TRIES = Integer.getInteger("badinput.tries", DEFAULT_TRIES);
  static final long SEED = Long.getLong("badinput.seed", 20_261_129L);

  /** Operations whose bad input another battery covers, and which one. */
  static final Map<String, String> COVERED_ELSEWHERE =
      Map.of("POST /api/v1/offerings/import", "HostileCsvImportTest");

  /** Callers tried in this order: the first one the matrix lets do the operation sends it. */
  private static final List<Caller> CALLERS =
      List.of(Caller.SUPPLIER, Caller.BUYER, Caller.ADMIN, Caller.SERVICE);

  private static final Pattern UUID_SEGMENT =
      Pattern.compile("/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

  private static final int SHOWN_PER_OPERATION = 4;

  @Inject Tenants tenants;
  @Inject DatabaseFingerprint database;

  @TestHTTPResource("/")
  URI base;

  static JsonNode contract() {
    try (InputStream in =
        HostileApiRequestsTest.class.getResourceAsStream("/openapi/ai-marketplace.yaml")) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean apiWrite(Operation operation) {
    return !operation.page() && !operation.method().equals("GET");
  }

  static long seed(String key, int attempt) {
    return SEED * 1_000_003L + key.hashCode() * 65_537L + attempt;
  }

  @Test
  void everyWriteOperationRefusesBadRequestsWithAProblemAndWritesNothing() {
    JsonNode contract = contract();
    Map<String, Expectation> matrix = AuthorizationMatrixTest.expectations();
    Tenant home = tenants.create("hostile");
    RawHttp http = new RawHttp(base);
    List<String> failures = new ArrayList<>();
    Map<String, String> covered = new TreeMap<>();
    long started = System.nanoTime();
    for (Operation operation : Endpoints.all()) {
      if (!apiWrite(operation) || COVERED_ELSEWHERE.containsKey(operation.key())) {
        continue;
      }
      String key = operation.key();
      Expectation expected = matrix.get(key);
      if (expected == null || !MatrixRequests.ALL.containsKey(key)) {
        failures.add(key + ": no line in the matrix or no request in MatrixRequests to mutate");
        continue;
      }
      Caller caller =
          CALLERS.stream()
              .filter(c -> reached(expected.cells().get(c)[0]))
              .findFirst()
              .orElse(null);
      if (caller == null) {
        failures.add(key + ": no caller may do it, so bad input would never reach it");
        continue;
      }
      Tenants.Callers callers = tenants.callers(home);
      Map<String, String> headers =
          Map.of(
              "Authorization",
              "Bearer " + tenants.token(caller, callers),
              "Accept",
              "application/json");
      CapturedRequest valid = CapturedRequest.of(key, new MatrixRequests.Target(home, tenants));
      JsonNode described =
          contract
              .path("paths")
              .path(operation.path())
              .path(operation.method().toLowerCase(java.util.Locale.ROOT));
      if (described.isMissingNode()) {
        failures.add(key + ": not in the committed contract, so its body's rules are unknown");
        continue;
      }
      JsonNode content = described.path("requestBody").path("content");
      Map<String, String> before = database.take();
      Map<Integer, Integer> statuses = new TreeMap<>();
      List<String> mine = new ArrayList<>();
      if (content.has("application/json")) {
        BadBodies bodies =
            new BadBodies(contract, content.get("application/json").get("schema"), json(valid));
        for (int attempt = 0; attempt < TRIES; attempt++) {
          long seed = seed(key, attempt);
          BadBodies.Body body = bodies.next(new Random(seed));
          Answer answer =
              http.send(
                  valid.method(), valid.pathAndQuery(), headers, body.contentType(), body.bytes());
          statuses.merge(answer.status(), 1, Integer::sum);
          String why = answer.whyNotAProblem(BODY_REFUSALS);
          if (why != null) {
            mine.add(
                key
                    + " try "
                    + attempt
                    + " (seed "
                    + seed
                    + "), "
                    + body.defect()
                    + ": "
                    + why
                    + "\n      sent: "
                    + body.preview());
          }
        }
        covered.put(key, "bodies, as " + caller + ", statuses " + statuses);
      } else if (content.isMissingNode()) {
        for (int attempt = 0; attempt < TRIES; attempt++) {
          long seed = seed(key, attempt);
          Random random = new Random(seed);
          String path = hostilePath(random, valid.path());
          byte[] body =
              random.nextInt(4) == 0 ? "{\"x\":1}".getBytes(StandardCharsets.UTF_8) : null;
          Answer answer =
              http.send(
                  valid.method(),
                  valid.query() == null ? path : path + "?" + valid.query(),
                  headers,
                  body == null ? valid.contentType() : "application/json",
                  body);
          statuses.merge(answer.status(), 1, Integer::sum);
          String why = answer.whyNotAProblem(PATH_REFUSALS);
          if (why != null) {
            mine.add(key + " try " + attempt + " (seed " + seed + "), path " + path + ": " + why);
          }
        }
        covered.put(key, "paths, as " + caller + ", statuses " + statuses);
      } else {
        failures.add(
            key
                + ": no generator for a body of "
                + content.fieldNames().next()
                + " (add one, or name the battery that covers it in COVERED_ELSEWHERE)");
        continue;
      }
      Map<String, String> after = database.take();
      List<String> changed =
          before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
      if (!changed.isEmpty()) {
        mine.add(
            key
                + ": the refused requests changed the tables "
                + changed
                + "; statuses "
                + statuses);
      }
      if (mine.size() > SHOWN_PER_OPERATION) {
        int more = mine.size() - SHOWN_PER_OPERATION;
        mine = new ArrayList<>(mine.subList(0, SHOWN_PER_OPERATION));
        mine.add(key + ": and " + more + " more");
      }
      failures.addAll(mine);
    }
    System.out.printf(
        "Bad input: %d operations, %d tries each, seed %d, %.1f s%n  %s%n",
        covered.size(),
        TRIES,
        SEED,
        (System.nanoTime() - started) / 1e9,
        String.join(
            "\n  ",
            covered.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
    if (!failures.isEmpty()) {
      fail(
          "Bad requests that did not get a 4xx problem+json, or that wrote:\n  "
              + String.join("\n  ", failures));
    }
  }

  /** A bad body is refused as such: never as if the caller or the object were the problem. */
  private static final IntPredicate BODY_REFUSALS =
      status -> status == 400 || status == 413 || status == 415 || status == 422;

  /** A path naming nothing, or nothing that can be an identifier. */
  private static final IntPredicate PATH_REFUSALS = status -> status == 400 || status == 404;

  /**
   * The caller got past authorisation: the request was done, or refused for its object's state
   * (evaluating a response before the deadline), which a bad body must not get as far as.
   */
  static boolean reached(int status) {
    return status < 300 || status == 409;
  }

  private static JsonNode json(CapturedRequest valid) {
    try {
      return new ObjectMapper().readTree(valid.body() == null ? "{}" : valid.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path with one of its identifiers replaced by one that names nothing, or is no id. */
  static String hostilePath(Random random, String path) {
    Matcher ids = UUID_SEGMENT.matcher(path);
    List<int[]> found = new ArrayList<>();
    while (ids.find()) {
      found.add(new int[] {ids.start(1), ids.end(1)});
    }
    if (found.isEmpty()) {
      throw new AssertionError(path + " has no identifier to replace");
    }
    int[] at = found.get(random.nextInt(found.size()));
    List<String> replacements =
        List.of(
            UUID.randomUUID().toString(),
            "00000000-0000-0000-0000-000000000000",
            "not-a-uuid",
            "1",
            "-1",
            "99999999999999999999999",
            encode(HostileText.any(random, 60)),
            encode(HostileText.ofLength(random, 1 + random.nextInt(300))),
            "%C0%AF",
            "%ED%A0%80",
            "%FF%FE",
            "%00",
            "%25",
            "..%2F..%2Fetc%2Fpasswd",
            path.substring(at[0], at[1]) + "x",
            path.substring(at[0], at[1]).toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    String replacement = replacements.get(random.nextInt(replacements.size()));
    return path.substring(0, at[0]) + replacement + path.substring(at[1]);
  }

  /** Percent-encodes everything but unreserved characters, so the path stays one segment. */
  static String encode(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return encoded.isEmpty() ? "%20" : encoded.toString();
  }
}
