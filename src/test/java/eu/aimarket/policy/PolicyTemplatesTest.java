package eu.aimarket.policy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.policy.PolicyTemplates.Template;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped policies, evaluated on hand-built offerings without a database. */
class PolicyTemplatesTest {

  private static final RuleCompiler COMPILER = new RuleCompiler();

  private static List<CompiledRule> rules(Template template) {
    return COMPILER.compileAll(template.rules());
  }

  private static double points(Template template, RuleInputs input) {
    RuleInput values = input.build();
    return rules(template).stream()
        .filter(rule -> rule.effect() == RuleEffect.POINTS)
        .filter(rule -> rule.test(values))
        .mapToDouble(CompiledRule::points)
        .sum();
  }

  /** No exclusion holds and every requirement does. */
  private static boolean admits(Template template, RuleInputs input) {
    RuleInput values = input.build();
    return rules(template).stream()
        .allMatch(
            rule ->
                switch (rule.effect()) {
                  case POINTS -> true;
                  case EXCLUDE -> !rule.test(values);
                  case REQUIRE -> rule.test(values);
                });
  }

  private static Set<String> firingRules(Template template, RuleInputs input) {
    RuleInput values = input.build();
    Set<String> names = new HashSet<>();
    rules(template).stream().filter(rule -> rule.test(values)).forEach(r -> names.add(r.name()));
    return names;
  }

  @Test
  void everyTemplateCompilesAndHasItsFixedId() {
    for (Template template : PolicyTemplates.ALL) {
      assertEquals(template.rules().size(), rules(template).size(), template.name());
      assertEquals(PolicyTemplates.id(template.name()), template.id());
      template.rules().forEach(rule -> assertFalse(rule.reason().isBlank(), rule.name()));
    }
    assertEquals(PolicyTemplates.SOVEREIGNTY_FIRST, PolicyTemplates.PLATFORM_DEFAULT);
    assertEquals(
        3,
        Set.of(
                PolicyTemplates.SOVEREIGNTY_FIRST,
                PolicyTemplates.PUBLIC_BUYER,
                PolicyTemplates.NEUTRAL)
            .size());
  }

  @Nested
  class SovereigntyFirst {

    private final Template policy = PolicyTemplates.SOVEREIGNTY_FIRST_TEMPLATE;

    @Test
    void anEuControlledOpenWeightsOfferingWithDataInTheEuGetsEveryBonus() {
      assertEquals(80.0, points(policy, RuleInputs.euOpenWeights()));
    }

    @Test
    void aUsControlledOfferingUnderTheCloudActLosesPoints() {
      RuleInputs us = RuleInputs.usControlledUnderCloudAct();
      assertEquals(
          Set.of("Non-European control under the US CLOUD Act or FISA 702", "Data outside the EEA"),
          firingRules(policy, us));
      assertEquals(-45.0, points(policy, us));
      assertThat(points(policy, RuleInputs.euOpenWeights()), greaterThan(points(policy, us)));
    }

    @Test
    void anEuSubsidiaryOfAUsGroupIsStillControlledFromTheUs() {
      RuleInputs subsidiary =
          RuleInputs.usControlledUnderCloudAct()
              .supplier("headquartersCountry", "IE")
              .offering("dataProcessingCountries", List.of("IE"))
              .offering("supportCountries", List.of("IE"));
      assertEquals(
          Set.of(
              "EU/EEA headquarters",
              "Data stored and processed only in the EU",
              "Support from the EU",
              "Non-European control under the US CLOUD Act or FISA 702"),
          firingRules(policy, subsidiary));
      assertEquals(15 + 20 + 5 - 30, points(policy, subsidiary));
    }

    @Test
    void anOfferingWithoutDeclaredDataLocationsGetsNoDataBonus() {
      RuleInputs chip =
          RuleInputs.euOpenWeights()
              .offering("dataStorageCountries", List.of())
              .offering("dataProcessingCountries", List.of());
      assertFalse(firingRules(policy, chip).contains("Data stored and processed only in the EU"));
      assertEquals(60.0, points(policy, chip));
    }

    @Test
    void excludesNobodyAndDoesNotDependOnTheRequest() {
      assertTrue(admits(policy, RuleInputs.usControlledUnderCloudAct()));
      rules(policy).forEach(rule -> assertFalse(rule.dependsOnRequest(), rule.name()));
    }
  }

  @Nested
  class PublicBuyer {

