package eu.aimarket.identity.security;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.aimarket.identity.security.AuthorizationMatrixTest.Caller;
import eu.aimarket.identity.security.Tenants.Tenant;
import eu.aimarket.testsupport.BearerTokenProfile;
import eu.aimarket.testsupport.HostileText;
import eu.aimarket.testsupport.RawHttp;
import eu.aimarket.testsupport.RawHttp.Answer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile text that is valid input (SQL and template injection, markup, right-to-left overrides,
 * characters outside the Basic Multilingual Plane) in the free-text fields of an offering and a
 * requirement is stored and given back exactly as sent: nothing interprets it, nothing mangles it.
 * Text PostgreSQL cannot store (a NUL character) is refused as bad input, never a 500.
 */
@QuarkusTest
@TestProfile(BearerTokenProfile.class)
class HostileTextRoundTripTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject Tenants tenants;

  @TestHTTPResource("/")
  URI base;

  @Test
  void injectionTextInFreeTextFieldsIsStoredAndReturnedUnchanged() throws Exception {
    Tenant home = tenants.create("round-trip");
    Tenants.Callers callers = tenants.callers(home);
    RawHttp http = new RawHttp(base);
    List<String> failures = new ArrayList<>();
    Map<String, String[]> operations =
        Map.of(
            "POST /api/v1/offerings", new String[] {"name", "description"},
            "POST /api/v1/requirements", new String[] {"title", "description"});
    for (var operation : operations.entrySet()) {
      CapturedRequest valid =
          CapturedRequest.of(operation.getKey(), new MatrixRequests.Target(home, tenants));
      Caller caller = operation.getKey().contains("offerings") ? Caller.SUPPLIER : Caller.BUYER;
      Map<String, String> headers =
          Map.of(
              "Authorization",
              "Bearer " + tenants.token(caller, callers),
              "Accept",
              "application/json");
      int number = 0;
      for (String payload : HostileText.PAYLOADS) {
        number++;
        ObjectNode body = (ObjectNode) JSON.readTree(valid.body());
        String first = payload + " #" + number;
        String second = "Second: " + payload + "\n" + payload;
        body.put(operation.getValue()[0], first);
        body.put(operation.getValue()[1], second);
        Answer created =
            http.send(
                "POST", valid.path(), headers, "application/json", JSON.writeValueAsBytes(body));
        if (created.status() != 201) {
          failures.add(
              operation.getKey()
                  + " with "
                  + payload
                  + ": "
                  + created.status()
                  + " "
                  + created.body());
          continue;
        }
        String id = JSON.readTree(created.body()).path("id").asText();
        Answer read = http.send("GET", valid.path() + "/" + id, headers, null, null);
        JsonNode stored = JSON.readTree(read.body());
        if (!first.equals(stored.path(operation.getValue()[0]).asText())
            || !second.equals(stored.path(operation.getValue()[1]).asText())) {
          failures.add(operation.getKey() + " changed " + payload + " into " + read.body());
        }
      }
      ObjectNode withNul = (ObjectNode) JSON.readTree(valid.body());
      withNul.put(operation.getValue()[1], "before\u0000after");
      Answer nul =
          http.send(
              "POST",
              valid.path(),
              headers,
              "application/json",
              JSON.writeValueAsString(withNul).getBytes(StandardCharsets.UTF_8));
      String why = nul.whyNotAProblem(status -> status == 400);
      if (why != null) {
        failures.add(operation.getKey() + " with a NUL character: " + why);
      }
    }
    if (!failures.isEmpty()) {
      fail("Hostile but valid text not kept as sent:\n  " + String.join("\n  ", failures));
    }
  }
}
