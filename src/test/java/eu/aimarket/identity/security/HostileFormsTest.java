package eu.aimarket.identity.security;

import static org.junit.jupiter.api.Assertions.fail;

import eu.aimarket.identity.security.AuthorizationMatrixTest.Caller;
import eu.aimarket.identity.security.AuthorizationMatrixTest.Expectation;
import eu.aimarket.identity.security.Tenants.Csrf;
import eu.aimarket.identity.security.Tenants.Tenant;
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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every form of the site (found in the page resources, as {@link CsrfTest} finds them) gets
 * generated bad input with a valid CSRF token. Invalid values (a number that is none, a choice that
 * is not offered, an identifier or date that is none, broken percent-encoding, an identifier in the
 * path that names nothing) must get the form again with its messages, or an error page: never a
 * success, never a 5xx, and nothing written. Hostile but possibly valid values (injection text in
 * free-text fields) may be accepted, but never answered with a 5xx. Seeds as in {@link
 * HostileApiRequestsTest}.
 */
@QuarkusTest
@TestProfile(BearerTokenProfile.class)
class HostileFormsTest {

  static final int INVALID_TRIES = Integer.getInteger("badinput.form-tries", 1000);
  static final int HOSTILE_TRIES = INVALID_TRIES / 5;

  private static final List<Caller> PEOPLE = List.of(Caller.BUYER, Caller.SUPPLIER, Caller.ADMIN);
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern CHOICE = Pattern.compile("[A-Z][A-Z_]+");
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
  private static final int SHOWN_PER_FORM = 4;

  @Inject Tenants tenants;
  @Inject DatabaseFingerprint database;

  @TestHTTPResource("/")
  URI base;

  /** One bad form post: what is wrong, its path and its encoded body. */
  record Post(String defect, String path, String body) {}

