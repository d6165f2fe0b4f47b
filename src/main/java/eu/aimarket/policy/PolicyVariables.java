package eu.aimarket.policy;

import eu.aimarket.catalog.ClaimView;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.catalog.SupplierSummary;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessment.ObjectiveAssessment;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the values of the CEL variables from the catalogue's read model (and, for {@code buyer}
 * and {@code requirement}, from plain values). Every map has exactly the keys the compiler declares
 * and no nulls: absent facts get the documented defaults ({@code ""}, {@code 0.0}, {@code -1}), so
 * that a condition never fails on a missing value.
 */
public final class PolicyVariables {

  private PolicyVariables() {}

  public static Map<String, Object> offering(OfferingView o) {
    Map<String, Object> values = new HashMap<>(32);
    values.put("id", o.id().toString());
    values.put("name", o.name());
    values.put("category", nameOf(o.category()));
    values.put("deploymentModels", names(o.deploymentModels()));
    values.put("dataStorageCountries", strings(o.dataStorageCountries()));
    values.put("dataProcessingCountries", strings(o.dataProcessingCountries()));
    values.put("supportCountries", strings(o.supportCountries()));
    values.put("languages", strings(o.languages()));
    values.put("openWeights", o.openWeights());
    values.put("licence", orEmpty(o.licence()));
    values.put("certifications", names(o.certifications()));
    values.put("pricingModel", nameOf(o.pricingModel()));
    values.put("priceEur", o.priceEur() == null ? 0.0 : o.priceEur().doubleValue());
    values.put("hasPrice", o.priceEur() != null);
    values.put("hardwareVendorCountry", orEmpty(o.hardwareVendorCountry()));
    values.put(
        "renewableEnergyPercent",
        o.renewableEnergyPercent() == null ? -1L : o.renewableEnergyPercent().longValue());
    values.put("sovereigntyScore", o.sovereignty().score());
    Map<String, Object> seals = new LinkedHashMap<>();
    for (ObjectiveAssessment objective : o.sovereignty().objectives()) {
      seals.put(objective.id(), (long) objective.seal());
    }
    values.put("seals", Map.copyOf(seals));
    values.put("overallSeal", (long) o.sovereignty().overallSeal());
    values.put(
        "verifiedClaims",
        o.claims().stream()
            .filter(ClaimView::counts)
            .map(claim -> claim.attribute().name())
            .distinct()
            .sorted()
            .toList());
    return Map.copyOf(values);
  }

  public static Map<String, Object> supplier(OfferingView o) {
    SupplierSummary s = o.supplier();
    Map<String, Object> values = new HashMap<>(16);
    values.put("id", s.id().toString());
    values.put("name", orEmpty(s.name()));
    values.put("headquartersCountry", orEmpty(s.headquartersCountry()));
    values.put("controlCountry", orEmpty(s.controlCountry()));
    values.put("controllingEntity", orEmpty(s.controllingEntity()));
    values.put("nonEuOwnershipPercent", (long) s.nonEuOwnershipPercent());
    values.put("extraterritorialLaws", names(s.extraterritorialLaws()));
    values.put("euPresence", s.euPresence() == null ? "NONE" : s.euPresence().name());
    values.put("sme", s.sme());
    values.put("usControlled", o.usControlled());
    return Map.copyOf(values);
  }

  /**
   * The buying organisation.
   *
   * @param publicSector whether it is a contracting authority bound by public procurement law
   */
  public static Map<String, Object> buyer(
      UUID id, String name, String country, boolean publicSector) {
    return Map.of(
        "id", id.toString(),
        "name", orEmpty(name),
        "country", orEmpty(country),
        "publicSector", publicSector);
  }

  /**
   * The requirement being matched.
   *
   * @param category an offering category's enum name, e.g. {@code LLM_API}
   * @param dataSensitivity {@code PUBLIC}, {@code INTERNAL}, {@code CONFIDENTIAL} or {@code
   *     RESTRICTED}
   * @param buyerType {@code PUBLIC_SECTOR} or {@code PRIVATE}
   * @param budgetMaxEur the budget ceiling, or {@code null} when there is none (becomes 0.0)
   */
  public static Map<String, Object> requirement(
      UUID id,
      String title,
      String category,
      String dataSensitivity,
      String buyerType,
      Collection<String> languages,
      BigDecimal budgetMaxEur) {
    Map<String, Object> values = new HashMap<>(8);
    values.put("id", id.toString());
    values.put("title", orEmpty(title));
    values.put("category", orEmpty(category));
    values.put("dataSensitivity", orEmpty(dataSensitivity));
    values.put("buyerType", orEmpty(buyerType));
    values.put("languages", languages == null ? List.of() : strings(languages));
    values.put("budgetMaxEur", budgetMaxEur == null ? 0.0 : budgetMaxEur.doubleValue());
    return Map.copyOf(values);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String nameOf(Enum<?> value) {
    return value == null ? "" : value.name();
  }

  private static List<String> names(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().toList();
  }

  private static List<String> strings(Collection<String> values) {
    return values.stream().sorted().toList();
  }
}
