package eu.aimarket.policy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import eu.aimarket.catalog.Countries;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.Problem.FieldError;
import eu.aimarket.policy.RuleSchema.FieldType;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles and type-checks incentive rules written in CEL (the Common Expression Language). A rule
 * is checked when it is saved, so every published rule can be evaluated: its condition must parse,
 * read only the declared variables and keys, be well-typed, yield a bool and stay within the size
 * limits. Evaluation is bounded too: at most {@value #MAX_LOOP_ITERATIONS} loop iterations and
 * {@value #MAX_EVALUATION_STEPS} steps per condition, and CEL itself has no side effects.
 *
 * <p>The variables {@code offering}, {@code supplier}, {@code buyer} and {@code requirement} are
 * declared as record types with the keys of {@link RuleSchema}, and are given maps at evaluation
 * time; the helpers are the country lists {@code EU} and {@code EEA} and the function {@code
 * seal(offering, "SOV-3")}.
 */
@ApplicationScoped
public class RuleCompiler {

  /** Longest condition accepted, in characters. */
  public static final int MAX_CONDITION_LENGTH = 2000;

  /** Most expression nodes a condition may have once its macros are expanded. */
  public static final int MAX_EXPRESSION_NODES = 1000;

  /** Most iterations of all comprehensions ({@code all}, {@code exists}, ...) in one evaluation. */
  public static final int MAX_LOOP_ITERATIONS = 1000;

  /** Most expressions one evaluation of a condition may visit. */
  public static final int MAX_EVALUATION_STEPS = 10_000;

  /** Most rules in one policy version. */
  public static final int MAX_RULES = 100;

  private static final String TYPE_PREFIX = "aimarket.";
  private static final String SEAL_OVERLOAD = "seal_offering_string";

  private final CelCompiler compiler;
  private final CelRuntime runtime;
  private final List<String> europeanUnion = Countries.EU.stream().sorted().toList();
  private final List<String> europeanEconomicArea = Countries.EEA.stream().sorted().toList();

  public RuleCompiler() {
    CelOptions options =
        CelOptions.current()
            .maxExpressionCodePointSize(MAX_CONDITION_LENGTH)
            .maxParseRecursionDepth(50)
            .comprehensionMaxIterations(MAX_LOOP_ITERATIONS)
            // Lets `offering.priceEur < 100` compare a double with an int literal.
            .enableHeterogeneousNumericComparisons(true)
            .build();
    Map<String, StructType> types = new LinkedHashMap<>();
    RuleSchema.VARIABLES.forEach(
        (variable, fields) -> types.put(variable, structType(variable, fields)));
    CelCompilerBuilder builder =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(options)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .setTypeProvider(typeProvider(types))
            .setResultType(SimpleType.BOOL)
            .addVar(RuleSchema.EU, ListType.create(SimpleType.STRING))
            .addVar(RuleSchema.EEA, ListType.create(SimpleType.STRING))
            .addFunctionDeclarations(
                CelFunctionDecl.newFunctionDeclaration(
                    RuleSchema.SEAL_FUNCTION,
                    CelOverloadDecl.newGlobalOverload(
                        SEAL_OVERLOAD,
                        "The SEAL level (0-4) of the offering on a sovereignty objective",
                        SimpleType.INT,
                        types.get(RuleSchema.OFFERING),
                        SimpleType.STRING)));
    types.forEach(builder::addVar);
    this.compiler = builder.build();
    this.runtime =
        CelRuntimeFactory.standardCelRuntimeBuilder()
            .setOptions(options)
            .addFunctionBindings(
                CelFunctionBinding.from(SEAL_OVERLOAD, Map.class, String.class, RuleCompiler::seal))
            .build();
  }

  /**
   * Compiles every rule of a policy, in order. Reports every bad rule at once, one field error per
   * rule ({@code rules[i].condition}: "name: message (line L, column C)"), and compiles nothing
   * unless all are good.
   */
  public List<CompiledRule> compileAll(List<RuleDefinition> rules) {
    if (rules.size() > MAX_RULES) {
      throw DomainException.invalid("rules", "must have at most " + MAX_RULES + " rules");
    }
    List<FieldError> errors = new ArrayList<>();
    List<CompiledRule> compiled = new ArrayList<>(rules.size());
    Map<String, Integer> firstIndexByName = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      RuleDefinition rule = rules.get(i);
      String field = "rules[" + i + "]";
      if (rule == null) {
        errors.add(new FieldError(field, "must not be null"));
        continue;
      }
      String label = rule.name() == null || rule.name().isBlank() ? "rule " + (i + 1) : rule.name();
      Optional<FieldError> shapeError = shapeError(rule, field, label);
      if (shapeError.isPresent()) {
        errors.add(shapeError.get());
        continue;
      }
      Integer sameName =
          firstIndexByName.putIfAbsent(rule.name().strip().toLowerCase(Locale.ROOT), i);
      if (sameName != null) {
        errors.add(
            new FieldError(
                field + ".name",
                label
                    + ": another rule (rules["
                    + sameName
                    + "]) has this name; names must be unique"));
        continue;
      }
      try {
        compiled.add(compile(rule));
      } catch (InvalidCondition e) {
        errors.add(new FieldError(field + ".condition", label + ": " + e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    return List.copyOf(compiled);
  }

  /** What bean validation would say, for callers that compile drafts without validating them. */
  private static Optional<FieldError> shapeError(RuleDefinition rule, String field, String label) {
    if (rule.name() == null || rule.name().isBlank()) {
      return Optional.of(new FieldError(field + ".name", "must not be blank"));
    }
    if (rule.name().length() > 100) {
      return Optional.of(new FieldError(field + ".name", "must be at most 100 characters"));
    }
    if (rule.condition() == null || rule.condition().isBlank()) {
      return Optional.of(new FieldError(field + ".condition", label + ": must not be blank"));
    }
    if (rule.condition().length() > MAX_CONDITION_LENGTH) {
      return Optional.of(
          new FieldError(
              field + ".condition",
              label + ": must be at most " + MAX_CONDITION_LENGTH + " characters"));
    }
    if (rule.effect() == null) {
      return Optional.of(new FieldError(field + ".effect", label + ": must not be null"));
    }
    if (rule.reason() == null || rule.reason().isBlank()) {
      return Optional.of(new FieldError(field + ".reason", label + ": must not be blank"));
    }
    if (rule.reason().length() > 500) {
      return Optional.of(
          new FieldError(field + ".reason", label + ": must be at most 500 characters"));
    }
    BigDecimal points = rule.points();
    if (rule.effect() == RuleEffect.POINTS && points == null) {
      return Optional.of(
          new FieldError(field + ".points", label + ": is required when the effect is POINTS"));
    }
    if (rule.effect() != RuleEffect.POINTS && points != null) {
      return Optional.of(
          new FieldError(
              field + ".points", label + ": must be left out when the effect is " + rule.effect()));
    }
    if (points != null && points.abs().compareTo(BigDecimal.valueOf(1000)) > 0) {
      return Optional.of(
          new FieldError(field + ".points", label + ": must be between -1000 and 1000"));
    }
    return Optional.empty();
  }

  private CompiledRule compile(RuleDefinition rule) {
    CelValidationResult result;
    try {
      result = compiler.compile(rule.condition());
    } catch (RuntimeException e) {
      throw new InvalidCondition("cannot be compiled: " + e.getMessage(), null);
    }
    if (result.hasError()) {
      CelIssue issue = result.getErrors().get(0);
      throw new InvalidCondition(issue.getMessage(), issue.getSourceLocation());
    }
    CelAbstractSyntaxTree ast;
    try {
      ast = result.getAst();
    } catch (dev.cel.common.CelValidationException e) {
      throw new InvalidCondition(e.getMessage(), null);
    }
    ConditionAnalysis analysis = ConditionAnalysis.of(ast);
    if (analysis.nodes() > MAX_EXPRESSION_NODES) {
      throw new InvalidCondition(
          "is too large ("
              + analysis.nodes()
              + " expressions once expanded, at most "
              + MAX_EXPRESSION_NODES
              + "); split it into several rules",
          CelSourceLocation.of(1, 0));
    }
    if (analysis.problem().isPresent()) {
      ConditionAnalysis.Problem problem = analysis.problem().get();
      throw new InvalidCondition(problem.message(), location(ast, problem.exprId()));
    }
    CelRuntime.Program program;
    try {
      program = runtime.createProgram(ast);
    } catch (CelEvaluationException e) {
      throw new InvalidCondition(e.getMessage(), null);
    }
    return new CelRule(
        rule,
        program,
        analysis.dependsOnRequest(),
        analysis.fieldsRead(),
        europeanUnion,
        europeanEconomicArea,
        MAX_EVALUATION_STEPS);
  }

  private static CelSourceLocation location(CelAbstractSyntaxTree ast, long exprId) {
    Integer offset = ast.getSource().getPositionsMap().get(exprId);
    if (offset == null) {
      return null;
    }
    return ast.getSource().getOffsetLocation(offset).orElse(null);
  }

  private static Object seal(Map<?, ?> offering, String objective) throws CelEvaluationException {
    Object seals = offering.get("seals");
    Object level = seals instanceof Map<?, ?> byObjective ? byObjective.get(objective) : null;
    if (level == null) {
      throw new CelEvaluationException(
          "seal: no SEAL level for '" + objective + "'; use one of " + RuleSchema.OBJECTIVES);
    }
    return level;
  }

  private static StructType structType(String variable, Map<String, FieldType> fields) {
    String typeName =
        TYPE_PREFIX + Character.toUpperCase(variable.charAt(0)) + variable.substring(1);
    Map<String, CelType> fieldTypes = new LinkedHashMap<>();
    fields.forEach((key, type) -> fieldTypes.put(key, celType(type)));
    return StructType.create(
        typeName,
        ImmutableSet.copyOf(fieldTypes.keySet()),
        key -> Optional.ofNullable(fieldTypes.get(key)));
  }

  private static CelType celType(FieldType type) {
    return switch (type) {
      case STRING -> SimpleType.STRING;
      case BOOL -> SimpleType.BOOL;
      case INT -> SimpleType.INT;
      case DOUBLE -> SimpleType.DOUBLE;
      case STRING_LIST -> ListType.create(SimpleType.STRING);
      case OBJECTIVE_LEVELS -> MapType.create(SimpleType.STRING, SimpleType.INT);
    };
  }

  private static CelTypeProvider typeProvider(Map<String, StructType> types) {
    ImmutableList<CelType> all = ImmutableList.copyOf(types.values());
    return new CelTypeProvider() {
      @Override
      public ImmutableList<CelType> types() {
        return all;
      }

      @Override
      public Optional<CelType> findType(String typeName) {
        return all.stream().filter(type -> type.name().equals(typeName)).findFirst();
      }
    };
  }

  /** A condition that cannot be published, with where the problem is when CEL knows it. */
  private static final class InvalidCondition extends RuntimeException {

    InvalidCondition(String message, CelSourceLocation location) {
      super(withPosition(message, location), null, false, false);
    }

    private static String withPosition(String message, CelSourceLocation location) {
      String text = message == null ? "is not a valid condition" : message.strip();
      if (location == null || location.getLine() < 1 || location.getColumn() < 0) {
        return text;
      }
      // CEL counts columns from 0; people and editors count from 1.
      return text + " (line " + location.getLine() + ", column " + (location.getColumn() + 1) + ")";
    }
  }
}
