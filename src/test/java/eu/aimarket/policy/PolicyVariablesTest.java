package eu.aimarket.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.ClaimAttribute;
import eu.aimarket.catalog.ClaimStatus;
import eu.aimarket.catalog.ClaimView;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.EuPresence;
import eu.aimarket.catalog.ExtraterritorialLaw;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.catalog.PricingModel;
import eu.aimarket.catalog.SupplierSummary;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessment;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessor;
import eu.aimarket.catalog.sovereignty.SovereigntyFacts;
import eu.aimarket.policy.RuleSchema.FieldType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The CEL variables built from the catalogue's read model have exactly the declared shape. */
class PolicyVariablesTest {

  private static final UUID OFFERING_ID = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID SUPPLIER_ID = UUID.fromString("00000000-0000-0000-0000-00000000000b");

  private static OfferingView offering(
      BigDecimal price, String licence, String hardwareCountry, Integer renewable) {
    SovereigntyFacts facts =
        new SovereigntyFacts(
            "US",
            "US",
            100,
            Set.of(ExtraterritorialLaw.US_CLOUD_ACT, ExtraterritorialLaw.US_FISA_702),
            EuPresence.PARTIAL,
            Category.LLM_API,
            Set.of(DeploymentModel.SAAS),
            Set.of("IE"),
            Set.of("IE", "US"),
            Set.of("IE"),
            false,
            licence,
            Set.of(Certification.SOC_2, Certification.ISO_27001),
            hardwareCountry,
            renewable,
            null,
            EnumSet.of(ClaimAttribute.DATA_LOCATION));
    SovereigntyAssessment assessment = SovereigntyAssessor.assess(facts);
    OffsetDateTime now = OffsetDateTime.parse("2025-01-01T00:00:00Z");
    return new OfferingView(
        OFFERING_ID,
        new SupplierSummary(
            SUPPLIER_ID,
            "Example Cloud Inc.",
            "US",
            "US",
            "Example Cloud Inc.",
            100,
            List.of(ExtraterritorialLaw.US_CLOUD_ACT, ExtraterritorialLaw.US_FISA_702),
            EuPresence.PARTIAL,
            false),
        "Example GPT",
        "A closed model behind an API.",
        Category.LLM_API,
        List.of(DeploymentModel.SAAS),
        List.of("IE"),
        List.of("US", "IE"),
        List.of("IE"),
        List.of("en", "de"),
        false,
        licence,
        List.of(Certification.SOC_2, Certification.ISO_27001),
        PricingModel.PER_TOKEN,
        price,
        price == null ? null : "per 1M tokens",
        hardwareCountry,
        renewable,
        null,
        OfferingStatus.PUBLISHED,
        3,
        now,
        now,
        List.of(
            new ClaimView(
                UUID.randomUUID(),
                ClaimAttribute.DATA_LOCATION,
                ClaimStatus.VERIFIED,
                true,
                "https://example.org/evidence",
                "admin",
                now,
                null,
                null,
                "admin",
                now,
                1),
            new ClaimView(
                UUID.randomUUID(),
                ClaimAttribute.CONTROL,
                ClaimStatus.VERIFIED,
                false,
                "https://example.org/expired",
                "admin",
                now.minusYears(2),
                now.minusYears(1),
                "expired",
                "admin",
                now.minusYears(2),
                1),
            new ClaimView(
                UUID.randomUUID(),
                ClaimAttribute.HEADQUARTERS,
                ClaimStatus.DECLARED,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0)),
        assessment);
  }

  private static void assertShape(String variable, Map<String, Object> values) {
    Map<String, FieldType> declared = RuleSchema.VARIABLES.get(variable);
    assertEquals(declared.keySet(), values.keySet(), variable);
    declared.forEach(
        (key, type) -> {
          Object value = values.get(key);
          assertNotNull(value, variable + "." + key);
          assertInstanceOf(type.javaType(), value, variable + "." + key);
          if (value instanceof List<?> list) {
            list.forEach(element -> assertInstanceOf(String.class, element, variable + "." + key));
          }
        });
  }

