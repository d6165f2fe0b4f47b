package eu.aimarket.catalog;

import eu.aimarket.catalog.demo.DemoCatalogLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies and well-known demo ids for catalogue tests. */
public final class OfferingFixtures {

  /** Demo supplier whose member is the demo user {@code supplier}. */
  public static final UUID MISTRAL = DemoCatalogLoader.organisationId("mistral-ai");

  /** Demo supplier whose member is the demo user {@code supplier2}. */
  public static final UUID ALEPH_ALPHA = DemoCatalogLoader.organisationId("aleph-alpha");

  public static final UUID MISTRAL_SMALL = DemoCatalogLoader.offeringId("mistral-small-open");
  public static final UUID MISTRAL_LARGE = DemoCatalogLoader.offeringId("mistral-large-api");
  public static final UUID GPT_NL_DRAFT = DemoCatalogLoader.offeringId("gpt-nl-model");

  private OfferingFixtures() {}

  /** A complete, valid offering body; tests change one field to prove one rule. */
  public static Map<String, Object> validOffering(String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("description", "A test offering for the catalogue API.");
    body.put("category", "LLM_API");
    body.put("deploymentModels", List.of("SAAS", "ON_PREMISES"));
    body.put("dataStorageCountries", List.of("DE", "FR"));
    body.put("dataProcessingCountries", List.of("DE"));
    body.put("supportCountries", List.of("DE"));
    body.put("languages", List.of("de", "en"));
    body.put("openWeights", true);
    body.put("licence", "Apache-2.0");
    body.put("certifications", List.of("ISO_27001"));
    body.put("pricingModel", "PER_TOKEN");
    body.put("priceEur", 1.5);
    body.put("priceUnit", "per 1M tokens");
    body.put("hardwareVendorCountry", "US");
    body.put("renewableEnergyPercent", 90);
    body.put("pue", 1.3);
    body.put("status", "PUBLISHED");
    return body;
  }
}
