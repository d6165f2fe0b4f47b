package eu.aimarket.identity.security;

import eu.aimarket.common.Problem;
import eu.aimarket.common.ProblemType;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Counts failed sign-ins and rejected tokens per client address, and refuses further attempts with
 * 429 and Retry-After once an address has failed too often: guessing tokens or hammering the
 * sign-in gets slow. Anonymous browsing stays open; password guessing at the provider is limited by
 * the provider's own brute-force detection.
 */
@ApplicationScoped
public class SignInFailures {

  private final RateLimiter limiter;

  SignInFailures(RateLimiter limiter) {
    this.limiter = limiter;
  }

  void onFailure(@Observes AuthenticationFailureEvent event) {
    Object context = event.getEventProperties().get(RoutingContext.class.getName());
    if (context instanceof RoutingContext routing) {
      limiter.signInFailed(ClientAddress.of(routing.request()));
    }
  }

  void register(@Observes Filters filters) {
    filters.register(this::refuseWhileBlocked, RouteOrder.SIGN_IN_FAILURES);
  }

  /** Runs before authentication, for requests that carry credentials or start a sign-in. */
  void refuseWhileBlocked(RoutingContext routing) {
    if (!attemptsSignIn(routing)) {
      routing.next();
      return;
    }
    TokenBuckets.Decision decision = limiter.signInAllowed(ClientAddress.of(routing.request()));
    if (decision.allowed()) {
      routing.next();
      return;
    }
    String detail =
        "Too many failed sign-ins from your address; try again in "
            + decision.retryAfterSeconds()
            + " seconds";
    ProblemType type = ProblemType.TOO_MANY_REQUESTS;
    routing
        .response()
        .setStatusCode(type.status().getStatusCode())
        .putHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
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
      // A person at the sign-in: a plain page, since the site's layout needs a request it would
      // authenticate again.
      routing
          .response()
          .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
          .end(
              "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                  + "<title>Too many sign-in attempts</title>"
                  + "<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body>"
                  + "<main class=\"wrap\"><h1>Too many sign-in attempts</h1><p>"
                  + detail
                  + "</p><p><a href=\"/\">Home</a></p></main></body></html>");
    }
  }

  private static boolean attemptsSignIn(RoutingContext routing) {
    return routing.request().headers().contains(HttpHeaders.AUTHORIZATION)
        || routing.normalizedPath().equals("/login");
  }
}
