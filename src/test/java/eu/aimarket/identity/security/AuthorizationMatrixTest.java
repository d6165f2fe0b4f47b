package eu.aimarket.identity.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.aimarket.identity.security.Tenants.Tenant;
import eu.aimarket.testsupport.BearerTokenProfile;
import eu.aimarket.testsupport.Endpoints;
import eu.aimarket.testsupport.Endpoints.Operation;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix: every operation the application serves (found in its resource classes)
 * called by each kind of caller, on an object of the caller's own organisation and on one of
 * another organisation, compared with {@code authz/authorization-matrix.txt}. An operation without
 * a line there fails the test, which prints the line to add after checking it. Whatever the status,
 * no answer may show a caller another organisation's private data.
 */
@QuarkusTest
@TestProfile(BearerTokenProfile.class)
class AuthorizationMatrixTest {

  static final String MATRIX = "/authz/authorization-matrix.txt";

  /** Who calls. Buyer, supplier and service account belong to the home organisation. */
  enum Caller {
    ANONYMOUS,
    BUYER,
    SUPPLIER,
    ADMIN,
    SERVICE
  }

  /** Whether rows may let a non-admin reach another organisation's object ("tenant": never). */
  enum Kind {
    TENANT,
    OPEN
  }

  record Expectation(Kind kind, Operation operation, Map<Caller, int[]> cells) {}

  @Inject Tenants tenants;

  @Test
  void everyOperationHasALineInTheMatrixAndARequestThatExercisesIt() {
    Map<String, Expectation> expected = expectations();
    Set<String> served = new TreeSet<>();
    List<String> missing = new ArrayList<>();
    for (Operation operation : Endpoints.all()) {
      served.add(operation.key());
      if (!expected.containsKey(operation.key())) {
        missing.add(operation.key());
      }
    }
    List<String> stale = expected.keySet().stream().filter(k -> !served.contains(k)).toList();
    List<String> withoutRequest =
        served.stream().filter(k -> !MatrixRequests.ALL.containsKey(k)).toList();
    StringBuilder problems = new StringBuilder();
    if (!missing.isEmpty()) {
      problems
          .append("Operations without a line in ")
          .append(MATRIX)
          .append(" (decide who may call them, then add the line; the matrix test prints what")
          .append(" the application answers now):\n  ")
          .append(String.join("\n  ", missing))
          .append('\n');
    }
    if (!stale.isEmpty()) {
      problems
          .append("Lines for operations the application no longer serves:\n  ")
          .append(String.join("\n  ", stale))
          .append('\n');
    }
    if (!withoutRequest.isEmpty()) {
      problems
          .append("Operations MatrixRequests cannot call yet:\n  ")
          .append(String.join("\n  ", withoutRequest))
          .append('\n');
    }
    if (!problems.isEmpty()) {
      fail(problems.toString());
    }
  }

  @Test
  void everyCallerGetsTheExpectedStatusAndNeverAnotherOrganisationsPrivateData() {
    Map<String, Expectation> expected = expectations();
    Tenant home = tenants.create("home");
    Tenant other = tenants.create("other");
    Tenants.Csrf csrf = tenants.csrf();
    List<String> differences = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    for (Operation operation : Endpoints.all()) {
      MatrixRequests.Request request = MatrixRequests.ALL.get(operation.key());
      if (request == null) {
        continue; // reported by the test above
      }
      Tenants.Callers callers = tenants.callers(home);
      Map<Caller, int[]> actual = new LinkedHashMap<>();
      for (Caller caller : Caller.values()) {
        int own = call(operation, request, caller, callers, home, home, other, csrf, leaks);
        int others = call(operation, request, caller, callers, home, other, other, csrf, leaks);
        actual.put(caller, new int[] {own, others});
      }
      Expectation expectation = expected.get(operation.key());
      Kind kind = expectation == null ? Kind.TENANT : expectation.kind();
      String line = line(kind, operation, actual);
      if (expectation == null || !sameCells(expectation.cells(), actual)) {
        differences.add(
            (expectation == null
                    ? "no line; the application answers:\n    "
                    : "expected:\n    "
                        + line(kind, operation, expectation.cells())
                        + "\n  got:\n    ")
                + line);
      }
      if (kind == Kind.TENANT) {
        for (Caller caller : List.of(Caller.BUYER, Caller.SUPPLIER, Caller.SERVICE)) {
          if (actual.get(caller)[1] < 400) {
            rules.add(
                operation.key()
                    + ": "
                    + caller
                    + " reached another organisation's object ("
                    + actual.get(caller)[1]
                    + ")");
          }
        }
      }
    }
    StringBuilder report = new StringBuilder();
    if (!leaks.isEmpty()) {
      report
          .append("Answers showing another organisation's private data:\n  ")
          .append(String.join("\n  ", leaks))
          .append('\n');
    }
    if (!rules.isEmpty()) {
      report
          .append("Tenant operations reached across organisations:\n  ")
          .append(String.join("\n  ", rules))
          .append('\n');
    }
    if (!differences.isEmpty()) {
      report
          .append("Cells that differ from ")
          .append(MATRIX)
          .append(":\n  ")
          .append(String.join("\n  ", differences))
          .append('\n');
    }
    if (!report.isEmpty()) {
      fail(report.toString());
    }
  }

