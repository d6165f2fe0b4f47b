package eu.aimarket.matching;

import static eu.aimarket.matching.Fixtures.exclude;
import static eu.aimarket.matching.Fixtures.languagesAndOpenWeights;
import static eu.aimarket.matching.Fixtures.mustHaves;
import static eu.aimarket.matching.Fixtures.offering;
import static eu.aimarket.matching.Fixtures.points;
import static eu.aimarket.matching.Fixtures.policy;
import static eu.aimarket.matching.Fixtures.rank;
import static eu.aimarket.matching.Fixtures.require;
import static eu.aimarket.matching.Fixtures.requirement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.demand.DataLocation;
import eu.aimarket.demand.MustHaves;
import eu.aimarket.demand.NiceToHaves;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.policy.CompiledPolicy;
import eu.aimarket.policy.CompiledRule;
import eu.aimarket.policy.RuleEffect;
import eu.aimarket.policy.RuleInput;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The engine on hand-built snapshots, without a database. */
class MatchEngineTest {

  private static final CompiledPolicy NEUTRAL = policy("Neutral");
  private static final CompiledPolicy SOVEREIGNTY =
      policy(
          "Sovereignty",
          points("EU headquarters", "supplier.headquartersCountry in EEA", "15"),
          points("Data only in the EU", "offering.dataStorageCountries.all(c, c in EU)", "10"),
          points("CLOUD Act", "'US_CLOUD_ACT' in supplier.extraterritorialLaws", "-20"));

  private static final RequirementView GERMAN_LLM =
      requirement(
          mustHaves(
              DataLocation.EU,
              EnumSet.of(DeploymentModel.ON_PREMISES, DeploymentModel.DEDICATED_CLOUD),
              Set.of("de")),
          languagesAndOpenWeights(Set.of("de", "fr"), 50, 50));

