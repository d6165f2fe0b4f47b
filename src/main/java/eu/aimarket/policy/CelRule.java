package eu.aimarket.policy;

import dev.cel.common.ast.CelExpr;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelEvaluationListener;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A rule compiled by {@link RuleCompiler}: a CEL program plus what the analysis found. */
final class CelRule implements CompiledRule {

  private final RuleDefinition definition;
  private final CelRuntime.Program program;
  private final boolean dependsOnRequest;
  private final Set<String> fieldsRead;
  private final List<String> europeanUnion;
  private final List<String> europeanEconomicArea;
  private final int maxSteps;

  CelRule(
      RuleDefinition definition,
      CelRuntime.Program program,
      boolean dependsOnRequest,
      Set<String> fieldsRead,
      List<String> europeanUnion,
      List<String> europeanEconomicArea,
      int maxSteps) {
    this.definition = definition;
    this.program = program;
    this.dependsOnRequest = dependsOnRequest;
    this.fieldsRead = Set.copyOf(fieldsRead);
    this.europeanUnion = europeanUnion;
    this.europeanEconomicArea = europeanEconomicArea;
    this.maxSteps = maxSteps;
  }

  @Override
  public String name() {
    return definition.name();
  }

  @Override
  public String condition() {
    return definition.condition();
  }

  @Override
  public RuleEffect effect() {
    return definition.effect();
  }

  @Override
  public double points() {
    return definition.points() == null ? 0.0 : definition.points().doubleValue();
  }

  @Override
  public String reason() {
    return definition.reason();
  }

  @Override
  public boolean dependsOnRequest() {
    return dependsOnRequest;
  }

  @Override
  public Set<String> fieldsRead() {
    return fieldsRead;
  }

  RuleDefinition definition() {
    return definition;
  }

  @Override
  public boolean test(RuleInput input) {
    StepBudget budget = new StepBudget(maxSteps);
    Object result;
    try {
      result = program.trace(variables(input), budget);
    } catch (CelEvaluationException e) {
      if (e.getCause() instanceof StepBudget.Exhausted) {
        throw new RuleEvaluationException(
            name(), "stopped after " + maxSteps + " evaluation steps, the limit for one rule", e);
      }
      throw new RuleEvaluationException(name(), e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new RuleEvaluationException(name(), "cannot be evaluated: " + e, e);
    }
    if (result instanceof Boolean holds) {
      return holds;
    }
    throw new RuleEvaluationException(
        name(), "evaluated to " + result + " instead of true or false", null);
  }

  private CelVariableResolver variables(RuleInput input) {
    return name ->
        Optional.ofNullable(
            switch (name) {
              case RuleSchema.OFFERING -> input.offering();
              case RuleSchema.SUPPLIER -> input.supplier();
              case RuleSchema.BUYER -> input.buyer();
              case RuleSchema.REQUIREMENT -> input.requirement();
              case RuleSchema.EU -> europeanUnion;
              case RuleSchema.EEA -> europeanEconomicArea;
              default -> null;
            });
  }

  @Override
  public String toString() {
    return "CelRule[" + name() + ": " + condition() + "]";
  }

  /**
   * Counts the expressions an evaluation visits and stops it beyond the limit: CEL has no loops
   * beyond bounded comprehensions, so this caps the work of any one condition.
   */
  private static final class StepBudget implements CelEvaluationListener {

    private final int limit;
    private int steps;

    StepBudget(int limit) {
      this.limit = limit;
    }

    @Override
    public void callback(CelExpr expr, Object result) {
      if (++steps > limit) {
        throw new Exhausted();
      }
    }

    /** Thrown through the interpreter, which wraps it; no stack trace is needed. */
    static final class Exhausted extends RuntimeException {
      Exhausted() {
        super("evaluation step budget exhausted", null, false, false);
      }
    }
  }
}
