package eu.aimarket.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the OIDC provider answers with its discovery document: without it no one can
 * sign in and tokens with unknown keys cannot be checked. The answer says why when it is down.
 */
@Readiness
@ApplicationScoped
public class OidcProviderReadiness implements HealthCheck {

  static final String NAME = "OIDC provider";

  private final boolean enabled;
  private final Optional<String> authServerUrl;
  private final Duration timeout;
  private final HttpClient http;

  OidcProviderReadiness(
      @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean enabled,
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl,
      SecurityConfig config) {
    this.enabled = enabled;
    this.authServerUrl = authServerUrl.map(url -> url.replaceAll("/+$", ""));
    this.timeout = config.oidcHealthTimeout();
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
    if (!enabled || authServerUrl.isEmpty()) {
      return response.up().withData("provider", "not configured").build();
    }
    String discovery = authServerUrl.get() + "/.well-known/openid-configuration";
    response.withData("provider", authServerUrl.get());
    try {
      HttpResponse<Void> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(discovery)).timeout(timeout).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      if (answer.statusCode() == 200) {
        return response.up().build();
      }
      return response
          .down()
          .withData("error", "the discovery document answered HTTP " + answer.statusCode())
          .build();
    } catch (IOException e) {
      return response.down().withData("error", "unreachable: " + describe(e)).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().withData("error", "interrupted").build();
    } catch (IllegalArgumentException e) {
      return response.down().withData("error", "not a valid address: " + discovery).build();
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    Throwable cause = e;
    while ((message == null || message.isBlank()) && cause.getCause() != null) {
      cause = cause.getCause();
      message = cause.getMessage();
    }
    return cause.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
  }
}
