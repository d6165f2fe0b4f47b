package eu.aimarket.policy;

import eu.aimarket.catalog.sovereignty.Objective;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables a condition may read and the keys of each, with their types. The compiler declares
 * exactly these, so a misspelt key is an error when the rule is saved rather than a silent {@code
 * false} later; {@link PolicyVariables} builds values of exactly this shape.
 */
final class RuleSchema {

  /** The type of one key, and the Java class its value has at evaluation time. */
  enum FieldType {
    STRING(String.class),
    BOOL(Boolean.class),
    INT(Long.class),
    DOUBLE(Double.class),
    STRING_LIST(List.class),
    OBJECTIVE_LEVELS(Map.class);

    private final Class<?> javaType;

    FieldType(Class<?> javaType) {
      this.javaType = javaType;
    }

    Class<?> javaType() {
      return javaType;
    }
  }

  static final String OFFERING = "offering";
  static final String SUPPLIER = "supplier";
  static final String BUYER = "buyer";
  static final String REQUIREMENT = "requirement";
  static final String EU = "EU";
  static final String EEA = "EEA";
  static final String SEAL_FUNCTION = "seal";

  /** Variables whose values differ per request rather than per offering. */
  static final Set<String> REQUEST_VARIABLES = Set.of(BUYER, REQUIREMENT);

  /** The ids of the sovereignty objectives, {@code SOV-1} to {@code SOV-8}. */
  static final List<String> OBJECTIVES =
      Arrays.stream(Objective.values()).map(Objective::id).toList();

  static final Map<String, Map<String, FieldType>> VARIABLES = variables();

  private RuleSchema() {}

  private static Map<String, Map<String, FieldType>> variables() {
    Map<String, FieldType> offering = new LinkedHashMap<>();
    offering.put("id", FieldType.STRING);
    offering.put("name", FieldType.STRING);
    offering.put("category", FieldType.STRING);
    offering.put("deploymentModels", FieldType.STRING_LIST);
    offering.put("dataStorageCountries", FieldType.STRING_LIST);
    offering.put("dataProcessingCountries", FieldType.STRING_LIST);
    offering.put("supportCountries", FieldType.STRING_LIST);
    offering.put("languages", FieldType.STRING_LIST);
    offering.put("openWeights", FieldType.BOOL);
    offering.put("licence", FieldType.STRING);
    offering.put("certifications", FieldType.STRING_LIST);
    offering.put("pricingModel", FieldType.STRING);
    offering.put("priceEur", FieldType.DOUBLE);
    offering.put("hasPrice", FieldType.BOOL);
    offering.put("hardwareVendorCountry", FieldType.STRING);
    offering.put("renewableEnergyPercent", FieldType.INT);
    offering.put("sovereigntyScore", FieldType.DOUBLE);
    offering.put("seals", FieldType.OBJECTIVE_LEVELS);
    offering.put("overallSeal", FieldType.INT);
    offering.put("verifiedClaims", FieldType.STRING_LIST);

    Map<String, FieldType> supplier = new LinkedHashMap<>();
    supplier.put("id", FieldType.STRING);
    supplier.put("name", FieldType.STRING);
    supplier.put("headquartersCountry", FieldType.STRING);
    supplier.put("controlCountry", FieldType.STRING);
    supplier.put("controllingEntity", FieldType.STRING);
    supplier.put("nonEuOwnershipPercent", FieldType.INT);
    supplier.put("extraterritorialLaws", FieldType.STRING_LIST);
    supplier.put("euPresence", FieldType.STRING);
    supplier.put("sme", FieldType.BOOL);
    supplier.put("usControlled", FieldType.BOOL);

    Map<String, FieldType> buyer = new LinkedHashMap<>();
    buyer.put("id", FieldType.STRING);
    buyer.put("name", FieldType.STRING);
    buyer.put("country", FieldType.STRING);
    buyer.put("publicSector", FieldType.BOOL);

    Map<String, FieldType> requirement = new LinkedHashMap<>();
    requirement.put("id", FieldType.STRING);
    requirement.put("title", FieldType.STRING);
    requirement.put("category", FieldType.STRING);
    requirement.put("dataSensitivity", FieldType.STRING);
    requirement.put("buyerType", FieldType.STRING);
    requirement.put("languages", FieldType.STRING_LIST);
    requirement.put("budgetMaxEur", FieldType.DOUBLE);

    Map<String, Map<String, FieldType>> variables = new LinkedHashMap<>();
    variables.put(OFFERING, java.util.Collections.unmodifiableMap(offering));
    variables.put(SUPPLIER, java.util.Collections.unmodifiableMap(supplier));
    variables.put(BUYER, java.util.Collections.unmodifiableMap(buyer));
    variables.put(REQUIREMENT, java.util.Collections.unmodifiableMap(requirement));
    return java.util.Collections.unmodifiableMap(variables);
  }
}
