package eu.aimarket.identity.security;

import eu.aimarket.common.Problem;
import eu.aimarket.common.ProblemType;
import eu.aimarket.identity.CurrentUser;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits writes under /api: per signed-in subject, or per client address for callers without
 * credentials. Runs after authentication, so a rejected token is answered 401 rather than counted.
 */
public class WriteRateLimit {

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final RateLimiter limiter;
  private final CurrentUser user;

  WriteRateLimit(RateLimiter limiter, CurrentUser user) {
    this.limiter = limiter;
    this.user = user;
  }

  @ServerRequestFilter
  public Optional<Response> limitWrites(
      ContainerRequestContext request, HttpServerRequest connection) {
    String path = request.getUriInfo().getPath();
    if (!WRITES.contains(request.getMethod())
        || !(path.equals("/api") || path.startsWith("/api/"))) {
      return Optional.empty();
    }
    String client =
        user.isAnonymous()
            ? "address:" + ClientAddress.of(connection)
            : "subject:" + user.primarySubject();
    TokenBuckets.Decision decision = limiter.write(client);
    if (decision.allowed()) {
      return Optional.empty();
    }
    return Optional.of(
        tooManyRequests(
            path,
            "Too many changes in a short time; try again in "
                + decision.retryAfterSeconds()
                + " seconds",
            decision.retryAfterSeconds()));
  }

  static Response tooManyRequests(String path, String detail, long retryAfterSeconds) {
    ProblemType type = ProblemType.TOO_MANY_REQUESTS;
    return Response.status(type.status())
        .type(Problem.MEDIA_TYPE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
        .entity(
            new Problem(
                type.uri(),
                type.title(),
                type.status().getStatusCode(),
                detail,
                path,
                java.util.List.of()))
        .build();
  }
}
