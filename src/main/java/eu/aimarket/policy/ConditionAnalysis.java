package eu.aimarket.policy;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.CelCall;
import dev.cel.common.ast.CelExpr.CelComprehension;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a type-checked condition reads and whether it is allowed: walks the expanded syntax tree,
 * respecting the scopes of comprehension variables (in {@code langs.exists(buyer, ...)} the inner
 * {@code buyer} is not the request's buyer).
 */
final class ConditionAnalysis {

  private static final String INDEX_FUNCTION = "_[_]";

  /** Something the checker accepts but a condition may not do, at the expression that does it. */
  record Problem(long exprId, String message) {}

  private int nodes;
  private boolean dependsOnRequest;
  private final Set<String> fieldsRead = new TreeSet<>();
  private Problem problem;

  private ConditionAnalysis() {}

  static ConditionAnalysis of(CelAbstractSyntaxTree ast) {
    ConditionAnalysis analysis = new ConditionAnalysis();
    analysis.visit(ast.getExpr(), Set.of());
    return analysis;
  }

  int nodes() {
    return nodes;
  }

  boolean dependsOnRequest() {
    return dependsOnRequest;
  }

  Set<String> fieldsRead() {
    return fieldsRead;
  }

  Optional<Problem> problem() {
    return Optional.ofNullable(problem);
  }

  private void visit(CelExpr expr, Set<String> locals) {
    nodes++;
    switch (expr.getKind()) {
      case IDENT -> {
        String name = expr.ident().name();
        if (!locals.contains(name) && RuleSchema.VARIABLES.containsKey(name)) {
          fieldsRead.add(name);
          if (RuleSchema.REQUEST_VARIABLES.contains(name)) {
            dependsOnRequest = true;
          }
        }
      }
      case SELECT -> {
        CelExpr operand = expr.select().operand();
        if (operand.getKind() == CelExpr.ExprKind.Kind.IDENT
            && !locals.contains(operand.ident().name())
            && RuleSchema.VARIABLES.containsKey(operand.ident().name())) {
          String variable = operand.ident().name();
          nodes++;
          fieldsRead.add(variable + "." + expr.select().field());
          if (RuleSchema.REQUEST_VARIABLES.contains(variable)) {
            dependsOnRequest = true;
          }
        } else {
          visit(operand, locals);
        }
      }
      case CALL -> {
        CelCall call = expr.call();
        checkObjectiveArgument(expr, call);
        call.target().ifPresent(target -> visit(target, locals));
        for (int i = 0; i < call.args().size(); i++) {
          CelExpr arg = call.args().get(i);
          if (i == 0 && readsOnlySeals(call, arg, locals)) {
            // seal(offering, ...) looks only at the offering's seals, and with a literal objective
            // only at that objective's level: so that is all it reads.
            nodes++;
            fieldsRead.add(
                RuleSchema.OFFERING
                    + ".seals"
                    + literalObjective(call).map(o -> "." + o).orElse(""));
          } else {
            visit(arg, locals);
          }
        }
      }
      case LIST -> expr.list().elements().forEach(element -> visit(element, locals));
      case MAP ->
          expr.map()
              .entries()
              .forEach(
                  entry -> {
                    visit(entry.key(), locals);
                    visit(entry.value(), locals);
                  });
      case STRUCT ->
          report(
              expr.id(),
              "creates a "
                  + expr.struct().messageName()
                  + " value; conditions can only read offering, supplier, buyer and requirement");
      case COMPREHENSION -> {
        CelComprehension loop = expr.comprehension();
        visit(loop.iterRange(), locals);
        visit(loop.accuInit(), locals);
        Set<String> inner = new HashSet<>(locals);
        inner.add(loop.iterVar());
        if (!loop.iterVar2().isEmpty()) {
          inner.add(loop.iterVar2());
        }
        inner.add(loop.accuVar());
        visit(loop.loopCondition(), inner);
        visit(loop.loopStep(), inner);
        Set<String> result = new HashSet<>(locals);
        result.add(loop.accuVar());
        visit(loop.result(), result);
      }
      default -> {
        // Constants need no checks.
      }
    }
  }

  /**
   * {@code seal(offering, "SOV-9")} and {@code offering.seals["SOV-9"]} would fail on every
   * offering: a literal objective must be one of SOV-1 to SOV-8.
   */
  private void checkObjectiveArgument(CelExpr expr, CelCall call) {
    List<CelExpr> args = call.args();
    CelExpr objective = null;
    if (call.function().equals(RuleSchema.SEAL_FUNCTION) && args.size() == 2) {
      objective = args.get(1);
    } else if (call.function().equals(INDEX_FUNCTION)
        && args.size() == 2
        && isOfferingSeals(args.get(0))) {
      objective = args.get(1);
    }
    if (objective != null
        && objective.getKind() == CelExpr.ExprKind.Kind.CONSTANT
        && objective.constant().getKind() == CelConstant.Kind.STRING_VALUE
        && !RuleSchema.OBJECTIVES.contains(objective.constant().stringValue())) {
      report(
          objective.id(),
          "'"
              + objective.constant().stringValue()
              + "' is not a sovereignty objective; use one of "
              + String.join(", ", RuleSchema.OBJECTIVES));
    }
  }

  /** The objective of {@code seal(offering, "SOV-n")} when it is written as a literal. */
  private static Optional<String> literalObjective(CelCall call) {
    if (call.args().size() != 2) {
      return Optional.empty();
    }
    CelExpr objective = call.args().get(1);
    if (objective.getKind() == CelExpr.ExprKind.Kind.CONSTANT
        && objective.constant().getKind() == CelConstant.Kind.STRING_VALUE
        && RuleSchema.OBJECTIVES.contains(objective.constant().stringValue())) {
      return Optional.of(objective.constant().stringValue());
    }
    return Optional.empty();
  }

  private static boolean readsOnlySeals(CelCall call, CelExpr arg, Set<String> locals) {
    return call.function().equals(RuleSchema.SEAL_FUNCTION)
        && call.target().isEmpty()
        && arg.getKind() == CelExpr.ExprKind.Kind.IDENT
        && arg.ident().name().equals(RuleSchema.OFFERING)
        && !locals.contains(RuleSchema.OFFERING);
  }

  private static boolean isOfferingSeals(CelExpr expr) {
    return expr.getKind() == CelExpr.ExprKind.Kind.SELECT
        && expr.select().field().equals("seals")
        && expr.select().operand().getKind() == CelExpr.ExprKind.Kind.IDENT
        && expr.select().operand().ident().name().equals(RuleSchema.OFFERING);
  }

  private void report(long exprId, String message) {
    if (problem == null) {
      problem = new Problem(exprId, message);
    }
  }
}
