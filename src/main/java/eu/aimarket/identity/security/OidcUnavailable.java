package eu.aimarket.identity.security;

import eu.aimarket.common.Problem;
import eu.aimarket.common.ProblemType;
import io.quarkus.oidc.OIDCException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * When the OIDC provider cannot be reached during authentication outside the REST layer (the
 * sign-in at /login), answers 503 with Retry-After instead of a 500. Inside the REST layer the
 * error mapper does the same.
 *
 * <p>A sign-in that starts while the provider is down would otherwise send the browser to the
 * provider's address, where it finds nothing and shows its own connection error; the sign-in is
 * checked against the provider first and refused here with a page that says what happened.
 */
@ApplicationScoped
public class OidcUnavailable {

  private static final Logger LOG = Logger.getLogger(OidcUnavailable.class);
  static final String RETRY_AFTER_SECONDS = "30";

  private final OidcProviderReadiness provider;

  OidcUnavailable(@Readiness OidcProviderReadiness provider) {
    this.provider = provider;
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
  }

  void register(@Observes Filters filters) {
    filters.register(this::refuseSignInWhileProviderIsDown, RouteOrder.SIGN_IN_AVAILABILITY);
  }

  /** Before authentication: a new sign-in at /login goes to the provider only if it answers. */
  void refuseSignInWhileProviderIsDown(RoutingContext routing) {
    if (!"/login".equals(routing.normalizedPath()) || hasSession(routing)) {
      routing.next();
      return;
    }
    routing
        .vertx()
        .executeBlocking(() -> provider.call().getStatus() == HealthCheckResponse.Status.UP)
        .onComplete(
            answered -> {
              if (answered.succeeded() && answered.result()) {
                routing.next();
              } else {
                LOG.warn("A sign-in was refused: the OIDC provider does not answer");
                respondUnavailable(routing);
              }
            });
  }

  private static boolean hasSession(RoutingContext routing) {
    String cookies = routing.request().getHeader(HttpHeaders.COOKIE);
    return cookies != null && cookies.contains("q_session");
  }

  void handle(RoutingContext routing) {
    if (!causedByOidc(routing.failure()) || routing.response().headWritten()) {
      routing.next();
      return;
    }
    LOG.warnf(
        "Cannot authenticate %s: %s", routing.normalizedPath(), routing.failure().getMessage());
    respondUnavailable(routing);
  }

  private static void respondUnavailable(RoutingContext routing) {
    ProblemType type = ProblemType.UNAVAILABLE;
    String detail = "Sign-in is unavailable at the moment; try again shortly";
    routing
        .response()
        .setStatusCode(type.status().getStatusCode())
        .putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    if (routing.normalizedPath().startsWith("/api/")) {
      routing
          .response()
          .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
          .end(
              Json.encode(
                  new Problem(
                      type.uri(),
                      type.title(),
                      type.status().getStatusCode(),
                      detail,
                      routing.normalizedPath(),
                      List.of())));
    } else {
      routing
          .response()
          .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
          .end(
              "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                  + "<title>Sign-in unavailable</title>"
                  + "<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body>"
                  + "<main class=\"wrap\"><h1>Sign-in is unavailable</h1><p>"
                  + detail
                  + ".</p><p><a href=\"/\">Home</a></p></main></body></html>");
    }
  }

  private static boolean causedByOidc(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OIDCException) {
        return true;
      }
    }
    return false;
  }
}
