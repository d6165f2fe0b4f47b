package eu.aimarket.policy;

import java.util.Set;

/**
 * A rule whose condition has been parsed and type-checked once. Immutable and safe to share between
 * threads: the matching engine evaluates one instance for many offerings at once.
 */
public interface CompiledRule {

  String name();

  String condition();

  RuleEffect effect();

  /** The signed points of a {@link RuleEffect#POINTS} rule; 0 for the other effects. */
  double points();

  String reason();

  /**
   * Whether the condition reads {@code buyer} or {@code requirement}. A rule that does not can be
   * evaluated once per offering and cached, whatever the request.
   */
  boolean dependsOnRequest();

  /**
   * What the condition reads: {@code variable.key} for each key of a variable (e.g. {@code
   * supplier.controlCountry}), and the bare variable name where the condition uses a variable as a
   * whole. Two inputs that agree on these values give the same result, which lets the matching
   * engine evaluate a request-dependent rule once per distinct value rather than once per offering.
   */
  Set<String> fieldsRead();

  /**
   * Evaluates the condition.
   *
   * @throws RuleEvaluationException on a runtime error (e.g. a missing map key) or when the
   *     evaluation exceeds its cost limit
   */
  boolean test(RuleInput input);
}
