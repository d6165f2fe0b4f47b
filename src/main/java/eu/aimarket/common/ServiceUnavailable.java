package eu.aimarket.common;

import java.time.Duration;

/**
 * The service cannot answer this request now but expects to shortly: a 503 that tells the client
 * when to try again ({@code Retry-After}), instead of a 500 that says nothing about it.
 */
public class ServiceUnavailable extends DomainException {

  private final Duration retryAfter;

  public ServiceUnavailable(String detail, Duration retryAfter) {
    super(ProblemType.UNAVAILABLE, detail);
    this.retryAfter = retryAfter;
  }

  /** When to try again; whole seconds, at least one, as {@code Retry-After} carries them. */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
