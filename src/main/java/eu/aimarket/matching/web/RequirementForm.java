package eu.aimarket.matching.web;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.FormError;
import eu.aimarket.catalog.FormError.Problem;
import eu.aimarket.catalog.FormInput;
import eu.aimarket.catalog.sovereignty.Objective;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.Problem.FieldError;
import eu.aimarket.demand.BuyerType;
import eu.aimarket.demand.DataLocation;
import eu.aimarket.demand.DataSensitivity;
import eu.aimarket.demand.MustHaves;
import eu.aimarket.demand.NiceToHaves;
import eu.aimarket.demand.RequirementData;
import eu.aimarket.demand.RequirementStatus;
import eu.aimarket.demand.RequirementView;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The requirement form as typed: every value kept as text so that a form that does not validate is
 * shown again exactly as it was entered. {@link #toData} turns it into the {@link RequirementData}
 * the JSON API takes, with the same Bean Validation rules, one error per form field.
 */
public record RequirementForm(
    String title,
    String description,
    String category,
    String budgetMaxEur,
    String budgetUnit,
    String dataSensitivity,
    String buyerType,
    String deadline,
    String status,
    String policyId,
    String dataLocation,
    String dataCountries,
    List<String> deploymentModels,
    List<String> certifications,
    boolean openWeights,
    String languages,
    Map<String, String> minimumSeal,
    String maxPriceEur,
    String niceLanguages,
    String niceLanguagesWeight,
    List<String> niceCertifications,
    String niceCertificationsWeight,
    String niceOpenWeightsWeight,
    List<String> niceDeploymentModels,
    String niceDeploymentModelsWeight,
    String niceEuSupportWeight,
    String nicePriceWeight,
    String version) {

  /** The form field prefix of each objective's minimum SEAL select, e.g. {@code seal-SOV-3}. */
  static final String SEAL_FIELD = "seal-";

  /** An empty form for a new requirement. */
  static RequirementForm blank() {
    return new RequirementForm(
        "",
        "",
        "",
        "",
        "",
        DataSensitivity.INTERNAL.name(),
        "",
        "",
        RequirementStatus.OPEN.name(),
        "",
        DataLocation.EU.name(),
        "",
        List.of(),
        List.of(),
        false,
        "",
        Map.of(),
        "",
        "",
        "0",
        List.of(),
        "0",
        "0",
        List.of(),
        "0",
        "0",
        "0",
        "");
  }

  /** The form of a saved requirement, to edit it. */
  static RequirementForm of(RequirementView r) {
    MustHaves must = r.mustHaves();
    NiceToHaves nice = r.niceToHaves();
    Map<String, String> seals = new TreeMap<>();
    must.minimumSeal().forEach((objective, seal) -> seals.put(objective, seal.toString()));
    return new RequirementForm(
        r.title(),
        r.description(),
        r.category().name(),
        r.budgetMaxEur() == null ? "" : r.budgetMaxEur().toPlainString(),
        r.budgetUnit() == null ? "" : r.budgetUnit(),
        r.dataSensitivity().name(),
        r.buyerType().name(),
        r.deadline() == null ? "" : r.deadline().toLocalDate().toString(),
        r.status().name(),
        r.policyId() == null ? "" : r.policyId().toString(),
        must.dataLocation().name(),
        sorted(must.dataCountries()),
        names(must.deploymentModels()),
        names(must.certifications()),
        must.openWeights(),
        sorted(must.languages()),
        seals,
        must.maxPriceEur() == null ? "" : must.maxPriceEur().toPlainString(),
        sorted(nice.languages()),
        Integer.toString(nice.languagesWeight()),
        names(nice.certifications()),
        Integer.toString(nice.certificationsWeight()),
        Integer.toString(nice.openWeightsWeight()),
        names(nice.deploymentModels()),
        Integer.toString(nice.deploymentModelsWeight()),
        Integer.toString(nice.euSupportWeight()),
        Integer.toString(nice.priceWeight()),
        Long.toString(r.version()));
  }

  /** The form as posted; absent fields are empty. */
  static RequirementForm from(MultivaluedMap<String, String> posted) {
    Map<String, String> seals = new TreeMap<>();
    for (Objective objective : Objective.values()) {
      String value = first(posted, SEAL_FIELD + objective.id());
      if (!value.isBlank()) {
        seals.put(objective.id(), value);
      }
    }
    return new RequirementForm(
        first(posted, "title"),
        first(posted, "description"),
        first(posted, "category"),
        first(posted, "budgetMaxEur"),
        first(posted, "budgetUnit"),
        first(posted, "dataSensitivity"),
        first(posted, "buyerType"),
        first(posted, "deadline"),
        first(posted, "status"),
        first(posted, "policyId"),
        first(posted, "dataLocation"),
        first(posted, "dataCountries"),
        all(posted, "deploymentModels"),
        all(posted, "certifications"),
        "true".equals(first(posted, "openWeights")),
        first(posted, "languages"),
        seals,
        first(posted, "maxPriceEur"),
        first(posted, "niceLanguages"),
        first(posted, "niceLanguagesWeight"),
        all(posted, "niceCertifications"),
        first(posted, "niceCertificationsWeight"),
        first(posted, "niceOpenWeightsWeight"),
        all(posted, "niceDeploymentModels"),
        first(posted, "niceDeploymentModelsWeight"),
        first(posted, "niceEuSupportWeight"),
        first(posted, "nicePriceWeight"),
        first(posted, "version"));
  }

  /**
   * The requirement data, or {@link eu.aimarket.catalog.InvalidForm} naming every field that does
   * not parse or validate. Countries typed while the location is not "these countries" are ignored,
   * as the form shows that field only for that choice.
   */
  RequirementData toData(Validator validator, Set<UUID> choosablePolicies) {
    FormInput input = new FormInput();
    Category chosenCategory = input.choice("category", category, Category.class);
    DataLocation location = input.choice("dataLocation", dataLocation, DataLocation.class);
    Map<String, Integer> seals = new LinkedHashMap<>();
    minimumSeal.forEach(
        (objective, level) -> {
          Integer seal = input.wholeNumber(SEAL_FIELD + objective, level);
          if (seal != null && (seal < 0 || seal > 4)) {
            input.add(FormError.of(SEAL_FIELD + objective, Problem.CHOICE));
          } else if (seal != null && seal > 0) {
            seals.put(objective, seal);
          }
        });
    MustHaves must =
        new MustHaves(
            location,
            location == DataLocation.COUNTRIES
                ? input.countries("dataCountries", dataCountries)
                : Set.of(),
            input.choices("deploymentModels", deploymentModels, DeploymentModel.class),
            input.choices("certifications", certifications, Certification.class),
            openWeights,
            input.languages("languages", languages),
            seals,
            input.decimal("maxPriceEur", maxPriceEur));
    NiceToHaves nice =
        new NiceToHaves(
            input.languages("niceLanguages", niceLanguages),
            weight(input, "niceLanguagesWeight", niceLanguagesWeight),
            input.choices("niceCertifications", niceCertifications, Certification.class),
            weight(input, "niceCertificationsWeight", niceCertificationsWeight),
            weight(input, "niceOpenWeightsWeight", niceOpenWeightsWeight),
            input.choices("niceDeploymentModels", niceDeploymentModels, DeploymentModel.class),
            weight(input, "niceDeploymentModelsWeight", niceDeploymentModelsWeight),
            weight(input, "niceEuSupportWeight", niceEuSupportWeight),
            weight(input, "nicePriceWeight", nicePriceWeight));
    UUID policy = policy(input, choosablePolicies);
    RequirementData data =
        new RequirementData(
            null,
            input.text(title),
            input.text(description),
            chosenCategory,
            input.decimal("budgetMaxEur", budgetMaxEur),
            input.text(budgetUnit),
            input.choice("dataSensitivity", dataSensitivity, DataSensitivity.class),
            input.choice("buyerType", buyerType, BuyerType.class),
            deadline(input),
            input.choice("status", status, RequirementStatus.class),
            policy,
            must,
            nice,
            null);
    input.validate(validator, data, RequirementForm::fieldOf);
    if (location == DataLocation.COUNTRIES && must.dataCountries().isEmpty()) {
      input.add(FormError.of("dataCountries", Problem.REQUIRED));
    }
    requireNamedWhenWeighted(input, nice.languagesWeight(), nice.languages(), "niceLanguages");
    requireNamedWhenWeighted(
        input, nice.certificationsWeight(), nice.certifications(), "niceCertifications");
    requireNamedWhenWeighted(
        input, nice.deploymentModelsWeight(), nice.deploymentModels(), "niceDeploymentModels");
    input.throwIfInvalid();
    return data;
  }

  /** The version the edit is based on; a form without one was not produced by the edit page. */
  long expectedVersion() {
    try {
      return Long.parseLong(version.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalid("version", "must be the whole number the edit page sent");
    }
  }

  /** The form field of a property path of {@link RequirementData}. */
  static String fieldOf(String path) {
    if (path.startsWith("mustHaves.")) {
      String property = path.substring("mustHaves.".length());
      return property.startsWith("minimumSeal") ? "minimumSeal" : property;
    }
    if (path.startsWith("niceToHaves.")) {
      String property = path.substring("niceToHaves.".length());
      return "nice" + property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    }
    return path;
  }

  /** The service's own field errors (paths of the JSON body) as form errors. */
  static List<FormError> formErrors(List<FieldError> errors) {
    List<FormError> translated = new ArrayList<>();
    for (FieldError error : errors) {
      translated.add(FormError.of(fieldOf(error.field()), Problem.REQUIRED));
    }
    return translated;
  }

  public boolean has(List<String> chosen, Object value) {
    return chosen.contains(value.toString());
  }

  public String seal(String objective) {
    return minimumSeal.getOrDefault(objective, "0");
  }

  private UUID policy(FormInput input, Set<UUID> choosable) {
    String text = input.text(policyId);
    if (text == null) {
      return null;
    }
    try {
      UUID id = UUID.fromString(text);
      if (choosable.contains(id)) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // reported below like an id that is not among the choices
    }
    input.add(FormError.of("policyId", Problem.CHOICE));
    return null;
  }

  private java.time.OffsetDateTime deadline(FormInput input) {
    String text = input.text(deadline);
    if (text == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text);
      if (date.getYear() > 2200) {
        input.add(FormError.of("deadline", Problem.DATE));
        return null;
      }
      return date.atTime(23, 59).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      input.add(FormError.of("deadline", Problem.DATE));
      return null;
    }
  }

  private static int weight(FormInput input, String field, String value) {
    Integer number = input.wholeNumber(field, value);
    return number == null ? 0 : number;
  }

  private static void requireNamedWhenWeighted(
      FormInput input, int weight, Set<?> named, String field) {
    if (weight > 0 && named.isEmpty()) {
      input.add(FormError.of(field, Problem.REQUIRED));
    }
  }

  private static String first(MultivaluedMap<String, String> posted, String name) {
    String value = posted.getFirst(name);
    return value == null ? "" : value;
  }

  private static List<String> all(MultivaluedMap<String, String> posted, String name) {
    List<String> values = posted.get(name);
    return values == null ? List.of() : List.copyOf(values);
  }

  private static String sorted(Set<String> codes) {
    return codes.stream().sorted().collect(Collectors.joining(", "));
  }

  private static List<String> names(Set<? extends Enum<?>> constants) {
    return constants.stream().map(Enum::name).sorted().toList();
  }
}
