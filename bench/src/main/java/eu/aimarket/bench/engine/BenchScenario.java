package eu.aimarket.bench.engine;

import eu.aimarket.bench.generator.BenchPolicies;
import eu.aimarket.bench.generator.CatalogueGenerator;
import eu.aimarket.bench.generator.GeneratedCatalogue;
import eu.aimarket.bench.generator.RequirementGenerator;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.demand.BuyerType;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.matching.CatalogSnapshot;
import eu.aimarket.matching.MatchEngine;
import eu.aimarket.matching.Ranking;
import eu.aimarket.policy.CompiledPolicy;
import eu.aimarket.policy.PolicyVariables;
import eu.aimarket.policy.RuleCompiler;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What every engine benchmark ranks: the seeded catalogue of a given size, the typical requirement,
 * and one of the two policies. The same seed gives the same offerings to the engine, the bare loop
 * and the naive version (which reads them back from PostgreSQL).
 */
public final class BenchScenario {

  public static final long SEED = 20260101L;

  /** How many results a ranking explains, as a first page of matches would. */
  public static final int KEEP = 20;

  /** How many exclusions a ranking explains. */
  public static final int KEEP_EXCLUDED = 10;

  public enum PolicyChoice {
    SOVEREIGNTY_FIRST,
    TWENTY_RULES
  }

  public final GeneratedCatalogue catalogue;
  public final List<OfferingView> published;
  public final CatalogSnapshot snapshot;
  public final RequirementView requirement;
  public final Map<String, Object> buyerVariables;
  public final Map<String, Object> requirementVariables;
  public final CompiledPolicy policy;

  public BenchScenario(int offerings, PolicyChoice choice) {
    this.catalogue = new CatalogueGenerator(SEED).generate(offerings);
    this.published = catalogue.publishedViews();
    this.snapshot = CatalogSnapshot.of(1, published);
    this.requirement = RequirementGenerator.typical();
    this.buyerVariables = buyerVariables(requirement);
    this.requirementVariables = requirementVariables(requirement);
    RuleCompiler compiler = new RuleCompiler();
    this.policy =
        choice == PolicyChoice.SOVEREIGNTY_FIRST
            ? BenchPolicies.sovereigntyFirst(compiler)
            : BenchPolicies.twentyRules(compiler);
  }

  /** One ranking, as the match endpoint makes it: evaluate, then explain the first page. */
  public Ranking rank() {
    return evaluate().ranking(KEEP, KEEP_EXCLUDED);
  }

  public MatchEngine.Evaluation evaluate() {
    return MatchEngine.evaluate(
        snapshot, requirement, buyerVariables, requirementVariables, policy, true);
  }

  /** The CEL {@code buyer} variables, built as the matching module builds them. */
  public static Map<String, Object> buyerVariables(RequirementView requirement) {
    return PolicyVariables.buyer(
        requirement.buyer().id(),
        requirement.buyer().name(),
        requirement.buyer().country(),
        requirement.buyerType() == BuyerType.PUBLIC_SECTOR);
  }

  /** The CEL {@code requirement} variables, built as the matching module builds them. */
  public static Map<String, Object> requirementVariables(RequirementView requirement) {
    TreeSet<String> languages = new TreeSet<>(requirement.mustHaves().languages());
    languages.addAll(requirement.niceToHaves().languages());
    return PolicyVariables.requirement(
        requirement.id(),
        requirement.title(),
        requirement.category().name(),
        requirement.dataSensitivity().name(),
        requirement.buyerType().name(),
        languages,
        requirement.budgetMaxEur());
  }
}