  @Test
  void everyFormRefusesInvalidValuesWithItsMessagesAndSurvivesHostileOnes() {
    Map<String, Expectation> matrix = AuthorizationMatrixTest.expectations();
    Tenant home = tenants.create("hostile-forms");
    RawHttp http = new RawHttp(base);
    List<String> failures = new ArrayList<>();
    Map<String, String> covered = new TreeMap<>();
    long started = System.nanoTime();
    for (Operation operation : Endpoints.all()) {
      if (!operation.page() || operation.method().equals("GET")) {
        continue;
      }
      String key = operation.key();
      Expectation expected = matrix.get(key);
      Caller caller =
          expected == null
              ? null
              : PEOPLE.stream()
                  .filter(c -> expected.cells().get(c)[0] < 400)
                  .findFirst()
                  .or(
                      () ->
                          PEOPLE.stream()
                              .filter(c -> expected.cells().get(c)[0] == 409)
                              .findFirst())
                  .orElse(null);
      if (caller == null || !MatrixRequests.ALL.containsKey(key)) {
        failures.add(key + ": no person may send it, or no request in MatrixRequests to mutate");
        continue;
      }
      Tenants.Callers callers = tenants.callers(home);
      Csrf csrf = tenants.csrf();
      Map<String, String> headers =
          Map.of(
              "Authorization", "Bearer " + tenants.token(caller, callers),
              "Accept", "text/html",
              "Cookie", Csrf.NAME + "=" + csrf.cookie());
      CapturedRequest valid = CapturedRequest.of(key, new MatrixRequests.Target(home, tenants));
      Map<String, String> fields = new LinkedHashMap<>(valid.formFields());
      fields.remove(Csrf.NAME);
      Map<Integer, Integer> statuses = new TreeMap<>();
      List<String> mine = new ArrayList<>();
      Map<String, String> before = database.take();
      for (int attempt = 0; attempt < INVALID_TRIES; attempt++) {
        long seed = HostileApiRequestsTest.seed(key, attempt);
        Post post = invalid(new Random(seed), valid.path(), fields, csrf);
        Answer answer = send(http, post, headers);
        statuses.merge(answer.status(), 1, Integer::sum);
        String why = whyNotRefused(answer);
        if (why != null) {
          mine.add(key + " try " + attempt + " (seed " + seed + "), " + post.defect() + ": " + why);
        }
      }
      Map<String, String> after = database.take();
      List<String> changed =
          before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
      if (!changed.isEmpty()) {
        mine.add(key + ": invalid posts changed the tables " + changed + "; statuses " + statuses);
      }
      for (int attempt = 0; attempt < HOSTILE_TRIES; attempt++) {
        long seed = HostileApiRequestsTest.seed(key, -1 - attempt);
        Post post = hostile(new Random(seed), valid.path(), fields, csrf);
        Answer answer = send(http, post, headers);
        statuses.merge(answer.status(), 1, Integer::sum);
        if (answer.failure() != null || answer.status() >= 500) {
          mine.add(
              key
                  + " hostile try "
                  + attempt
                  + " (seed "
                  + seed
                  + "), "
                  + post.defect()
                  + ": "
                  + (answer.failure() != null ? answer.failure() : answer.status()));
        }
      }
      covered.put(key, "as " + caller + ", statuses " + statuses);
      if (mine.size() > SHOWN_PER_FORM) {
        int more = mine.size() - SHOWN_PER_FORM;
        mine = new ArrayList<>(mine.subList(0, SHOWN_PER_FORM));
        mine.add(key + ": and " + more + " more");
      }
      failures.addAll(mine);
    }
    System.out.printf(
        "Bad form input: %d forms, %d invalid and %d hostile posts each, %.1f s%n  %s%n",
        covered.size(),
        INVALID_TRIES,
        HOSTILE_TRIES,
        (System.nanoTime() - started) / 1e9,
        String.join(
            "\n  ",
            covered.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
    if (!failures.isEmpty()) {
      fail(
          "Form posts not refused with the form's messages or an error page:\n  "
              + String.join("\n  ", failures));
    }
  }

  private static Answer send(RawHttp http, Post post, Map<String, String> headers) {
    return http.send(
        "POST",
        post.path(),
        headers,
        "application/x-www-form-urlencoded",
        post.body().getBytes(StandardCharsets.US_ASCII));
  }

  /** Null when the answer is the form with its messages, or an error page. */
  private static String whyNotRefused(Answer answer) {
    if (answer.failure() != null) {
      return "no answer: " + answer.failure();
    }
    int status = answer.status();
    String type = answer.contentType() == null ? "" : answer.contentType();
    if (status < 200 || status >= 500 || (status >= 300 && status < 400)) {
      return "status " + status + " " + type;
    }
    if (!type.startsWith("text/html")) {
      return "status " + status + " answered with " + type;
    }
    if (status == 200 && !answer.body().contains("role=\"alert\"")) {
      return "status 200 without a message";
    }
    return null;
  }

  /** The valid fields with one value made invalid; or a path naming nothing; or broken encoding. */
  static Post invalid(Random random, String path, Map<String, String> fields, Csrf csrf) {
    Map<String, String> values = new LinkedHashMap<>(fields);
    List<String> checked =
        values.entrySet().stream()
            .filter(
                e ->
                    NUMBER.matcher(e.getValue()).matches()
                        || CHOICE.matcher(e.getValue()).matches()
                        || ID.matcher(e.getValue()).matches()
                        || DATE.matcher(e.getValue()).matches())
            .map(Map.Entry::getKey)
            .toList();
    boolean idInPath = ID.matcher(path).find();
    int kind = random.nextInt(checked.isEmpty() ? 2 : 4);
    if (kind >= 2) {
      String name = checked.get(random.nextInt(checked.size()));
      String value = values.get(name);
      String wrong;
      if (NUMBER.matcher(value).matches()) {
        // a decimal comma (1,5) is the reader's notation and a blank optional number is none:
        // neither is bad input
        wrong =
            pick(
                random,
                List.of("abc", "12abc", "NaN", "--1", "1..5", "9".repeat(40), "1e999", "0x10"));
      } else if (CHOICE.matcher(value).matches()) {
        wrong =
            pick(
                random,
                List.of(
                    "UNKNOWN_CHOICE", value + "_X", HostileText.any(random, 30), "' OR '1'='1"));
      } else if (ID.matcher(value).matches()) {
        wrong = pick(random, List.of("not-a-uuid", value + "0", "' OR '1'='1", "{id}"));
      } else {
        wrong = pick(random, List.of("2024-02-30", "yesterday", "31.12.2024", "9999-99-99T99:99"));
      }
      noise(random, values);
      values.put(name, wrong);
      return new Post(name + " = '" + wrong + "'", path, encode(values, csrf));
    }
    if (kind == 1 && idInPath) {
      noise(random, values);
      String hostilePath = HostileApiRequestsTest.hostilePath(random, path);
      return new Post("path " + hostilePath, hostilePath, encode(values, csrf));
    }
    // Percent-encoding that decodes to nothing: a lone %, a non-hex escape.
    String broken = pick(random, List.of("%", "%Z", "%ZZ", "%4", "%%41"));
    String name = values.isEmpty() ? "note" : pick(random, new ArrayList<>(values.keySet()));
    values.remove(name);
    return new Post(
        "broken escape '" + broken + "' in " + name,
        path,
        encode(values, csrf) + "&" + name + "=" + broken);
  }

  /** The valid fields with hostile text in some of them (or added), possibly still valid. */
  static Post hostile(Random random, String path, Map<String, String> fields, Csrf csrf) {
    Map<String, String> values = new LinkedHashMap<>(fields);
    noise(random, values);
    values.put(HostileText.any(random, 20), HostileText.any(random, 60));
    String body = encode(values, csrf);
    if (random.nextBoolean()) {
      // bytes that are not UTF-8, percent-encoded
      byte[] invalid =
          HostileText.INVALID_UTF8.get(random.nextInt(HostileText.INVALID_UTF8.size()));
      StringBuilder escaped = new StringBuilder();
      for (byte b : invalid) {
        escaped.append('%').append(String.format("%02X", b & 0xFF));
      }
      String name = values.isEmpty() ? "note" : pick(random, new ArrayList<>(values.keySet()));
      body += "&" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + escaped;
      return new Post("not UTF-8 in " + name, path, body);
    }
    return new Post("hostile text", path, body);
  }

  private static void noise(Random random, Map<String, String> values) {
    List<String> free =
        values.entrySet().stream()
            .filter(
                e ->
                    !NUMBER.matcher(e.getValue()).matches()
                        && !CHOICE.matcher(e.getValue()).matches()
                        && !ID.matcher(e.getValue()).matches()
                        && !DATE.matcher(e.getValue()).matches())
            .map(Map.Entry::getKey)
            .toList();
    if (!free.isEmpty() && random.nextBoolean()) {
      values.put(pick(random, free), HostileText.any(random, 120));
    }
  }

  private static String encode(Map<String, String> values, Csrf csrf) {
    StringBuilder body =
        new StringBuilder(
            Csrf.NAME + "=" + URLEncoder.encode(csrf.field(), StandardCharsets.UTF_8));
    values.forEach(
        (name, value) ->
            body.append('&')
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return body.toString();
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