  /**
   * One cell: the request prepared for {@code target}'s objects, sent as {@code caller}. The
   * answer's body must not contain the private marker of an organisation the caller does not belong
   * to (every organisation's, for anonymous callers; none for admins).
   */
  private int call(
      Operation operation,
      MatrixRequests.Request request,
      Caller caller,
      Tenants.Callers callers,
      Tenant home,
      Tenant target,
      Tenant other,
      Tenants.Csrf csrf,
      List<String> leaks) {
    RequestSpecification spec =
        given()
            .redirects()
            .follow(false)
            .accept(operation.page() ? "text/html" : "application/json, text/csv;q=0.9");
    String token = tenants.token(caller, callers);
    if (token != null) {
      spec.auth().oauth2(token);
    }
    if (operation.page() && !operation.method().equals("GET")) {
      spec.cookie(Tenants.Csrf.NAME, csrf.cookie()).formParam(Tenants.Csrf.NAME, csrf.field());
    }
    Response response = request.send(spec, new MatrixRequests.Target(target, tenants));
    String body = response.asString();
    List<Tenant> strangers =
        switch (caller) {
          case ANONYMOUS -> List.of(home, other);
          case ADMIN -> List.of();
          default -> List.of(other);
        };
    for (Tenant stranger : strangers) {
      if (body.contains(stranger.marker())) {
        leaks.add(
            operation.key()
                + " as "
                + caller
                + " on "
                + (target == home ? "own" : "other")
                + " object ("
                + response.statusCode()
                + ") shows private data of "
                + stranger.name());
      }
    }
    return response.statusCode();
  }

  private static boolean sameCells(Map<Caller, int[]> expected, Map<Caller, int[]> actual) {
    for (Caller caller : Caller.values()) {
      if (!java.util.Arrays.equals(expected.get(caller), actual.get(caller))) {
        return false;
      }
    }
    return true;
  }

  static String line(Kind kind, Operation operation, Map<Caller, int[]> cells) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                "%-7s%-7s%-52s",
                kind.name().toLowerCase(java.util.Locale.ROOT),
                operation.method(),
                operation.path()));
    for (Caller caller : Caller.values()) {
      int[] cell = cells.get(caller);
      line.append(String.format(" %-8s", cell[0] + "/" + cell[1]));
    }
    return line.toString().stripTrailing();
  }

  static Map<String, Expectation> expectations() {
    Map<String, Expectation> expectations = new LinkedHashMap<>();
    String text;
    try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream(MATRIX)) {
      if (in == null) {
        throw new IllegalStateException(MATRIX + " is missing");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int number = 0;
    for (String raw : text.split("\n")) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\\s+");
      if (fields.length != 3 + Caller.values().length) {
        throw new IllegalStateException(MATRIX + " line " + number + " has not 8 fields: " + line);
      }
      Map<Caller, int[]> cells = new LinkedHashMap<>();
      for (Caller caller : Caller.values()) {
        String[] pair = fields[3 + caller.ordinal()].split("/");
        cells.put(caller, new int[] {Integer.parseInt(pair[0]), Integer.parseInt(pair[1])});
      }
      Operation operation = new Operation(fields[1], fields[2]);
      Kind kind = Kind.valueOf(fields[0].toUpperCase(java.util.Locale.ROOT));
      if (expectations.put(operation.key(), new Expectation(kind, operation, cells)) != null) {
        throw new IllegalStateException(MATRIX + " has two lines for " + operation.key());
      }
    }
    assertTrue(!expectations.isEmpty(), MATRIX + " has no lines");
    return expectations;
  }
}
