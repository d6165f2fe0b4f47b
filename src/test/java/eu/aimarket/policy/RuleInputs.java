package eu.aimarket.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built rule inputs for unit tests: every key the compiler declares, with the values of a
 * typical EU-controlled, open-weights LLM API whose data stays in Germany. Tests change the keys
 * that matter to them.
 */
final class RuleInputs {

  private final Map<String, Object> offering = new HashMap<>();
  private final Map<String, Object> supplier = new HashMap<>();
  private final Map<String, Object> buyer = new HashMap<>();
  private final Map<String, Object> requirement = new HashMap<>();

  private RuleInputs() {
    offering.put("id", "00000000-0000-0000-0000-000000000001");
    offering.put("name", "Example LLM");
    offering.put("category", "LLM_API");
    offering.put("deploymentModels", List.of("DEDICATED_CLOUD", "SAAS"));
    offering.put("dataStorageCountries", List.of("DE"));
    offering.put("dataProcessingCountries", List.of("DE"));
    offering.put("supportCountries", List.of("DE", "FR"));
    offering.put("languages", List.of("de", "en", "fr"));
    offering.put("openWeights", true);
    offering.put("licence", "Apache-2.0");
    offering.put("certifications", List.of("ISO_27001"));
    offering.put("pricingModel", "PER_TOKEN");
    offering.put("priceEur", 2.0);
    offering.put("hasPrice", true);
    offering.put("hardwareVendorCountry", "US");
    offering.put("renewableEnergyPercent", 90L);
    offering.put("sovereigntyScore", 72.5);
    offering.put(
        "seals",
        Map.of(
            "SOV-1", 3L, "SOV-2", 4L, "SOV-3", 2L, "SOV-4", 3L, "SOV-5", 2L, "SOV-6", 3L, "SOV-7",
            2L, "SOV-8", 2L));
    offering.put("overallSeal", 2L);
    offering.put("verifiedClaims", List.of("CONTROL", "DATA_LOCATION", "HEADQUARTERS"));

    supplier.put("id", "00000000-0000-0000-0000-000000000002");
    supplier.put("name", "Example AI SAS");
    supplier.put("headquartersCountry", "FR");
    supplier.put("controlCountry", "FR");
    supplier.put("controllingEntity", "Example AI SAS");
    supplier.put("nonEuOwnershipPercent", 10L);
    supplier.put("extraterritorialLaws", List.of());
    supplier.put("euPresence", "FULL");
    supplier.put("sme", true);
    supplier.put("usControlled", false);

    buyer.put("id", "00000000-0000-0000-0000-000000000003");
    buyer.put("name", "Gemeente Voorbeeldstad");
    buyer.put("country", "NL");
    buyer.put("publicSector", true);

    requirement.put("id", "00000000-0000-0000-0000-000000000004");
    requirement.put("title", "A German-speaking assistant");
    requirement.put("category", "LLM_API");
    requirement.put("dataSensitivity", "INTERNAL");
    requirement.put("buyerType", "PUBLIC_SECTOR");
    requirement.put("languages", List.of("de"));
    requirement.put("budgetMaxEur", 10_000.0);
  }

  static RuleInputs euOpenWeights() {
    return new RuleInputs();
  }

  /**
   * A closed model of a US-controlled supplier under the CLOUD Act and FISA 702, data in the EU.
   */
  static RuleInputs usControlledUnderCloudAct() {
    return new RuleInputs()
        .offering("openWeights", false)
        .offering("licence", "")
        .offering("dataStorageCountries", List.of("IE", "NL"))
        .offering("dataProcessingCountries", List.of("IE", "NL", "US"))
        .offering("supportCountries", List.of("IE", "US"))
        .offering("sovereigntyScore", 31.0)
        .offering(
            "seals",
            Map.of(
                "SOV-1", 0L, "SOV-2", 0L, "SOV-3", 1L, "SOV-4", 2L, "SOV-5", 0L, "SOV-6", 1L,
                "SOV-7", 2L, "SOV-8", 2L))
        .offering("overallSeal", 0L)
        .offering("verifiedClaims", List.of())
        .supplier("name", "Example Cloud Inc.")
        .supplier("headquartersCountry", "US")
        .supplier("controlCountry", "US")
        .supplier("controllingEntity", "Example Cloud Inc.")
        .supplier("nonEuOwnershipPercent", 100L)
        .supplier("extraterritorialLaws", List.of("US_CLOUD_ACT", "US_FISA_702"))
        .supplier("euPresence", "PARTIAL")
        .supplier("sme", false)
        .supplier("usControlled", true);
  }

  RuleInputs offering(String key, Object value) {
    offering.put(key, value);
    return this;
  }

  RuleInputs supplier(String key, Object value) {
    supplier.put(key, value);
    return this;
  }

  RuleInputs buyer(String key, Object value) {
    buyer.put(key, value);
    return this;
  }

  RuleInputs requirement(String key, Object value) {
    requirement.put(key, value);
    return this;
  }

  RuleInput build() {
    return new RuleInput(
        Map.copyOf(offering), Map.copyOf(supplier), Map.copyOf(buyer), Map.copyOf(requirement));
  }

  /** Without buyer and requirement, as the engine evaluates request-independent rules. */
  RuleInput offeringOnly() {
    return RuleInput.ofOffering(Map.copyOf(offering), Map.copyOf(supplier));
  }
}
