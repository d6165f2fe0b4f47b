package eu.aimarket.matching;

import eu.aimarket.catalog.PricingModel;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.policy.CompiledPolicy;
import eu.aimarket.policy.CompiledRule;
import eu.aimarket.policy.RuleEffect;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Ranks the offerings of a catalogue snapshot for one requirement under one policy: hard
 * constraints, then fit, then incentives; {@code score = fit + sum of incentive points}. Pure and
 * thread-safe: the same snapshot, requirement and policy always give the same ranking.
 *
 * <p>Scores are whole hundredths of a point, each term rounded on its own, so the terms of a result
 * add up exactly to its score. Ties break by offering id.
 */
public final class MatchEngine {

  /** Packs (score, index) into one sortable long; indexes must stay below this many. */
  private static final int INDEX_BITS = 20;

  private static final long SCORE_BIAS = 1L << 42;

  private MatchEngine() {}

  /**
   * Evaluates every offering of the requirement's category.
   *
   * @param buyer the CEL {@code buyer} variables
   * @param requirementVariables the CEL {@code requirement} variables
   * @param cacheStaticRules keep the request-independent evaluation with the snapshot (true for
   *     published policy versions; false for a draft under preview)
   */
  public static Evaluation evaluate(
      CatalogSnapshot snapshot,
      RequirementView requirement,
      Map<String, Object> buyer,
      Map<String, Object> requirementVariables,
      CompiledPolicy policy,
      boolean cacheStaticRules) {
    return evaluate(
        snapshot,
        requirement,
        buyer,
        requirementVariables,
        PolicyEvaluation.of(snapshot, policy, cacheStaticRules));
  }

  /**
   * Evaluates every offering of the requirement's category under a policy already evaluated over
   * the snapshot: a preview ranks many requirements under one draft and evaluates it once.
   */
  static Evaluation evaluate(
      CatalogSnapshot snapshot,
      RequirementView requirement,
      Map<String, Object> buyer,
      Map<String, Object> requirementVariables,
      PolicyEvaluation statics) {
    RequirementCriteria criteria = new RequirementCriteria(requirement);
    int[] pool = snapshot.inCategory(requirement.category());

    int[] passing = new int[pool.length];
    int passingCount = 0;
    int[] excluded = new int[pool.length];
    int excludedCount = 0;
    double[] cheapest = new double[PricingModel.values().length];
    Arrays.fill(cheapest, Double.NaN);
    CandidateColumns columns = snapshot.columns();
    for (int index : pool) {
      if (!criteria.passes(columns, index) || statics.excludedBy[index] >= 0) {
        excluded[excludedCount++] = index;
        continue;
      }
      passing[passingCount++] = index;
    }

    // Request-dependent exclusions come before prices, so the cheapest offer is one that remains.
    RequestOutcomes outcomes =
        new RequestOutcomes(statics, snapshot.size(), buyer, requirementVariables);
    long[] requestCents = new long[passingCount];
    if (!statics.requestRules.isEmpty()) {
      int kept = 0;
      for (int k = 0; k < passingCount; k++) {
        int index = passing[k];
        long cents = 0;
        boolean excludedByRule = false;
        for (int r = 0; r < statics.requestRules.size(); r++) {
          CompiledRule rule = statics.requestRules.get(r);
          byte outcome = outcomes.of(r, snapshot, index, buyer, requirementVariables);
          if (outcome == RequestOutcomes.ERROR) {
            continue;
          }
          boolean holds = outcome == RequestOutcomes.HOLDS;
          if (rule.effect() == RuleEffect.POINTS && holds) {
            cents += PolicyEvaluation.cents(rule.points());
          } else if ((rule.effect() == RuleEffect.EXCLUDE && holds)
              || (rule.effect() == RuleEffect.REQUIRE && !holds)) {
            excludedByRule = true;
          }
        }
        if (excludedByRule) {
          excluded[excludedCount++] = index;
        } else {
          requestCents[kept] = cents;
          passing[kept++] = index;
        }
      }
      passingCount = kept;
    }
    for (int k = 0; k < passingCount; k++) {
      int index = passing[k];
      if (columns.has(index, CandidateColumns.HAS_PRICE)) {
        int model = columns.pricingModel[index];
        double price = columns.priceEur[index];
        if (Double.isNaN(cheapest[model]) || price < cheapest[model]) {
          cheapest[model] = price;
        }
      }
    }

    // Scores are kept per passing position k, which follows the snapshot order, so packing k
    // instead of the snapshot index breaks ties by offering id all the same.
    long[] fitByPosition = new long[passingCount];
    long[] scoreByPosition = new long[passingCount];
    long[] order = new long[passingCount];
    boolean packable = passingCount < (1 << INDEX_BITS);
    for (int k = 0; k < passingCount; k++) {
      long fit = criteria.fitCents(columns, passing[k], cheapest);
      long score = fit + statics.staticCents[passing[k]] + requestCents[k];
      fitByPosition[k] = fit;
      scoreByPosition[k] = score;
      order[k] = packable ? ((SCORE_BIAS - score) << INDEX_BITS) | k : k;
    }
    int[] positions = new int[passingCount];
    if (packable) {
      Arrays.sort(order);
      for (int j = 0; j < passingCount; j++) {
        positions[j] = (int) (order[j] & ((1L << INDEX_BITS) - 1));
      }
    } else {
      Integer[] boxed = new Integer[passingCount];
      for (int k = 0; k < passingCount; k++) {
        boxed[k] = k;
      }
      Arrays.sort(
          boxed,
          (a, b) ->
              scoreByPosition[a] != scoreByPosition[b]
                  ? Long.compare(scoreByPosition[b], scoreByPosition[a])
                  : Integer.compare(a, b));
      for (int j = 0; j < passingCount; j++) {
        positions[j] = boxed[j];
      }
    }
    int[] ranked = new int[passingCount];
    long[] fitCents = new long[passingCount];
    long[] scoreCents = new long[passingCount];
    for (int j = 0; j < passingCount; j++) {
      int k = positions[j];
      ranked[j] = passing[k];
      fitCents[j] = fitByPosition[k];
      scoreCents[j] = scoreByPosition[k];
    }
    return new Evaluation(
        snapshot,
        criteria,
        statics,
        pool.length,
        ranked,
        Arrays.copyOf(excluded, excludedCount),
        fitCents,
        scoreCents,
        cheapest,
        outcomes);
  }

