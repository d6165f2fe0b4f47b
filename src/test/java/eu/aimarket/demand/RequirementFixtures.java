package eu.aimarket.demand;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for requirement tests. */
public final class RequirementFixtures {

  private RequirementFixtures() {}

  /**
   * The acceptance example: an LLM with German, data in the EU, on-premises or dedicated
   * deployment; nice-to-haves for languages, open weights and EU support.
   */
  public static Map<String, Object> germanLlmInTheEu(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("description", "An LLM for drafting German administrative letters.");
    body.put("category", "LLM_API");
    body.put("budgetMaxEur", 50000);
    body.put("budgetUnit", "per year");
    body.put("dataSensitivity", "CONFIDENTIAL");
    body.put("buyerType", "PUBLIC_SECTOR");
    body.put("status", "OPEN");
    body.put(
        "mustHaves",
        Map.of(
            "dataLocation", "EU",
            "deploymentModels", List.of("ON_PREMISES", "DEDICATED_CLOUD"),
            "languages", List.of("de")));
    Map<String, Object> nice = new HashMap<>();
    nice.put("languages", List.of("de", "fr", "nl"));
    nice.put("languagesWeight", 30);
    nice.put("openWeightsWeight", 20);
    nice.put("euSupportWeight", 20);
    nice.put("priceWeight", 10);
    body.put("niceToHaves", nice);
    return body;
  }
}
