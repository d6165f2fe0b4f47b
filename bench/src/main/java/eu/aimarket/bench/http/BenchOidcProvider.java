package eu.aimarket.bench.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A minimal OIDC provider for the HTTP benchmarks: it publishes a discovery document and the JWKS
 * of a key pair made at start, and signs RS256 access tokens with that key. The packaged
 * application validates these tokens exactly as it validates Keycloak's in production (issuer,
 * audience, signature, expiry); only its OIDC settings point here. Nothing else of a provider is
 * served: the benchmarks call the API with bearer tokens and never sign in through a browser.
 */
final class BenchOidcProvider implements AutoCloseable {

  /** The audience production requires of every token: the web client's id. */
  static final String CLIENT_ID = "ai-marketplace-web";

  private static final String KEY_ID = "bench";
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final HttpServer server;
  private final KeyPair keys;
  private final String issuer;

  private BenchOidcProvider(HttpServer server, KeyPair keys, String issuer) {
    this.server = server;
    this.keys = keys;
    this.issuer = issuer;
  }

  /** Starts the provider on a free port of the loopback interface. */
  static BenchOidcProvider start() throws IOException, GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/bench";
    BenchOidcProvider provider = new BenchOidcProvider(server, keys, issuer);
    server.createContext(
        "/realms/bench/.well-known/openid-configuration",
        exchange -> provider.json(exchange, provider.discovery()));
    server.createContext(
        "/realms/bench/protocol/openid-connect/certs",
        exchange -> provider.json(exchange, provider.jwks()));
    server.start();
    return provider;
  }

  /** What the application's {@code quarkus.oidc.auth-server-url} names. */
  String issuer() {
    return issuer;
  }

  /** A signed access token for {@code subject} with the given realm roles, valid for a day. */
  String token(String subject, Set<String> roles) {
    long now = Instant.now().getEpochSecond();
    String roleList =
        roles.stream().map(role -> '"' + role + '"').collect(Collectors.joining(",", "[", "]"));
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}";
    String claims =
        "{\"iss\":\""
            + issuer
            + "\",\"aud\":\""
            + CLIENT_ID
            + "\",\"azp\":\""
            + CLIENT_ID
            + "\",\"sub\":\""
            + subject
            + "\",\"preferred_username\":\""
            + subject
            + "\",\"groups\":"
            + roleList
            + ",\"realm_access\":{\"roles\":"
            + roleList
            + "},\"iat\":"
            + now
            + ",\"exp\":"
            + (now + 86_400)
            + "}";
    String signingInput = encode(header) + "." + encode(claims);
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(keys.getPrivate());
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + BASE64URL.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign a token with the provider's own key", e);
    }
  }

  private String discovery() {
    String base = issuer + "/protocol/openid-connect";
    return "{\"issuer\":\""
        + issuer
        + "\",\"jwks_uri\":\""
        + base
        + "/certs\",\"authorization_endpoint\":\""
        + base
        + "/auth\",\"token_endpoint\":\""
        + base
        + "/token\",\"userinfo_endpoint\":\""
        + base
        + "/userinfo\",\"end_session_endpoint\":\""
        + base
        + "/logout\",\"response_types_supported\":[\"code\"],"
        + "\"subject_types_supported\":[\"public\"],"
        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
  }

  private String jwks() {
    RSAPublicKey key = (RSAPublicKey) keys.getPublic();
    return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\""
        + KEY_ID
        + "\",\"n\":\""
        + unsigned(key.getModulus())
        + "\",\"e\":\""
        + unsigned(key.getPublicExponent())
        + "\"}]}";
  }

  private void json(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** JWK integers are unsigned big-endian: BigInteger's sign byte must go. */
  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return BASE64URL.encodeToString(bytes);
  }

  private static String encode(String json) {
    return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
