package eu.aimarket.policy;

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
   * Evaluates the condition.
   *
   * @throws RuleEvaluationException on a runtime error (e.g. a missing map key) or when the
   *     evaluation exceeds its cost limit
   */
  boolean test(RuleInput input);
}
