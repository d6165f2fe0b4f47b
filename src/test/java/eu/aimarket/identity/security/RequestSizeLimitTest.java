package eu.aimarket.identity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.identity.security.AuthorizationMatrixTest.Caller;
import eu.aimarket.identity.security.Tenants.Tenant;
import eu.aimarket.testsupport.BearerTokenProfile;
import eu.aimarket.testsupport.DatabaseFingerprint;
import eu.aimarket.testsupport.RawHttp;
import eu.aimarket.testsupport.RawHttp.Answer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.config.SmallRyeConfig;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request body larger than the configured limit is refused with a 413 that says so: problem+json
 * for the API, an error page for a form, without writing anything. (A body streamed in chunks
 * without a length is cut off by the platform's own reader with a bare 413, and the connection is
 * closed at once, sometimes before the client reads the answer; that case is not covered here.)
 */
@QuarkusTest
@TestProfile(BearerTokenProfile.class)
class RequestSizeLimitTest {

  @Inject Tenants tenants;
  @Inject DatabaseFingerprint database;

  @TestHTTPResource("/")
  URI base;

  private static Tenant home;
  private Tenants.Callers callers;

  @BeforeEach
  void organisation() {
    if (home == null) {
      home = tenants.create("size");
    }
    callers = tenants.callers(home);
  }

  static long limit() {
    return ConfigProvider.getConfig()
        .unwrap(SmallRyeConfig.class)
        .getValue(
            "quarkus.http.limits.max-body-size", io.quarkus.runtime.configuration.MemorySize.class)
        .asLongValue();
  }

  /** A JSON object of {@code size} bytes: one long name. */
  private static byte[] oversizedJson(long size) {
    byte[] body = new byte[(int) size];
    Arrays.fill(body, (byte) 'a');
    byte[] start = "{\"name\":\"".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(start, 0, body, 0, start.length);
    body[body.length - 2] = '"';
    body[body.length - 1] = '}';
    return body;
  }

  @Test
  void anApiBodyOverTheLimitGetsA413Problem() {
    Map<String, String> before = database.take();
    Answer answer =
        new RawHttp(base)
            .send(
                "POST",
                "/api/v1/offerings",
                Map.of(
                    "Authorization",
                    "Bearer " + tenants.token(Caller.SUPPLIER, callers),
                    "Accept",
                    "application/json"),
                "application/json",
                oversizedJson(limit() + 1));
    assertNull(answer.whyNotAProblem(status -> status == 413), answer.toString());
    assertTrue(answer.body().contains("at most"), answer.body());
    assertEquals(before, database.take());
  }

  @Test
  void aFormOverTheLimitGetsA413Page() throws Exception {
    Map<String, String> before = database.take();
    Tenants.Csrf csrf = tenants.csrf();
    byte[] fields =
        ("csrf-token=" + csrf.field() + "&legalName=" + "x".repeat((int) limit()))
            .getBytes(StandardCharsets.US_ASCII);
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/supplier/onboarding/organisation"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + tenants.token(Caller.SUPPLIER, callers))
            .header("Accept", "text/html")
            .header("Cookie", "csrf-token=" + csrf.cookie())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofByteArray(fields))
            .build();
    HttpResponse<String> response = send(request);
    assertEquals(413, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        response.headers().toString());
    assertTrue(response.body().contains("too large"), response.body());
    assertEquals(before, database.take());
  }

  private static HttpResponse<String> send(HttpRequest request)
      throws IOException, InterruptedException {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(request, HttpResponse.BodyHandlers.ofString());
  }
}
