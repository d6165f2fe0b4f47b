package eu.aimarket.policy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.Problem.FieldError;
import eu.aimarket.common.ProblemType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Compiling, checking and evaluating CEL conditions, without a database. */
class RuleCompilerTest {

  private static final RuleCompiler COMPILER = new RuleCompiler();

  private static RuleDefinition points(String name, String condition, int points) {
    return new RuleDefinition(
        name, condition, RuleEffect.POINTS, BigDecimal.valueOf(points), "Because we say so.");
  }

  private static CompiledRule compile(String condition) {
    return COMPILER.compileAll(List.of(points("Test rule", condition, 10))).get(0);
  }

  private static boolean holds(String condition, RuleInputs input) {
    return compile(condition).test(input.build());
  }

  /** The one field error that compiling a single rule with this condition produces. */
  private static FieldError rejection(String condition) {
    DomainException e =
        assertThrows(
            DomainException.class,
            () -> COMPILER.compileAll(List.of(points("Bad rule", condition, 10))));
    assertEquals(ProblemType.VALIDATION, e.type());
    assertEquals(1, e.fieldErrors().size(), () -> e.fieldErrors().toString());
    return e.fieldErrors().get(0);
  }

  @Nested
  class Compiling {

    @Test
    void compilesARuleAndKeepsItsDefinition() {
      CompiledRule rule =
          COMPILER
              .compileAll(
                  List.of(
                      new RuleDefinition(
                          "Open weights",
                          "offering.openWeights",
                          RuleEffect.POINTS,
                          new BigDecimal("12.5"),
                          "Open weights remove lock-in.")))
              .get(0);
      assertEquals("Open weights", rule.name());
      assertEquals("offering.openWeights", rule.condition());
      assertEquals(RuleEffect.POINTS, rule.effect());
      assertEquals(12.5, rule.points());
      assertEquals("Open weights remove lock-in.", rule.reason());
    }

    @Test
    void keepsTheOrderOfTheRules() {
      List<CompiledRule> rules =
          COMPILER.compileAll(
              List.of(
                  points("First", "true", 1),
                  new RuleDefinition("Second", "false", RuleEffect.EXCLUDE, null, "No."),
                  new RuleDefinition("Third", "true", RuleEffect.REQUIRE, null, "Yes.")));
      assertEquals(
          List.of("First", "Second", "Third"), rules.stream().map(CompiledRule::name).toList());
      assertEquals(0.0, rules.get(1).points());
    }

    @Test
    void rejectsASyntaxErrorWithTheRuleNameAndPosition() {
      FieldError error = rejection("offering.openWeights &&");
      assertEquals("rules[0].condition", error.field());
      assertThat(
          error.message(),
          allOf(
              startsWith("Bad rule: "),
              containsString("mismatched input '<EOF>'"),
              endsWith("(line 1, column 24)")));
    }

    @Test
    void countsLinesAndColumnsFromOne() {
      FieldError error = rejection("offering.openWeights\n  && offering.nmae == 'x'");
      assertThat(error.message(), equalTo("Bad rule: undefined field 'nmae' (line 2, column 14)"));
    }

    @Test
    void rejectsAnUnknownVariable() {
      assertThat(
          rejection("vendor.name == 'x'").message(),
          allOf(
              containsString("undeclared reference to 'vendor'"),
              containsString("(line 1, column 1)")));
    }

    @Test
    void rejectsAnUnknownFunction() {
      assertThat(
          rejection("isEuropean(supplier)").message(),
          containsString("undeclared reference to 'isEuropean'"));
    }

    @Test
    void rejectsAnUnknownKeyOnEachVariable() {
      assertThat(
          rejection("offering.price > 10.0").message(), containsString("undefined field 'price'"));
      assertThat(
          rejection("supplier.country == 'FR'").message(),
          containsString("undefined field 'country'"));
      assertThat(
          rejection("buyer.sector == 'PUBLIC'").message(),
          containsString("undefined field 'sector'"));
      assertThat(
          rejection("requirement.budget > 10.0").message(),
          containsString("undefined field 'budget'"));
    }

    @Test
    void rejectsAddingABoolToAnInt() {
      assertThat(
          rejection("offering.openWeights + 1 > 0").message(),
          allOf(
              containsString("found no matching overload for '_+_' applied to '(bool, int)'"),
              endsWith("(line 1, column 22)")));
    }