  private static BigDecimal sum(RankedOffering result) {
    return result.terms().stream().map(Term::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void anEuControlledOfferingWithTheSameFitRanksAheadOfAUsControlledOneUnderSovereigntyRules() {
    // Same attributes where the requirement looks; the US one has data in the EU too (an EU
    // region).
    CatalogSnapshot snapshot =
        CatalogSnapshot.of(
            1,
            List.of(
                offering(1)
                    .usHyperscaler()
                    .data("DE")
                    .deployment(DeploymentModel.DEDICATED_CLOUD)
                    .build(),
                offering(2)
                    .data("DE")
                    .deployment(DeploymentModel.DEDICATED_CLOUD)
                    .closed()
                    .build()));
    Ranking sovereign = rank(snapshot, GERMAN_LLM, SOVEREIGNTY).ranking(10, 10);
    assertEquals(
        List.of(Fixtures.id(2), Fixtures.id(1)),
        sovereign.ranked().stream().map(RankedOffering::offeringId).toList());
    assertTrue(sovereign.ranked().get(1).usIncumbent());
    assertEquals(
        0, sovereign.ranked().get(0).fit().compareTo(sovereign.ranked().get(1).fit()), "same fit");

    // Under Neutral only fit counts: equal fit, so the tie breaks by offering id.
    Ranking neutral = rank(snapshot, GERMAN_LLM, NEUTRAL).ranking(10, 10);
    assertEquals(
        List.of(Fixtures.id(1), Fixtures.id(2)),
        neutral.ranked().stream().map(RankedOffering::offeringId).toList());
    assertEquals(neutral.ranked().get(0).score(), neutral.ranked().get(0).fit());
  }

  @Test
  void underNeutralTheOrderFollowsFitAlone() {
    CatalogSnapshot snapshot =
        CatalogSnapshot.of(
            1,
            List.of(
                offering(1).languages("de").closed().build(),
                offering(2).languages("de", "fr").build(),
                offering(3).usHyperscaler().languages("de", "fr").data("IE").build()));
    RequirementView requirement =
        requirement(
            mustHaves(DataLocation.ANY, Set.of(), Set.of("de")),
            languagesAndOpenWeights(Set.of("de", "fr"), 50, 50));
    Ranking ranking = rank(snapshot, requirement, NEUTRAL).ranking(10, 10);
    // Offering 2: both languages and open weights (100); 3: both languages, closed (50); 1: one
    // language, closed (25).
    assertEquals(
        List.of(Fixtures.id(2), Fixtures.id(3), Fixtures.id(1)),
        ranking.ranked().stream().map(RankedOffering::offeringId).toList());
    assertEquals(new BigDecimal("100.00"), ranking.ranked().get(0).score());
    assertEquals(new BigDecimal("50.00"), ranking.ranked().get(1).score());
    assertEquals(new BigDecimal("25.00"), ranking.ranked().get(2).score());
  }

  @Test
  void termsAddUpExactlyToTheScore() {
    CatalogSnapshot snapshot =
        CatalogSnapshot.of(
            1,
            List.of(
                offering(1).languages("de").build(),
                offering(2).usHyperscaler().languages("de", "fr", "it").data("DE").build(),
                offering(3).languages("fr", "de").closed().price("3.33").build(),
                offering(4).languages("de").price("0.70").build()));
    NiceToHaves awkward =
        new NiceToHaves(Set.of("de", "fr", "it"), 7, Set.of(), 0, 11, null, 0, 13, 17);
    RequirementView requirement = requirement(MustHaves.none(), awkward);
    for (CompiledPolicy policy : List.of(NEUTRAL, SOVEREIGNTY)) {
      for (RankedOffering result : rank(snapshot, requirement, policy).ranking(10, 10).ranked()) {
        assertEquals(
            result.score(),
            sum(result),
            "terms of " + result.offeringName() + " under " + policy.name());
        assertEquals(result.score(), result.fit().add(result.incentives()));
      }
    }
  }

  @Test
  void mustHavesExcludeWithTheirReasonsNamed() {
    CatalogSnapshot snapshot =
        CatalogSnapshot.of(
            1,
            List.of(
                offering(1).build(),
                offering(2).data("US").build(),
                offering(3).deployment(DeploymentModel.SAAS).build(),
                offering(4).languages("en").build(),
                offering(5).certifications().build(),
                offering(6).closed().build(),
                offering(7).price("99").build(),
                offering(8).usHyperscaler().build()));
    MustHaves must =
        new MustHaves(
            DataLocation.EU,
            null,
            EnumSet.of(DeploymentModel.ON_PREMISES),
            EnumSet.of(Certification.ISO_27001),
            true,
            Set.of("de"),
            Map.of("SOV-2", 2),
            new BigDecimal("10"));
    Ranking ranking =
        rank(snapshot, requirement(must, NiceToHaves.none()), NEUTRAL).ranking(10, 10);
    assertEquals(
        List.of(Fixtures.id(1)),
        ranking.ranked().stream().map(RankedOffering::offeringId).toList());
    assertEquals(7, ranking.excludedCount());
    Map<Object, List<String>> reasons =
        ranking.excluded().stream()
            .collect(
                java.util.stream.Collectors.toMap(e -> e.offeringId(), ExcludedOffering::reasons));
    assertTrue(
        reasons
            .get(Fixtures.id(2))
            .get(0)
            .startsWith("Data must stay in the EU (stored or processed in US)"));
    assertTrue(
        reasons.get(Fixtures.id(3)).get(0).startsWith("Deployment must be one of On-premises"));
    assertTrue(reasons.get(Fixtures.id(4)).get(0).startsWith("Required language missing: de"));
    assertTrue(
        reasons
            .get(Fixtures.id(5))
            .get(0)
            .startsWith("Required certification missing: ISO/IEC 27001"));
    assertTrue(reasons.get(Fixtures.id(6)).get(0).startsWith("Open weights are required"));
    assertTrue(
        reasons.get(Fixtures.id(7)).get(0).startsWith("Price EUR 99 is above the maximum EUR 10"));
    assertTrue(
        reasons.get(Fixtures.id(8)).stream()
            .anyMatch(
                r -> r.startsWith("SOV-2 Legal & jurisdictional is at SEAL 0, the minimum is 2")));
    assertTrue(ranking.excluded().stream().allMatch(e -> e.source().equals("must-have")));
  }

  @Test
  void onPremisesOnlyOfferingsMeetDataLocationMustHaves() {
    CatalogSnapshot snapshot =
        CatalogSnapshot.of(
            1, List.of(offering(1).data().deployment(DeploymentModel.ON_PREMISES).build()));
    Ranking ranking =
        rank(
                snapshot,
                requirement(mustHaves(DataLocation.EU, Set.of(), Set.of()), NiceToHaves.none()),
                NEUTRAL)
            .ranking(10, 10);
    assertEquals(1, ranking.rankedCount());
  }

  @Test
  void onlyTheRequirementsCategoryIsConsidered() {
    CatalogSnapshot snapshot =
        CatalogSnapshot.of(
            1, List.of(offering(1).build(), offering(2).category(Category.GPU_COMPUTE).build()));
    Ranking ranking =
        rank(snapshot, requirement(MustHaves.none(), NiceToHaves.none()), NEUTRAL).ranking(10, 10);
    assertEquals(1, ranking.considered());
    assertEquals(0, ranking.excludedCount());
  }

  @Test
  void exclusionAndRequirementRulesRemoveOfferingsWithTheRuleNamed() {
    CatalogSnapshot snapshot =
        CatalogSnapshot.of(
            1,
            List.of(
                offering(1).build(),
                offering(2).usHyperscaler().build(),
                offering(3).closed().build()));
    CompiledPolicy strict =
        policy(
            "Strict",
            exclude("No CLOUD Act", "'US_CLOUD_ACT' in supplier.extraterritorialLaws"),
            require(
                "Open weights for confidential data",
                "requirement.dataSensitivity != 'CONFIDENTIAL' || offering.openWeights"));
    Ranking ranking =
        rank(snapshot, requirement(MustHaves.none(), NiceToHaves.none()), strict).ranking(10, 10);
    assertEquals(
        List.of(Fixtures.id(1)),
        ranking.ranked().stream().map(RankedOffering::offeringId).toList());
    assertEquals(2, ranking.excludedCount());
    for (ExcludedOffering excluded : ranking.excluded()) {
      assertEquals("rule", excluded.source());
    }
    assertTrue(
        ranking.excluded().stream().anyMatch(e -> e.reasons().get(0).contains("No CLOUD Act")));
    assertTrue(
        ranking.excluded().stream()
            .anyMatch(e -> e.reasons().get(0).contains("Open weights for confidential data")));
  }

  @Test
  void requestDependentRulesSeeTheRequirementAndTheBuyer() {
    CatalogSnapshot snapshot = CatalogSnapshot.of(1, List.of(offering(1).build()));
    CompiledPolicy publicBuyers =
        policy(
            "Public",
            points(
                "Public buyer bonus",
                "buyer.publicSector && requirement.category == 'LLM_API'",
                "5"),
            points("Never", "requirement.budgetMaxEur > 1000000.0", "100"));
    RankedOffering result =
        rank(snapshot, requirement(MustHaves.none(), NiceToHaves.none()), publicBuyers).explain(0);
    assertEquals(new BigDecimal("105.00"), result.score());
    assertTrue(
        result.terms().stream()
            .anyMatch(t -> t.label().equals("Public buyer bonus") && t.source().equals("rule")));
  }

  @Test
  void aRuleThatFailsAtRuntimeIsNotAppliedAndSaysSo() {
    CatalogSnapshot snapshot = CatalogSnapshot.of(1, List.of(offering(1).build()));
    CompiledPolicy broken =
        policy(
            "Broken",
            points("Divides by zero", "1 / (offering.renewableEnergyPercent - 80) > 0", "10"));
    RankedOffering result =
        rank(snapshot, requirement(MustHaves.none(), NiceToHaves.none()), broken).explain(0);
    assertEquals(new BigDecimal("100.00"), result.score());
    assertTrue(
        result.terms().stream()
            .anyMatch(
                t -> t.source().equals("rule-error") && t.detail().contains("Divides by zero")));
  }

  @Test
  void requestIndependentRulesAreEvaluatedOncePerSnapshotAndPolicyVersion() {
    CatalogSnapshot snapshot =
        CatalogSnapshot.of(1, List.of(offering(1).build(), offering(2).build()));
    PolicyEvaluation first = PolicyEvaluation.of(snapshot, SOVEREIGNTY, true);
    PolicyEvaluation second = PolicyEvaluation.of(snapshot, SOVEREIGNTY, true);
    assertSame(first, second);
    assertFalse(
        first
            == PolicyEvaluation.of(CatalogSnapshot.of(2, snapshot.offerings()), SOVEREIGNTY, true));
  }

  @Test
  void aRequestDependentRuleIsEvaluatedOncePerDistinctValueItReads() {
    CatalogSnapshot snapshot =
        CatalogSnapshot.of(
            1,
            List.of(
                offering(1).languages("de", "en").build(),
                offering(2).languages("fr").build(),
                offering(3).languages("de", "en").build(),
                offering(4).languages("fr").build(),
                offering(5).languages("de", "en").build()));
    CompiledRule speaksGerman =
        policy(
                "German",
                points("Speaks German", "'de' in offering.languages && buyer.publicSector", "7"))
            .rules()
            .get(0);
    AtomicInteger evaluations = new AtomicInteger();
    CompiledRule counted = countingEvaluations(speaksGerman, evaluations);
    CompiledPolicy policy = new CompiledPolicy(Fixtures.id(7777), "Counted", 1, List.of(counted));
    Ranking ranking =
        rank(snapshot, requirement(MustHaves.none(), NiceToHaves.none()), policy).ranking(10, 0);
    assertEquals(2, evaluations.get(), "one evaluation per distinct language list");
    assertEquals(
        List.of(Fixtures.id(1), Fixtures.id(3), Fixtures.id(5), Fixtures.id(2), Fixtures.id(4)),
        ranking.ranked().stream().map(RankedOffering::offeringId).toList());
    for (RankedOffering result : ranking.ranked()) {
      boolean german = result.score().compareTo(new BigDecimal("107.00")) == 0;
      assertEquals(
          german, result.terms().stream().anyMatch(t -> t.label().equals("Speaks German")));
      assertEquals(0, sum(result).compareTo(result.score()));
    }
  }

  @Test
  void resultsAreRememberedAcrossRankingsForTheSameRequestValuesOnly() {
    CatalogSnapshot snapshot =
        CatalogSnapshot.of(
            1,
            List.of(
                offering(1).languages("de", "en").build(),
                offering(2).languages("fr").build(),
                offering(3).languages("de", "en").build()));
    CompiledRule generousBudget =
        policy(
                "Budget",
                points(
                    "Several languages within budget",
                    "offering.languages.size() > 1 && requirement.budgetMaxEur > 5000.0",
                    "7"))
            .rules()
            .get(0);
    AtomicInteger evaluations = new AtomicInteger();
    CompiledPolicy policy =
        new CompiledPolicy(
            Fixtures.id(7778),
            "Counted",
            1,
            List.of(countingEvaluations(generousBudget, evaluations)));
    RequirementView generous = requirement(MustHaves.none(), NiceToHaves.none());
    RequirementView tight = withBudget(generous, new BigDecimal("1000"));

    assertEquals(List.of("107.00", "100.00", "107.00"), scoresById(snapshot, generous, policy));
    assertEquals(2, evaluations.get(), "one evaluation per distinct language list");
    assertEquals(List.of("107.00", "100.00", "107.00"), scoresById(snapshot, generous, policy));
    assertEquals(2, evaluations.get(), "the same request values reuse the first results");
    assertEquals(List.of("100.00", "100.00", "100.00"), scoresById(snapshot, tight, policy));
    assertEquals(4, evaluations.get(), "other request values are evaluated afresh");
    assertEquals(List.of("107.00", "100.00", "107.00"), scoresById(snapshot, generous, policy));
    assertEquals(4, evaluations.get());
  }

  private static List<String> scoresById(
      CatalogSnapshot snapshot, RequirementView requirement, CompiledPolicy policy) {
    Map<UUID, BigDecimal> scores = new HashMap<>();
    for (RankedOffering result : rank(snapshot, requirement, policy).ranking(10, 0).ranked()) {
      scores.put(result.offeringId(), result.score());
    }
    return List.of(Fixtures.id(1), Fixtures.id(2), Fixtures.id(3)).stream()
        .map(id -> scores.get(id).setScale(2).toPlainString())
        .toList();
  }

  private static RequirementView withBudget(RequirementView r, BigDecimal budget) {
    return new RequirementView(
        r.id(),
        r.buyer(),
        r.title(),
        r.description(),
        r.category(),
        budget,
        r.budgetUnit(),
        r.dataSensitivity(),
        r.buyerType(),
        r.deadline(),
        r.status(),
        r.policyId(),
        r.mustHaves(),
        r.niceToHaves(),
        r.version(),
        r.createdAt(),
        r.updatedAt());
  }

  private static CompiledRule countingEvaluations(CompiledRule rule, AtomicInteger evaluations) {
    return new CompiledRule() {
      @Override
      public String name() {
        return rule.name();
      }

      @Override
      public String condition() {
        return rule.condition();
      }

      @Override
      public RuleEffect effect() {
        return rule.effect();
      }

      @Override
      public double points() {
        return rule.points();
      }

      @Override
      public String reason() {
        return rule.reason();
      }

      @Override
      public boolean dependsOnRequest() {
        return rule.dependsOnRequest();
      }

      @Override
      public Set<String> fieldsRead() {
        return rule.fieldsRead();
      }

      @Override
      public boolean test(RuleInput input) {
        evaluations.incrementAndGet();
        return rule.test(input);
      }
    };
  }

  @Test
  void theCheapestComparableOfferScoresFullOnPrice() {
    CatalogSnapshot snapshot =
        CatalogSnapshot.of(
            1,
            List.of(
                offering(1).price("2.00").build(),
                offering(2).price("1.00").build(),
                offering(3).price(null).build()));
    NiceToHaves price = new NiceToHaves(null, 0, null, 0, 0, null, 0, 0, 100);
    Ranking ranking = rank(snapshot, requirement(MustHaves.none(), price), NEUTRAL).ranking(10, 10);
    assertEquals(new BigDecimal("100.00"), ranking.ranked().get(0).score());
    assertEquals(new BigDecimal("50.00"), ranking.ranked().get(1).score());
    assertEquals(new BigDecimal("0.00"), ranking.ranked().get(2).score());
  }

  @Test
  void theIncumbentComparisonNamesTheBestUsOfferingAndTheLocalAlternativesAheadOfIt() {
    CatalogSnapshot snapshot =
        CatalogSnapshot.of(
            1,
            List.of(
                offering(1).usHyperscaler().languages("de", "fr").data("DE").build(),
                offering(2).languages("de").closed().build(),
                offering(3).languages("de", "fr").build()));
    RequirementView requirement =
        requirement(MustHaves.none(), languagesAndOpenWeights(Set.of("de", "fr"), 50, 50));
    IncumbentComparison comparison =
        IncumbentComparisons.compare(
            rank(snapshot, requirement, SOVEREIGNTY), rank(snapshot, requirement, NEUTRAL));
    assertEquals(Fixtures.id(1), comparison.incumbent().offeringId());
    List<Object> alternatives =
        comparison.alternatives().stream().map(a -> (Object) a.offering().offeringId()).toList();
    assertEquals(List.of(Fixtures.id(3), Fixtures.id(2)), alternatives);
    IncumbentComparison.Alternative best = comparison.alternatives().get(0);
    assertEquals(
        best.offering().score().subtract(comparison.incumbent().score()), best.scoreDifference());
    assertEquals(
        best.scoreDifference(),
        best.differences().stream()
            .map(IncumbentComparison.TermDifference::difference)
            .reduce(BigDecimal.ZERO, BigDecimal::add),
        "the differences term by term add up to the difference in score");
  }
}