  @Test
  void theOfferingHasEveryDeclaredKeyWithItsType() {
    OfferingView view = offering(new BigDecimal("2.50"), "Proprietary", "US", 40);
    Map<String, Object> offering = PolicyVariables.offering(view);
    assertShape("offering", offering);
    assertEquals(OFFERING_ID.toString(), offering.get("id"));
    assertEquals("LLM_API", offering.get("category"));
    assertEquals(List.of("SAAS"), offering.get("deploymentModels"));
    assertEquals(List.of("IE", "US"), offering.get("dataProcessingCountries"));
    assertEquals(List.of("ISO_27001", "SOC_2"), offering.get("certifications"));
    assertEquals(2.5, offering.get("priceEur"));
    assertEquals(true, offering.get("hasPrice"));
    assertEquals(40L, offering.get("renewableEnergyPercent"));
    assertEquals(view.sovereignty().score(), offering.get("sovereigntyScore"));
    assertEquals((long) view.sovereignty().overallSeal(), offering.get("overallSeal"));
    Map<?, ?> seals = (Map<?, ?>) offering.get("seals");
    assertEquals(Set.copyOf(RuleSchema.OBJECTIVES), seals.keySet());
    seals.values().forEach(level -> assertInstanceOf(Long.class, level));
    assertEquals(
        List.of("DATA_LOCATION"), offering.get("verifiedClaims"), "only claims that count");
  }

  @Test
  void absentFactsGetTheDocumentedDefaults() {
    Map<String, Object> offering = PolicyVariables.offering(offering(null, null, null, null));
    assertShape("offering", offering);
    assertEquals(0.0, offering.get("priceEur"));
    assertEquals(false, offering.get("hasPrice"));
    assertEquals("", offering.get("licence"));
    assertEquals("", offering.get("hardwareVendorCountry"));
    assertEquals(-1L, offering.get("renewableEnergyPercent"));
  }

  @Test
  void theSupplierHasEveryDeclaredKeyWithItsType() {
    Map<String, Object> supplier = PolicyVariables.supplier(offering(null, null, null, null));
    assertShape("supplier", supplier);
    assertEquals(SUPPLIER_ID.toString(), supplier.get("id"));
    assertEquals(100L, supplier.get("nonEuOwnershipPercent"));
    assertEquals(List.of("US_CLOUD_ACT", "US_FISA_702"), supplier.get("extraterritorialLaws"));
    assertEquals("PARTIAL", supplier.get("euPresence"));
    assertEquals(true, supplier.get("usControlled"));
    assertEquals(false, supplier.get("sme"));
  }

  @Test
  void theBuyerAndTheRequirementHaveEveryDeclaredKey() {
    Map<String, Object> buyer = PolicyVariables.buyer(UUID.randomUUID(), "Gemeente", "NL", true);
    assertShape("buyer", buyer);
    Map<String, Object> requirement =
        PolicyVariables.requirement(
            UUID.randomUUID(),
            "Assistant",
            "LLM_API",
            "CONFIDENTIAL",
            "PUBLIC_SECTOR",
            Set.of("nl", "de"),
            null);
    assertShape("requirement", requirement);
    assertEquals(List.of("de", "nl"), requirement.get("languages"));
    assertEquals(0.0, requirement.get("budgetMaxEur"));
  }

  @Test
  void theBuiltValuesEvaluateUnderTheShippedPolicies() {
    OfferingView view = offering(new BigDecimal("2.50"), null, "US", 40);
    RuleInput input =
        new RuleInput(
            PolicyVariables.offering(view),
            PolicyVariables.supplier(view),
            PolicyVariables.buyer(UUID.randomUUID(), "Gemeente", "NL", true),
            PolicyVariables.requirement(
                UUID.randomUUID(),
                "Assistant",
                "LLM_API",
                "CONFIDENTIAL",
                "PUBLIC_SECTOR",
                List.of("de"),
                BigDecimal.TEN));
    RuleCompiler compiler = new RuleCompiler();
    Set<String> fired = new java.util.TreeSet<>();
    for (PolicyTemplates.Template template : PolicyTemplates.ALL) {
      for (CompiledRule rule : compiler.compileAll(template.rules())) {
        if (rule.test(input)) {
          fired.add(rule.name());
        }
      }
    }
    assertTrue(
        fired.contains("Non-European control under the US CLOUD Act or FISA 702"), fired::toString);
    assertTrue(fired.contains("Data outside the EEA"), fired::toString);
    assertFalse(fired.contains("EU/EEA control"), fired::toString);
  }
}
