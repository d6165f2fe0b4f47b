package eu.aimarket.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation that is being retired (README, "Versioning"): every answer then carries
 * {@code Deprecation} (RFC 9745), {@code Sunset} (RFC 8594) and, when there is one, a {@code Link}
 * to the operation that replaces it. Put {@link Deprecated} beside it so that the OpenAPI document
 * says {@code deprecated: true} too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DeprecatedOperation {

  /** The day it was deprecated, as an ISO date ({@code 2026-12-01}). */
  String since();

  /** The day after which it may stop answering, as an ISO date; at least six months later. */
  String sunset();

  /** The path of the operation to use instead, relative to the server; empty when none. */
  String successor() default "";
}
