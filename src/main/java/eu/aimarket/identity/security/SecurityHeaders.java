package eu.aimarket.identity.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every answer: pages, the API, static files, redirects and errors alike. The
 * Content-Security-Policy allows no inline script; the developer tools under /q/dev-ui and
 * /q/swagger-ui (dev mode only) are left to their own needs.
 */
@ApplicationScoped
public class SecurityHeaders {

  private final SecurityConfig.Headers config;

  SecurityHeaders(SecurityConfig config) {
    this.config = config.headers();
  }

  void register(@Observes Filters filters) {
    filters.register(this::addHeaders, RouteOrder.SECURITY_HEADERS);
  }

  void addHeaders(RoutingContext routing) {
    String path = routing.normalizedPath();
    routing.addHeadersEndHandler(
        ignored -> {
          MultiMap headers = routing.response().headers();
          headers.set("X-Content-Type-Options", "nosniff");
          headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
          headers.set("X-Frame-Options", "DENY");
          headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
          if (!isDeveloperTool(path)) {
            headers.set("Content-Security-Policy", config.contentSecurityPolicy());
          }
          if (config.hsts()) {
            headers.set(
                "Strict-Transport-Security",
                "max-age=" + config.hstsMaxAge().toSeconds() + "; includeSubDomains");
          }
        });
    routing.next();
  }

  private static boolean isDeveloperTool(String path) {
    return path != null && (path.startsWith("/q/dev-ui") || path.startsWith("/q/swagger-ui"));
  }
}