    private final Template policy = PolicyTemplates.PUBLIC_BUYER_TEMPLATE;

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 12.5, 39.99, 40.0, 59.9, 60.0, 79.99, 80.0, 100.0})
    void scoresTheSovereigntyScoreInTiers(double score) {
      double expected = score >= 80 ? 40 : score >= 60 ? 25 : score >= 40 ? 10 : 0;
      assertEquals(
          expected, points(policy, RuleInputs.euOpenWeights().offering("sovereigntyScore", score)));
    }

    @Test
    void admitsEveryOfferingWhenTheDataIsNotConfidential() {
      for (String sensitivity : List.of("PUBLIC", "INTERNAL")) {
        RuleInputs weak =
            RuleInputs.usControlledUnderCloudAct()
                .offering("seals", seals(0))
                .requirement("dataSensitivity", sensitivity);
        assertTrue(admits(policy, weak), sensitivity);
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONFIDENTIAL", "RESTRICTED"})
    void requiresSeal2OnDataAndSecurityForConfidentialData(String sensitivity) {
      assertTrue(
          admits(policy, RuleInputs.euOpenWeights().requirement("dataSensitivity", sensitivity)));
      assertFalse(
          admits(
              policy,
              RuleInputs.euOpenWeights()
                  .offering("seals", withSeal("SOV-3", 1))
                  .requirement("dataSensitivity", sensitivity)));
      assertFalse(
          admits(
              policy,
              RuleInputs.euOpenWeights()
                  .offering("seals", withSeal("SOV-7", 1))
                  .requirement("dataSensitivity", sensitivity)));
    }

    /**
     * Directive 2014/24/EU Art. 25 and the WTO GPA: in covered tenders, a bidder from a GPA party
     * must not be excluded, required or scored by nationality. The template never reads the
     * supplier, and two offerings that differ only in their supplier's nationality, headquarters,
     * control and foreign laws get the same outcome from every rule.
     */
    @Test
    void neverExcludesRequiresOrScoresByNationalityHeadquartersOrControl() {
      for (CompiledRule rule : rules(policy)) {
        assertNotEquals(RuleEffect.EXCLUDE, rule.effect(), rule.name());
        Set<String> supplierReads = new HashSet<>();
        ((CelRule) rule)
            .fieldsRead().stream()
                .filter(field -> field.equals("supplier") || field.startsWith("supplier."))
                .forEach(supplierReads::add);
        assertThat(rule.name() + " reads " + supplierReads, supplierReads, empty());
      }
      List<UnaryOperator<RuleInputs>> nationalities =
          List.of(
              input -> input,
              input ->
                  input
                      .supplier("headquartersCountry", "US")
                      .supplier("controlCountry", "US")
                      .supplier("controllingEntity", "Example Inc.")
                      .supplier("usControlled", true)
                      .supplier("nonEuOwnershipPercent", 100L)
                      .supplier("extraterritorialLaws", List.of("US_CLOUD_ACT", "US_FISA_702")),
              input ->
                  input
                      .supplier("headquartersCountry", "CN")
                      .supplier("controlCountry", "CN")
                      .supplier("extraterritorialLaws", List.of("CN_NATIONAL_INTELLIGENCE_LAW")),
              input ->
                  input.supplier("headquartersCountry", "DE").supplier("controlCountry", "DE"));
      for (String sensitivity : List.of("INTERNAL", "CONFIDENTIAL")) {
        for (double score : List.of(35.0, 55.0, 75.0, 95.0)) {
          for (Map<String, Object> seals : List.of(seals(1), seals(2), seals(4))) {
            Set<Set<String>> outcomes = new HashSet<>();
            for (UnaryOperator<RuleInputs> nationality : nationalities) {
              RuleInputs input =
                  nationality.apply(
                      RuleInputs.euOpenWeights()
                          .offering("sovereigntyScore", score)
                          .offering("seals", seals)
                          .requirement("dataSensitivity", sensitivity));
              outcomes.add(firingRules(policy, input));
            }
            assertEquals(1, outcomes.size(), "outcomes differ by nationality: " + outcomes);
          }
        }
      }
    }

    private static Map<String, Object> seals(long level) {
      return Map.of(
          "SOV-1", level, "SOV-2", level, "SOV-3", level, "SOV-4", level, "SOV-5", level, "SOV-6",
          level, "SOV-7", level, "SOV-8", level);
    }

    private static Map<String, Object> withSeal(String objective, long level) {
      Map<String, Object> seals = new java.util.HashMap<>(seals(3));
      seals.put(objective, level);
      return Map.copyOf(seals);
    }
  }

  @Nested
  class Neutral {

    @Test
    void givesNoPointsAndExcludesNobody() {
      Template neutral = PolicyTemplates.NEUTRAL_TEMPLATE;
      assertTrue(neutral.rules().isEmpty());
      assertEquals(0.0, points(neutral, RuleInputs.euOpenWeights()));
      assertEquals(0.0, points(neutral, RuleInputs.usControlledUnderCloudAct()));
      assertTrue(admits(neutral, RuleInputs.usControlledUnderCloudAct()));
    }
  }
}
