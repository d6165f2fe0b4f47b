package eu.aimarket.identity.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.identity.security.AuthorizationMatrixTest.Caller;
import eu.aimarket.identity.security.AuthorizationMatrixTest.Expectation;
import eu.aimarket.identity.security.Tenants.Csrf;
import eu.aimarket.identity.security.Tenants.Tenant;
import eu.aimarket.testsupport.BearerTokenProfile;
import eu.aimarket.testsupport.DatabaseFingerprint;
import eu.aimarket.testsupport.Endpoints;
import eu.aimarket.testsupport.Endpoints.Operation;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form of the site (each page operation that is not a GET, found in the page resources) is
 * refused without its CSRF token, with a wrong one, or with the field but not the cookie: an error
 * page says so and nothing is written. With the right token the same request is accepted, as the
 * authorisation matrix says.
 */
@QuarkusTest
@TestProfile(BearerTokenProfile.class)
class CsrfTest {

  private static final List<Caller> PEOPLE = List.of(Caller.BUYER, Caller.SUPPLIER, Caller.ADMIN);

  @Inject Tenants tenants;
  @Inject DatabaseFingerprint database;

  private static Tenant home;

  static Stream<String> forms() {
    return Endpoints.all().stream()
        .filter(o -> o.page() && !o.method().equals("GET"))
        .map(Operation::key);
  }

  @ParameterizedTest
  @MethodSource("forms")
  void aFormIsRefusedWithoutItsTokenAndAcceptedWithIt(String key) {
    if (home == null) {
      home = tenants.create("csrf");
    }
    Tenants.Callers callers = tenants.callers(home);
    Expectation expected = AuthorizationMatrixTest.expectations().get(key);
    Caller caller =
        PEOPLE.stream()
            .filter(c -> reached(expected.cells().get(c)[0]))
            .findFirst()
            .orElseThrow(() -> new AssertionError(key + ": no person may send this form"));
    MatrixRequests.Request request = MatrixRequests.ALL.get(key);
    Csrf right = tenants.csrf();
    Map<String, UnaryOperator<RequestSpecification>> refused =
        Map.of(
            "without a token",
            spec -> spec,
            "with a wrong token",
            spec ->
                spec.cookie(Csrf.NAME, right.cookie())
                    .formParam(Csrf.NAME, right.field().substring(1) + "x"),
            "with the field but not the cookie",
            spec -> spec.formParam(Csrf.NAME, right.field()));
    for (var attempt : refused.entrySet()) {
      RequestSpecification spec =
          attempt
              .getValue()
              .apply(as(caller, callers))
              .contentType("application/x-www-form-urlencoded")
              .filter(database.unchanged(key + " " + attempt.getKey()));
      Response response = request.send(spec, new MatrixRequests.Target(home, tenants));
      assertEquals(400, response.statusCode(), key + " " + attempt.getKey());
      assertTrue(
          response.contentType().startsWith("text/html"), key + " answers with an error page");
      String page = response.asString();
      assertTrue(page.contains("The form was not accepted"), key + " says why: " + page);
      assertFalse(page.contains("Exception"), key + " shows no stack trace");
    }
    RequestSpecification accepted =
        as(caller, callers).cookie(Csrf.NAME, right.cookie()).formParam(Csrf.NAME, right.field());
    Response response = request.send(accepted, new MatrixRequests.Target(home, tenants));
    assertEquals(
        expected.cells().get(caller)[0],
        response.statusCode(),
        key + " with the right token, as " + caller);
  }

  /** The request got past authorisation: it was done, or refused for the draft's state. */
  private static boolean reached(int status) {
    return status < 400 || status == 409;
  }

  private RequestSpecification as(Caller caller, Tenants.Callers callers) {
    return given()
        .redirects()
        .follow(false)
        .accept("text/html")
        .auth()
        .oauth2(tenants.token(caller, callers));
  }
}