  /** The result of {@link #evaluate}: the order, and the means to explain any part of it. */
  public static final class Evaluation {
    private final CatalogSnapshot snapshot;
    private final RequirementCriteria criteria;
    private final PolicyEvaluation statics;
    private final int considered;
    private final int[] ranked;
    private final int[] excluded;

    /** Fit and score in hundredths of a point, by rank (0-based), aligned with {@code ranked}. */
    private final long[] fitCents;

    private final long[] scoreCents;
    private final double[] cheapest;
    private final RequestOutcomes outcomes;

    private Evaluation(
        CatalogSnapshot snapshot,
        RequirementCriteria criteria,
        PolicyEvaluation statics,
        int considered,
        int[] ranked,
        int[] excluded,
        long[] fitCents,
        long[] scoreCents,
        double[] cheapest,
        RequestOutcomes outcomes) {
      this.snapshot = snapshot;
      this.criteria = criteria;
      this.statics = statics;
      this.considered = considered;
      this.ranked = ranked;
      this.excluded = excluded;
      this.fitCents = fitCents;
      this.scoreCents = scoreCents;
      this.cheapest = cheapest;
      this.outcomes = outcomes;
    }

    public int rankedCount() {
      return ranked.length;
    }

    public CompiledPolicy policy() {
      return statics.policy;
    }

    /** The 1-based rank of an offering, if it was ranked. */
    public OptionalInt rankOf(UUID offeringId) {
      Candidate c = snapshot.candidate(offeringId);
      if (c == null) {
        return OptionalInt.empty();
      }
      for (int k = 0; k < ranked.length; k++) {
        if (ranked[k] == c.index) {
          return OptionalInt.of(k + 1);
        }
      }
      return OptionalInt.empty();
    }

    /** The 0-based position of the best-ranked offering that is (or is not) US-controlled. */
    public OptionalInt firstPosition(boolean usIncumbent) {
      for (int k = 0; k < ranked.length; k++) {
        if (snapshot.candidate(ranked[k]).usIncumbent == usIncumbent) {
          return OptionalInt.of(k);
        }
      }
      return OptionalInt.empty();
    }

