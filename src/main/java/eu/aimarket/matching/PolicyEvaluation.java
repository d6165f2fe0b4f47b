package eu.aimarket.matching;

import eu.aimarket.policy.CompiledPolicy;
import eu.aimarket.policy.CompiledRule;
import eu.aimarket.policy.PolicyVariables;
import eu.aimarket.policy.RuleEffect;
import eu.aimarket.policy.RuleEvaluationException;
import eu.aimarket.policy.RuleInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The request-independent part of a policy over a whole snapshot: for every candidate, the points
 * of the rules that do not read {@code buyer} or {@code requirement}, whether such a rule excludes
 * it, and which rules fired. Computed once per snapshot and policy version, reused by every
 * ranking; the request-dependent rules are left to the ranking itself.
 */
final class PolicyEvaluation {

  final CompiledPolicy policy;
  final List<CompiledRule> staticRules;
  final List<CompiledRule> requestRules;
  final long[] staticCents;

  /** Index into {@link #staticRules} of the rule that excludes each candidate, or -1. */
  final int[] excludedBy;

  /** Indexes into {@link #staticRules} of the rules that fired, per candidate. */
  final int[][] fired;

  /** Rules that could not be evaluated for a candidate, with the error, per candidate (or null). */
  final String[][] errors;

  /**
   * For each rule of {@link #requestRules}, the candidates grouped by the values the rule reads
   * from the offering and the supplier: the rule gives the same result for every candidate of a
   * group, so a ranking evaluates it once per group instead of once per candidate.
   */
  final RequestRuleInputs[] requestInputs;

  /** For each rule of {@link #requestRules}, its results remembered across rankings. */
  final RememberedOutcomes[] rememberedOutcomes;

  private PolicyEvaluation(CompiledPolicy policy, CatalogSnapshot snapshot) {
    this.policy = policy;
    List<CompiledRule> independent = new ArrayList<>();
    List<CompiledRule> dependent = new ArrayList<>();
    for (CompiledRule rule : policy.rules()) {
      (rule.dependsOnRequest() ? dependent : independent).add(rule);
    }
    this.staticRules = List.copyOf(independent);
    this.requestRules = List.copyOf(dependent);
    int size = snapshot.size();
    this.staticCents = new long[size];
    this.excludedBy = new int[size];
    this.fired = new int[size][];
    this.errors = new String[size][];
    this.requestInputs = RequestRuleInputs.forRules(requestRules, size);
    List<RequestRuleInputs> groupings = RequestRuleInputs.distinct(requestInputs);
    boolean groupsRequestRules = groupings.stream().anyMatch(RequestRuleInputs::groups);
    int[] firedBuffer = new int[staticRules.size()];
    List<String> errorBuffer = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Candidate candidate = snapshot.candidate(i);
      excludedBy[i] = -1;
      if (staticRules.isEmpty() && !groupsRequestRules) {
        fired[i] = new int[0];
        continue;
      }
      RuleInput input =
          RuleInput.ofOffering(offeringVariables(candidate), supplierVariables(candidate));
      for (RequestRuleInputs grouping : groupings) {
        grouping.add(i, input);
      }
      int count = 0;
      errorBuffer.clear();
      for (int r = 0; r < staticRules.size(); r++) {
        CompiledRule rule = staticRules.get(r);
        boolean holds;
        try {
          holds = rule.test(input);
        } catch (RuleEvaluationException e) {
          errorBuffer.add(e.getMessage());
          continue;
        }
        if (rule.effect() == RuleEffect.POINTS && holds) {
          staticCents[i] += cents(rule.points());
          firedBuffer[count++] = r;
        } else if ((rule.effect() == RuleEffect.EXCLUDE && holds)
            || (rule.effect() == RuleEffect.REQUIRE && !holds)) {
          if (excludedBy[i] < 0) {
            excludedBy[i] = r;
          }
        }
      }
      fired[i] = java.util.Arrays.copyOf(firedBuffer, count);
      errors[i] = errorBuffer.isEmpty() ? null : errorBuffer.toArray(String[]::new);
    }
    groupings.forEach(RequestRuleInputs::seal);
    this.rememberedOutcomes = new RememberedOutcomes[requestRules.size()];
    for (int r = 0; r < requestRules.size(); r++) {
      rememberedOutcomes[r] = new RememberedOutcomes(requestInputs[r].slots(size));
    }
  }

  /** The evaluation of a published policy version, cached with the snapshot. */
  static PolicyEvaluation of(CatalogSnapshot snapshot, CompiledPolicy policy, boolean cache) {
    if (!cache) {
      return new PolicyEvaluation(policy, snapshot);
    }
    String key = policy.policyId() + ":" + policy.version();
    return snapshot.perPolicy(key, s -> new PolicyEvaluation(policy, s));
  }

  static Map<String, Object> offeringVariables(Candidate candidate) {
    return PolicyVariables.offering(candidate.view);
  }

  static Map<String, Object> supplierVariables(Candidate candidate) {
    return PolicyVariables.supplier(candidate.view);
  }

  static long cents(double points) {
    return Math.round(points * 100);
  }
}
