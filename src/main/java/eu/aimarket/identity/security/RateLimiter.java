package eu.aimarket.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * The limits on writes under /api and on failed sign-ins, per replica (see {@link
 * SecurityConfig.RateLimit}).
 */
@ApplicationScoped
public class RateLimiter {

  private final boolean enabled;
  private final TokenBuckets writes;
  private final TokenBuckets signInFailures;

  RateLimiter(SecurityConfig config, Clock clock) {
    SecurityConfig.RateLimit limits = config.rateLimit();
    this.enabled = limits.enabled();
    this.writes =
        new TokenBuckets(
            clock,
            limits.writes().capacity(),
            limits.writes().period(),
            limits.maxTrackedClients());
    this.signInFailures =
        new TokenBuckets(
            clock,
            limits.signInFailures().capacity(),
            limits.signInFailures().period(),
            limits.maxTrackedClients());
  }

  /** Counts one write by {@code client}; refused when the client has used up its allowance. */
  TokenBuckets.Decision write(String client) {
    return enabled ? writes.tryTake(client) : new TokenBuckets.Decision(true, 0);
  }

  /** Counts a failed sign-in or a rejected token from a client address. */
  void signInFailed(String address) {
    if (enabled) {
      signInFailures.tryTake(address);
    }
  }

  /** Whether an address has failed to sign in so often that its attempts are refused for now. */
  TokenBuckets.Decision signInAllowed(String address) {
    return enabled ? signInFailures.peek(address) : new TokenBuckets.Decision(true, 0);
  }
}