    /** The offering at a 0-based position of the ranking. */
    public UUID offeringAt(int position) {
      return snapshot.candidate(ranked[position]).view.id();
    }

    /** 1-based ranks by snapshot index (0 where not ranked), to compare two rankings cheaply. */
    int[] ranksBySnapshotIndex() {
      int[] ranks = new int[snapshot.size()];
      for (int k = 0; k < ranked.length; k++) {
        ranks[ranked[k]] = k + 1;
      }
      return ranks;
    }

    CatalogSnapshot snapshot() {
      return snapshot;
    }

    /** Whether the offering ranked at a 0-based position is US-controlled. */
    public boolean usIncumbentAt(int position) {
      return snapshot.candidate(ranked[position]).usIncumbent;
    }

    /**
     * The explained ranking: the best {@code keep} results and up to {@code keepExcluded}
     * exclusions.
     */
    public Ranking ranking(int keep, int keepExcluded) {
      List<RankedOffering> top = new ArrayList<>();
      for (int k = 0; k < Math.min(keep, ranked.length); k++) {
        top.add(explain(k));
      }
      List<ExcludedOffering> out = new ArrayList<>();
      for (int k = 0; k < Math.min(keepExcluded, excluded.length); k++) {
        out.add(explainExclusion(excluded[k]));
      }
      return new Ranking(
          considered, ranked.length, List.copyOf(top), excluded.length, List.copyOf(out));
    }

    /** The ranked offering at a 0-based position, with its terms. */
    public RankedOffering explain(int position) {
      int index = ranked[position];
      Candidate c = snapshot.candidate(index);
      List<Term> terms = new ArrayList<>(criteria.fitTerms(c, cheapest));
      long incentives = 0;
      for (int r : statics.fired[index]) {
        CompiledRule rule = statics.staticRules.get(r);
        long cents = PolicyEvaluation.cents(rule.points());
        incentives += cents;
        terms.add(Term.ofCents(rule.name(), cents, "rule", ruleDetail(rule)));
      }
      for (int r = 0; r < statics.requestRules.size(); r++) {
        CompiledRule rule = statics.requestRules.get(r);
        if (rule.effect() == RuleEffect.POINTS && outcomes.held(r, index)) {
          long cents = PolicyEvaluation.cents(rule.points());
          incentives += cents;
          terms.add(Term.ofCents(rule.name(), cents, "rule", ruleDetail(rule)));
        }
      }
      List<String> problems = new ArrayList<>();
      if (statics.errors[index] != null) {
        problems.addAll(Arrays.asList(statics.errors[index]));
      }
      for (int r = 0; r < statics.requestRules.size(); r++) {
        String error = outcomes.error(r, index);
        if (error != null) {
          problems.add(error);
        }
      }
      for (String problem : problems) {
        terms.add(Term.ofCents("Rule not applied", 0, "rule-error", problem));
      }
      return new RankedOffering(
          position + 1,
          c.view.id(),
          c.view.name(),
          c.view.supplier(),
          c.usIncumbent,
          c.view.sovereignty().score(),
          BigDecimal.valueOf(fitCents[position], 2),
          BigDecimal.valueOf(incentives, 2),
          BigDecimal.valueOf(scoreCents[position], 2),
          List.copyOf(terms));
    }

    private ExcludedOffering explainExclusion(int index) {
      Candidate c = snapshot.candidate(index);
      List<String> reasons = criteria.failures(c);
      String source = "must-have";
      if (reasons.isEmpty()) {
        source = "rule";
        CompiledRule rule =
            statics.excludedBy[index] >= 0
                ? statics.staticRules.get(statics.excludedBy[index])
                : statics.requestRules.get(outcomes.excludedBy(index));
        reasons = List.of(ruleDetail(rule) + " (" + rule.name() + ")");
      }
      return new ExcludedOffering(
          c.view.id(), c.view.name(), c.view.supplier(), c.usIncumbent, source, reasons);
    }

    private String ruleDetail(CompiledRule rule) {
      return rule.reason()
          + " — policy \""
          + statics.policy.name()
          + "\""
          + (statics.policy.version() > 0 ? " v" + statics.policy.version() : " (draft)");
    }
  }
}