    @Test
    void rejectsAConditionThatIsNotABool() {
      assertThat(
          rejection("offering.name").message(),
          containsString("expected type 'bool' but found 'string'"));
      assertThat(
          rejection("offering.overallSeal").message(),
          containsString("expected type 'bool' but found 'int'"));
    }

    @Test
    void rejectsComparingAStringWithANumber() {
      assertThat(
          rejection("supplier.nonEuOwnershipPercent == '10'").message(),
          containsString("found no matching overload for '_==_'"));
    }

    @Test
    void rejectsBuildingRecords() {
      assertThat(
          rejection("aimarket.Offering{name: 'x'}.name == 'x'").message(),
          containsString("creates a aimarket.Offering value"));
    }

    @Test
    void rejectsAnUnknownSovereigntyObjective() {
      assertThat(
          rejection("seal(offering, 'SOV-9') >= 2").message(),
          allOf(
              containsString("'SOV-9' is not a sovereignty objective; use one of SOV-1, SOV-2"),
              endsWith("(line 1, column 16)")));
      assertThat(
          rejection("offering.seals['sov-3'] >= 2").message(),
          containsString("'sov-3' is not a sovereignty objective"));
    }

    @Test
    void rejectsSealOfAnythingButAnOffering() {
      assertThat(
          rejection("seal(supplier, 'SOV-1') >= 2").message(),
          containsString("found no matching overload for 'seal'"));
    }

    @Test
    void rejectsAConditionThatIsTooLong() {
      String condition = "true" + " && true".repeat(300);
      FieldError error = rejection(condition);
      assertEquals("rules[0].condition", error.field());
      assertThat(error.message(), containsString("at most 2000 characters"));
    }

    @Test
    void rejectsAConditionWithTooManyExpressions() {
      // Short to write, large once the macro is expanded: about 12 expressions per loop.
      String condition = "[1].all(x,x>0)&&".repeat(120) + "true";
      assertTrue(condition.length() <= RuleCompiler.MAX_CONDITION_LENGTH);
      assertThat(
          rejection(condition).message(),
          allOf(containsString("is too large"), containsString("split it into several rules")));
    }

    @Test
    void reportsEveryBadRuleAtOnceAndCompilesNone() {
      DomainException e =
          assertThrows(
              DomainException.class,
              () ->
                  COMPILER.compileAll(
                      List.of(
                          points("Fine", "offering.openWeights", 5),
                          points("Typo", "offering.openWeight", 5),
                          points("Fine too", "supplier.sme", 5),
                          points("Broken", "supplier.sme ||", 5))));
      assertEquals(
          List.of("rules[1].condition", "rules[3].condition"),
          e.fieldErrors().stream().map(FieldError::field).toList());
      assertThat(e.fieldErrors().get(0).message(), startsWith("Typo: "));
      assertThat(e.fieldErrors().get(1).message(), startsWith("Broken: "));
      assertEquals("The request has 2 invalid fields", e.getMessage());
    }

    @Test
    void requiresPointsExactlyForPointRules() {
      DomainException e =
          assertThrows(
              DomainException.class,
              () ->
                  COMPILER.compileAll(
                      List.of(
                          new RuleDefinition("No points", "true", RuleEffect.POINTS, null, "Why"),
                          new RuleDefinition(
                              "Exclusion with points",
                              "true",
                              RuleEffect.EXCLUDE,
                              BigDecimal.TEN,
                              "Why"),
                          new RuleDefinition(
                              "Too many",
                              "true",
                              RuleEffect.POINTS,
                              new BigDecimal("1000.5"),
                              "Why"))));
      assertEquals(
          List.of("rules[0].points", "rules[1].points", "rules[2].points"),
          e.fieldErrors().stream().map(FieldError::field).toList());
      assertThat(
          e.fieldErrors().get(0).message(),
          equalTo("No points: is required when the effect is POINTS"));
      assertThat(
          e.fieldErrors().get(1).message(),
          equalTo("Exclusion with points: must be left out when the effect is EXCLUDE"));
      assertThat(e.fieldErrors().get(2).message(), containsString("between -1000 and 1000"));
    }

    @Test
    void rejectsTwoRulesWithTheSameName() {
      DomainException e =
          assertThrows(
              DomainException.class,
              () ->
                  COMPILER.compileAll(
                      List.of(
                          points("Open weights", "true", 1), points("open weights ", "true", 2))));
      assertEquals("rules[1].name", e.fieldErrors().get(0).field());
      assertThat(
          e.fieldErrors().get(0).message(),
          allOf(containsString("rules[0]"), containsString("unique")));
    }

