package eu.aimarket.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Sends request bodies byte for byte (RestAssured re-encodes text, so it cannot send bytes that are
 * not UTF-8) and checks that a refusal is a 4xx answer with a readable problem+json body.
 */
public final class RawHttp {

  /** An answer: its status, content type and body; or the failure to get one. */
  public record Answer(int status, String contentType, String body, IOException failure) {

    /**
     * Why this answer is not the 4xx problem+json a bad request must get; null when it is.
     *
     * @param refusals the statuses that may answer this kind of bad request
     */
    public String whyNotAProblem(java.util.function.IntPredicate refusals) {
      if (failure != null) {
        return "no answer: " + failure;
      }
      if (status < 400 || status >= 500 || !refusals.test(status)) {
        return "status " + status + ": " + shorten(body);
      }
      if (contentType == null || !contentType.startsWith("application/problem+json")) {
        return "status " + status + " with content type " + contentType + ": " + shorten(body);
      }
      try {
        JsonNode problem = JSON.readTree(body);
        if (problem == null
            || !problem.isObject()
            || problem.path("status").asInt() != status
            || problem.path("title").asText().isBlank()
            || problem.path("type").asText().isBlank()) {
          return "status " + status + " with an incomplete problem: " + shorten(body);
        }
      } catch (IOException e) {
        return "status " + status + " with a problem body that is not JSON: " + shorten(body);
      }
      return null;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI base;

  public RawHttp(URI base) {
    this.base = base;
  }

  public Answer send(
      String method,
      String pathAndQuery,
      Map<String, String> headers,
      String contentType,
      byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(pathAndQuery))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          new String(response.body(), StandardCharsets.UTF_8),
          null);
    } catch (IOException e) {
      return new Answer(0, null, "", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String shorten(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
