package eu.aimarket.identity.security;

/**
 * Priorities of the HTTP filters: higher runs first. Quarkus's own security filters run at CORS
 * 300, authentication 200 and authorisation 100.
 */
final class RouteOrder {

  private RouteOrder() {}

  /** Before everything, so that every answer carries the headers, sign-in redirects included. */
  static final int SECURITY_HEADERS = 1000;

  /** Before authentication: a blocked address does not get to try again. */
  static final int SIGN_IN_FAILURES = 250;

  /** Before authentication, which would send a new sign-in to the provider. */
  static final int SIGN_IN_AVAILABILITY = 240;
}
