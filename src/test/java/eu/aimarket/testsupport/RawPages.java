package eu.aimarket.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fetches pages as the server sends them (not as a browser rebuilt them), for the HTML checker;
 * keeps cookies, so that a form can be posted with its CSRF token like a browser does.
 */
public final class RawPages {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

  private final String root;
  private final String token;
  private final HttpClient client;

  /**
   * @param root the application's base URL, ending in a slash
   * @param bearerToken sent with every request, or {@code null} for a visitor
   */
  public RawPages(String root, String bearerToken) {
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    this.token = bearerToken;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  /** Posts a form the way the page at {@code pagePath} would, with its CSRF token. */
  public HttpResponse<String> post(String pagePath, String action, Map<String, String> fields) {
    Matcher matcher = CSRF.matcher(get(pagePath).body());
    if (!matcher.find()) {
      throw new AssertionError(pagePath + " has no form with a CSRF token");
    }
    String body =
        fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"))
            + "&csrf-token="
            + encode(matcher.group(1));
    return send(
        request(action)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "text/html");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
