package eu.aimarket.policy;

/**
 * A condition could not be evaluated for one input: a runtime error such as a missing map key or a
 * division by zero, or the evaluation exceeded its cost limit.
 */
public class RuleEvaluationException extends RuntimeException {

  private final String ruleName;

  public RuleEvaluationException(String ruleName, String message, Throwable cause) {
    super(ruleName + ": " + message, cause);
    this.ruleName = ruleName;
  }

  public String ruleName() {
    return ruleName;
  }
}