    @Test
    void rejectsBlankFieldsForCallersThatDidNotValidate() {
      DomainException e =
          assertThrows(
              DomainException.class,
              () ->
                  COMPILER.compileAll(
                      List.of(
                          new RuleDefinition(" ", "true", RuleEffect.EXCLUDE, null, "Why"),
                          new RuleDefinition("Blank", " ", RuleEffect.EXCLUDE, null, "Why"),
                          new RuleDefinition("No effect", "true", null, null, "Why"),
                          new RuleDefinition("No reason", "true", RuleEffect.EXCLUDE, null, ""))));
      assertEquals(
          List.of("rules[0].name", "rules[1].condition", "rules[2].effect", "rules[3].reason"),
          e.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    void acceptsAnEmptyPolicy() {
      assertTrue(COMPILER.compileAll(List.of()).isEmpty());
    }
  }

  @Nested
  class Evaluating {

    @Test
    void evaluatesTheOfferingAndSupplierVariables() {
      RuleInputs eu = RuleInputs.euOpenWeights();
      RuleInputs us = RuleInputs.usControlledUnderCloudAct();
      String condition =
          "offering.openWeights && supplier.controlCountry == 'FR' && !supplier.usControlled";
      assertTrue(holds(condition, eu));
      assertFalse(holds(condition, us));
      assertTrue(holds("'US_CLOUD_ACT' in supplier.extraterritorialLaws", us));
      assertTrue(holds("offering.renewableEnergyPercent >= 90", eu));
    }

    @Test
    void comparesDoublesWithIntegerLiterals() {
      assertTrue(
          holds(
              "offering.priceEur < 10 && offering.sovereigntyScore >= 70",
              RuleInputs.euOpenWeights()));
    }

    @Test
    void theEuAndEeaHelpersListTheMemberStates() {
      RuleInputs norway = RuleInputs.euOpenWeights().supplier("headquartersCountry", "NO");
      assertTrue(holds("supplier.headquartersCountry in EEA", norway));
      assertFalse(holds("supplier.headquartersCountry in EU", norway));
      assertTrue(holds("EU.size() == 27 && EEA.size() == 30", norway));
      assertTrue(
          holds(
              "offering.dataStorageCountries.all(c, c in EU)",
              RuleInputs.euOpenWeights().offering("dataStorageCountries", List.of("DE", "FR"))));
      assertFalse(
          holds(
              "offering.dataProcessingCountries.all(c, c in EU)",
              RuleInputs.usControlledUnderCloudAct()));
      assertFalse(holds("'CH' in EEA || 'GB' in EEA", norway));
    }

    @Test
    void theSealHelperReadsTheLevelOfAnObjective() {
      RuleInputs input = RuleInputs.euOpenWeights();
      assertTrue(holds("seal(offering, 'SOV-2') == 4", input));
      assertTrue(holds("seal(offering, 'SOV-3') == offering.seals['SOV-3']", input));
      assertFalse(holds("seal(offering, 'SOV-3') >= 3", input));
    }

    @Test
    void aSealOfAnObjectiveComputedAtRunTimeMustExist() {
      CompiledRule rule = compile("seal(offering, 'SOV-' + string(offering.overallSeal + 8)) > 0");
      RuleEvaluationException e =
          assertThrows(
              RuleEvaluationException.class, () -> rule.test(RuleInputs.euOpenWeights().build()));
      assertEquals("Test rule", e.ruleName());
      assertThat(e.getMessage(), containsString("no SEAL level for 'SOV-10'"));
    }

    @Test
    void readsTheBuyerAndTheRequirement() {
      RuleInputs input = RuleInputs.euOpenWeights().requirement("dataSensitivity", "CONFIDENTIAL");
      assertTrue(
          holds(
              "buyer.publicSector && requirement.dataSensitivity in ['CONFIDENTIAL', 'RESTRICTED']"
                  + " && requirement.languages.all(l, l in offering.languages)",
              input));
      assertTrue(holds("requirement.budgetMaxEur > offering.priceEur", input));
    }

    @Test
    void aRuntimeErrorNamesTheRule() {
      CompiledRule rule = compile("100 / (supplier.nonEuOwnershipPercent - 10) > 1");
      RuleEvaluationException e =
          assertThrows(
              RuleEvaluationException.class, () -> rule.test(RuleInputs.euOpenWeights().build()));
      assertEquals("Test rule", e.ruleName());
      assertThat(e.getMessage(), allOf(startsWith("Test rule: "), containsString("by zero")));
    }

    @Test
    void aMissingKeyIsAnEvaluationErrorNotAFalse() {
      CompiledRule rule = compile("requirement.dataSensitivity == 'PUBLIC'");
      assertThrows(
          RuleEvaluationException.class,
          () -> rule.test(RuleInputs.euOpenWeights().offeringOnly()));
    }

    @Test
    void stopsAfterTheLoopIterationLimit() {
      List<String> countries = IntStream.range(0, 40).mapToObj(i -> "C" + i).toList();
      CompiledRule rule =
          compile(
              "offering.dataStorageCountries.all(a, offering.dataStorageCountries.all(b, a != b || a == b))");
      RuleInputs small =
          RuleInputs.euOpenWeights().offering("dataStorageCountries", countries.subList(0, 30));
      assertTrue(rule.test(small.build()), "30 x 30 = 900 iterations stay within the limit");
      RuleInputs large = RuleInputs.euOpenWeights().offering("dataStorageCountries", countries);
      RuleEvaluationException e =
          assertThrows(RuleEvaluationException.class, () -> rule.test(large.build()));
      assertThat(e.getMessage(), containsString("Iteration budget exceeded: 1000"));
    }

    @Test
    void stopsAfterTheEvaluationStepLimit() {
      List<String> languages = IntStream.range(0, 900).mapToObj(i -> "l" + i).toList();
      CompiledRule rule =
          compile("offering.languages.all(l, l + l + l + l + l + l + l + l + l + l != '')");
      RuleInputs input = RuleInputs.euOpenWeights().offering("languages", languages);
      RuleEvaluationException e =
          assertThrows(RuleEvaluationException.class, () -> rule.test(input.build()));
      assertThat(
          e.getMessage(),
          equalTo("Test rule: stopped after 10000 evaluation steps, the limit for one rule"));
      assertTrue(
          rule.test(
              RuleInputs.euOpenWeights().offering("languages", languages.subList(0, 50)).build()));
    }

    @Test
    void isSafeToEvaluateFromManyThreadsAtOnce() throws Exception {
      CompiledRule rule =
          compile(
              "offering.dataStorageCountries.all(c, c in EU) && supplier.controlCountry in EEA");
      RuleInput eu = RuleInputs.euOpenWeights().build();
      RuleInput us = RuleInputs.usControlledUnderCloudAct().build();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          boolean european = i % 2 == 0;
          tasks.add(() -> rule.test(european ? eu : us) == european);
        }
        for (Future<Boolean> result : pool.invokeAll(tasks)) {
          assertTrue(result.get());
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  class RequestDependence {

    @Test
    void aRuleOnOfferingAndSupplierDoesNotDependOnTheRequest() {
      assertFalse(compile("offering.openWeights && supplier.sme && 'DE' in EU").dependsOnRequest());
      assertFalse(compile("seal(offering, 'SOV-3') >= 2").dependsOnRequest());
    }

    @Test
    void aRuleReadingTheBuyerOrTheRequirementDoes() {
      assertTrue(compile("buyer.publicSector").dependsOnRequest());
      assertTrue(
          compile("offering.languages.exists(l, l in requirement.languages)").dependsOnRequest());
      assertTrue(compile("has(requirement.title)").dependsOnRequest());
    }

    @Test
    void aLoopVariableNamedLikeTheBuyerIsNotTheBuyer() {
      assertFalse(compile("offering.languages.exists(buyer, buyer == 'de')").dependsOnRequest());
      assertTrue(
          compile("offering.languages.exists(buyer, buyer == 'de') || buyer.country == 'NL'")
              .dependsOnRequest());
    }

    @Test
    void theFieldsReadNameEveryKeyAndSealReadsOnlyItsObjective() {
      assertEquals(
          Set.of("offering.seals.SOV-3", "requirement.dataSensitivity"),
          compile("requirement.dataSensitivity == 'RESTRICTED' && seal(offering, 'SOV-3') >= 2")
              .fieldsRead());
      assertEquals(
          Set.of("offering.languages", "requirement.languages"),
          compile("requirement.languages.all(l, l in offering.languages)").fieldsRead());
      assertEquals(
          Set.of("offering.seals", "offering.overallSeal", "buyer.publicSector"),
          compile("buyer.publicSector && seal(offering, 'SOV-' + string(offering.overallSeal)) > 0")
              .fieldsRead());
    }

    @Test
    void aRequestIndependentRuleEvaluatesWithoutBuyerOrRequirement() {
      assertTrue(compile("offering.openWeights").test(RuleInputs.euOpenWeights().offeringOnly()));
    }
  }
}
