package eu.aimarket.identity.security;

import eu.aimarket.common.Problem;
import eu.aimarket.common.ProblemType;
import io.quarkus.oidc.OIDCException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * When the OIDC provider cannot be reached during authentication outside the REST layer (the
 * sign-in at /login), answers 503 with Retry-After instead of a 500. Inside the REST layer the
 * error mapper does the same.
 */
@ApplicationScoped
public class OidcUnavailable {

  private static final Logger LOG = Logger.getLogger(OidcUnavailable.class);
  static final String RETRY_AFTER_SECONDS = "30";

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
  }

  void handle(RoutingContext routing) {
    if (!causedByOidc(routing.failure()) || routing.response().headWritten()) {
      routing.next();
      return;
    }
    LOG.warnf(
        "Cannot authenticate %s: %s", routing.normalizedPath(), routing.failure().getMessage());
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
