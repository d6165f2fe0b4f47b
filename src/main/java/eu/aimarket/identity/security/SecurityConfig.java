package eu.aimarket.identity.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Typed configuration of the web security measures ({@code aimarket.security.*}). */
@ConfigMapping(prefix = "aimarket.security")
public interface SecurityConfig {

  Headers headers();

  RateLimit rateLimit();

  /** How long the readiness check waits for the OIDC provider's discovery document. */
  @WithDefault("PT3S")
  Duration oidcHealthTimeout();

  interface Headers {
    /** The Content-Security-Policy of every page and API answer. */
    @WithDefault(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
            + " base-uri 'self'; object-src 'none'")
    String contentSecurityPolicy();

    /** Send Strict-Transport-Security: only where the site is served over HTTPS (prod). */
    @WithDefault("false")
    boolean hsts();

    @WithDefault("P365D")
    Duration hstsMaxAge();
  }

  /**
   * In-process token buckets: each replica counts on its own, so with N replicas a client can make
   * up to N times as many requests before it is refused.
   */
  interface RateLimit {
    @WithDefault("true")
    boolean enabled();

    /** Writes (POST, PUT, PATCH, DELETE) under /api, per signed-in subject or client address. */
    Bucket writes();

    /** Failed sign-ins and rejected tokens, per client address. */
    Bucket signInFailures();

    /** How many clients each limiter tracks before it forgets the idle ones. */
    @WithDefault("100000")
    int maxTrackedClients();
  }

  interface Bucket {
    /** How many requests a client may make in a burst. */
    int capacity();

    /** The time in which a client's whole capacity refills. */
    Duration period();
  }
}
