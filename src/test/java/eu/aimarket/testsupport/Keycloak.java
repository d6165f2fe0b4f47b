package eu.aimarket.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the integration tests do with the Keycloak that {@link KeycloakServer} runs: get tokens as a
 * person or a procurement system would, and set up what only a test needs (a client that may use
 * the password grant, a client with short-lived tokens) through the admin API, never in the realm
 * file that production imports.
 */
public final class Keycloak {

  public static final String REALM = "marketplace";
  public static final String WEB_CLIENT = "ai-marketplace-web";
  public static final String PROCUREMENT_CLIENT = "procurement-demo";
  public static final String PROCUREMENT_SECRET = "local-only-procurement-secret-change-me";
  static final String BOOTSTRAP_ADMIN = "bootstrap-admin";
  static final String BOOTSTRAP_PASSWORD = "bootstrap-password-for-tests";
  private static final String TEST_CLIENT = "integration-tests";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static volatile String baseUrl;
  private static volatile String webClientSecret;
  private static volatile boolean testClientCreated;

  private Keycloak() {}

  static void started(String url, String secret) {
    baseUrl = url;
    webClientSecret = secret;
    testClientCreated = false;
  }

  static void stopped() {
    baseUrl = null;
  }

  public static String baseUrl() {
    if (baseUrl == null) {
      throw new IllegalStateException("Keycloak is not running; list KeycloakServer as a resource");
    }
    return baseUrl;
  }

  public static String realmUrl() {
    return realmUrl(REALM);
  }

  public static String realmUrl(String realm) {
    return baseUrl() + "/realms/" + realm;
  }

  public static String webClientSecret() {
    return webClientSecret;
  }

  /** A procurement system's token: the client-credentials grant. */
  public static String clientCredentialsToken(String realm, String clientId, String secret) {
    return token(
        realm,
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  /** A person's access token, through a test-only client that may use the password grant. */
  public static String passwordToken(String username, String password) {
    ensureTestClient();
    return token(
        REALM,
        Map.of(
            "grant_type", "password",
            "client_id", TEST_CLIENT,
            "username", username,
            "password", password,
            "scope", "openid"));
  }

  /** The claims of a JWT, unverified: what the test needs to know of a token it was given. */
  public static JsonNode claims(String jwt) {
    String[] parts = jwt.split("\\.");
    try {
      return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates a confidential client with a service account in the marketplace realm and returns its
   * secret. {@code forMarketplace} adds the marketplace to its tokens' audience.
   */
  public static String createServiceClient(
      String clientId, boolean forMarketplace, Map<String, String> attributes) {
    String secret = UUID.randomUUID().toString();
    ObjectNode client = JSON.createObjectNode();
    client.put("clientId", clientId);
    client.put("enabled", true);
    client.put("publicClient", false);
    client.put("secret", secret);
    client.put("standardFlowEnabled", false);
    client.put("serviceAccountsEnabled", true);
    client.set("attributes", JSON.valueToTree(attributes));
    if (forMarketplace) {
      client.set("protocolMappers", JSON.createArrayNode().add(audienceMapper()));
    }
    admin("POST", "/clients", client);
    return secret;
  }

  /** A user of the marketplace realm by e-mail address, or null. */
  public static JsonNode userByEmail(String email) {
    JsonNode users =
        admin(
            "GET",
            "/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
            null);
    return users.isEmpty() ? null : users.get(0);
  }

  /** What an invited person does on first sign-in: choose a password. */
  public static void completeFirstSignIn(String userId, String password) {
    ObjectNode credential = JSON.createObjectNode();
    credential.put("type", "password");
    credential.put("value", password);
    credential.put("temporary", false);
    admin("PUT", "/users/" + userId + "/reset-password", credential);
    ObjectNode user = JSON.createObjectNode();
    user.set("requiredActions", JSON.createArrayNode());
    user.put("emailVerified", true);
    admin("PUT", "/users/" + userId, user);
  }

  private static synchronized void ensureTestClient() {
    if (testClientCreated) {
      return;
    }
    ObjectNode client = JSON.createObjectNode();
    client.put("clientId", TEST_CLIENT);
    client.put("enabled", true);
    client.put("publicClient", true);
    client.put("standardFlowEnabled", false);
    client.put("directAccessGrantsEnabled", true);
    client.set("protocolMappers", JSON.createArrayNode().add(audienceMapper()));
    admin("POST", "/clients", client);
    testClientCreated = true;
  }

  private static ObjectNode audienceMapper() {
    ObjectNode mapper = JSON.createObjectNode();
    mapper.put("name", "marketplace audience");
    mapper.put("protocol", "openid-connect");
    mapper.put("protocolMapper", "oidc-audience-mapper");
    ObjectNode config = mapper.putObject("config");
    config.put("included.client.audience", WEB_CLIENT);
    config.put("access.token.claim", "true");
    config.put("id.token.claim", "false");
    return mapper;
  }

  private static JsonNode admin(String method, String path, JsonNode body) {
    String adminToken =
        token(
            "master",
            Map.of(
                "grant_type",
                "password",
                "client_id",
                "admin-cli",
                "username",
                BOOTSTRAP_ADMIN,
                "password",
                BOOTSTRAP_PASSWORD));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + REALM + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + adminToken)
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.toString()));
    HttpResponse<String> response = send(request.build());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          "Keycloak admin "
              + method
              + " "
              + path
              + ": HTTP "
              + response.statusCode()
              + " "
              + response.body());
    }
    try {
      return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String token(String realm, Map<String, String> form) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(realmUrl(realm) + "/protocol/openid-connect/token"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
            .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "No token from realm "
              + realm
              + ": HTTP "
              + response.statusCode()
              + " "
              + response.body());
    }
    try {
      return JSON.readTree(response.body()).get("access_token").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String formBody(Map<String, String> form) {
    return new LinkedHashMap<>(form)
        .entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Names unique to one test run, for accounts and clients the tests create. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
