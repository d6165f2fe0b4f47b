package eu.aimarket.identity.security;

import static io.restassured.RestAssured.given;

import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.Filter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request that {@link MatrixRequests} would send for an operation, recorded instead of sent
 * (whatever objects it needs are made, through the API, before it is recorded): the starting point
 * that the bad-input batteries mutate.
 */
record CapturedRequest(
    String method,
    String path,
    String query,
    String contentType,
    String body,
    Map<String, String> formFields) {

  String pathAndQuery() {
    return query == null ? path : path + "?" + query;
  }

  static CapturedRequest of(String key, MatrixRequests.Target target) {
    MatrixRequests.Request request = MatrixRequests.ALL.get(key);
    if (request == null) {
      throw new AssertionError(key + " has no request in MatrixRequests to start from");
    }
    CapturedRequest[] captured = new CapturedRequest[1];
    Filter recorder =
        (spec, response, context) -> {
          URI uri = URI.create(spec.getURI());
          Object body = spec.getBody();
          captured[0] =
              new CapturedRequest(
                  spec.getMethod(),
                  uri.getRawPath(),
                  uri.getRawQuery(),
                  spec.getContentType(),
                  body == null ? null : body.toString(),
                  new LinkedHashMap<>(spec.getFormParams()));
          return new ResponseBuilder()
              .setStatusCode(200)
              .setStatusLine("HTTP/1.1 200 OK")
              .setBody("")
              .build();
        };
    request.send(given().filter(recorder), target);
    if (captured[0] == null) {
      throw new AssertionError(key + ": MatrixRequests sent nothing");
    }
    return captured[0];
  }
}
