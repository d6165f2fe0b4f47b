package eu.aimarket.matching;

import static eu.aimarket.matching.Fixtures.languagesAndOpenWeights;
import static eu.aimarket.matching.Fixtures.mustHaves;
import static eu.aimarket.matching.Fixtures.offering;
import static eu.aimarket.matching.Fixtures.rank;
import static eu.aimarket.matching.Fixtures.requirement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.demand.DataLocation;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.policy.CompiledPolicy;
import eu.aimarket.policy.PolicyTemplates;
import eu.aimarket.policy.PolicyTemplates.Template;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The three shipped policies, as the engine applies them. */
class ShippedPoliciesRankingTest {

  private static CompiledPolicy compiled(Template template) {
    return new CompiledPolicy(
        template.id(), template.name(), 1, Fixtures.COMPILER.compileAll(template.rules()));
  }

  private static final RequirementView GERMAN_LLM =
      requirement(
          mustHaves(
              DataLocation.EU,
              EnumSet.of(DeploymentModel.DEDICATED_CLOUD, DeploymentModel.ON_PREMISES),
              Set.of("de")),
          languagesAndOpenWeights(Set.of("de", "fr"), 50, 50));

  private static final CatalogSnapshot TWINS =
      CatalogSnapshot.of(
          1,
          List.of(
              offering(1)
                  .usHyperscaler()
                  .data("DE")
                  .deployment(DeploymentModel.DEDICATED_CLOUD)
                  .build(),
              offering(2).data("DE").deployment(DeploymentModel.DEDICATED_CLOUD).closed().build()));

  private static List<Object> order(Ranking ranking) {
    return ranking.ranked().stream().map(r -> (Object) r.offeringId()).toList();
  }

  @Test
  void sovereigntyFirstRanksTheEuTwinAhead() {
    Ranking ranking =
        rank(TWINS, GERMAN_LLM, compiled(PolicyTemplates.SOVEREIGNTY_FIRST_TEMPLATE))
            .ranking(10, 10);
    assertEquals(List.of(Fixtures.id(2), Fixtures.id(1)), order(ranking));
    assertTrue(
        ranking.ranked().get(0).incentives().compareTo(ranking.ranked().get(1).incentives()) > 0);
  }

  @Test
  void neutralAddsNothing() {
    Ranking ranking =
        rank(TWINS, GERMAN_LLM, compiled(PolicyTemplates.NEUTRAL_TEMPLATE)).ranking(10, 10);
    for (RankedOffering result : ranking.ranked()) {
      assertEquals(new BigDecimal("0.00"), result.incentives());
    }
    assertEquals(
        List.of(Fixtures.id(1), Fixtures.id(2)), order(ranking), "equal fit: by offering id");
  }

  @Test
  void thePublicBuyerPolicyExcludesNoOneForBeingFromTheUs() {
    // A US offering that meets every quality gate is ranked, not excluded, under the GPA-safe
    // policy.
    CatalogSnapshot snapshot =
        CatalogSnapshot.of(
            1,
            List.of(
                offering(1)
                    .usHyperscaler()
                    .data("DE")
                    .deployment(DeploymentModel.ON_PREMISES)
                    .certifications(eu.aimarket.catalog.Certification.SECNUMCLOUD)
                    .build(),
                offering(2).data("DE").deployment(DeploymentModel.ON_PREMISES).build()));
    RequirementView publicTender =
        requirement(
            mustHaves(DataLocation.ANY, Set.of(), Set.of()),
            languagesAndOpenWeights(Set.of("de"), 50, 50));
    Ranking ranking =
        rank(snapshot, publicTender, compiled(PolicyTemplates.PUBLIC_BUYER_TEMPLATE))
            .ranking(10, 10);
    assertTrue(
        ranking.excluded().stream()
            .noneMatch(e -> e.reasons().stream().anyMatch(r -> r.contains("nationality"))),
        "no exclusion by nationality");
    for (RankedOffering result : ranking.ranked()) {
      assertEquals(
          result.score(),
          result.terms().stream().map(Term::points).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
    // The sovereignty score is the weighted award criterion: the EU offering scores higher on it.
    assertEquals(Fixtures.id(2), ranking.ranked().get(0).offeringId());
  }
}
