package eu.aimarket.catalog;

import eu.aimarket.catalog.FormError.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns what a person typed into the typed values the API takes, collecting one {@link FormError}
 * per field: first the values that do not parse (a word where a number goes), then the same Bean
 * Validation rules the JSON API applies to the parsed record.
 */
public final class FormInput {

  /** The allowed range of each bounded number, shown in its error message. */
  private static final Map<String, String> RANGES =
      Map.of(
          "nonEuOwnershipPercent", "0–100",
          "renewableEnergyPercent", "0–100",
          "pue", "1.0–5.0",
          "priceEur", "≥ 0",
          "budgetMaxEur", "≥ 0",
          "maxPriceEur", "≥ 0");

  /** Fields whose name ends so are weights 0–100. */
  private static final String WEIGHT = "Weight";

  private final Map<String, FormError> errors = new LinkedHashMap<>();

  public String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Integer wholeNumber(String field, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      add(FormError.of(field, Problem.WHOLE_NUMBER));
      return null;
    }
  }

  public BigDecimal decimal(String field, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.replace(',', '.'));
    } catch (NumberFormatException e) {
      add(FormError.of(field, Problem.DECIMAL));
      return null;
    }
  }

  public Boolean yesNo(String field, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    return switch (text) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> {
        add(FormError.of(field, Problem.CHOICE));
        yield null;
      }
    };
  }

  public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      add(FormError.of(field, Problem.CHOICE));
      return null;
    }
  }

  public <E extends Enum<E>> Set<E> choices(
      String field, Collection<String> values, Class<E> type) {
    Set<E> chosen = EnumSet.noneOf(type);
    for (String value : values) {
      E constant = choice(field, value, type);
      if (constant != null) {
        chosen.add(constant);
      }
    }
    return chosen;
  }

  /** A country code as typed in any case; Bean Validation checks that it exists. */
  public String country(String value) {
    String text = text(value);
    return text == null ? null : text.toUpperCase(Locale.ROOT);
  }

  /** Comma- or space-separated country codes, e.g. "DE, FR". */
  public Set<String> countries(String field, String value) {
    Set<String> codes = new LinkedHashSet<>();
    for (String code : split(value)) {
      String upper = code.toUpperCase(Locale.ROOT);
      if (!Countries.isKnown(upper)) {
        add(new FormError(field, Problem.COUNTRY, code));
      }
      codes.add(upper);
    }
    return codes;
  }

  /** Comma- or space-separated ISO 639-1 language codes, e.g. "de, en". */
  public Set<String> languages(String field, String value) {
    Set<String> codes = new LinkedHashSet<>();
    for (String code : split(value)) {
      String lower = code.toLowerCase(Locale.ROOT);
      if (!LanguageCode.Validator.isKnown(lower)) {
        add(new FormError(field, Problem.LANGUAGE, code));
      }
      codes.add(lower);
    }
    return codes;
  }

  /** Adds the Bean Validation problems of a parsed record for fields not already in error. */
  public <T> void validate(Validator validator, T value) {
    validate(validator, value, path -> path.substring(0, dotOrEnd(path)));
  }

  /**
   * As {@link #validate(Validator, Object)} for records with nested records: {@code fieldOf} names
   * the form field of a property path such as {@code mustHaves.languages}.
   */
  public <T> void validate(Validator validator, T value, Function<String, String> fieldOf) {
    for (ConstraintViolation<T> violation : validator.validate(value)) {
      add(translate(violation, fieldOf.apply(propertyPath(violation))));
    }
  }

  private static int dotOrEnd(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? path.length() : dot;
  }

  /** The names of the properties on the way to the invalid value, without container elements. */
  private static String propertyPath(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PROPERTY) {
        path.append(path.isEmpty() ? "" : ".").append(node.getName());
      }
    }
    return path.toString();
  }

  public void add(FormError error) {
    errors.putIfAbsent(error.field(), error);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public List<FormError> errors() {
    return new ArrayList<>(errors.values());
  }

  public void throwIfInvalid() {
    if (hasErrors()) {
      throw new InvalidForm(errors());
    }
  }

  private static List<String> split(String value) {
    String text = value == null ? "" : value.strip();
    return text.isEmpty()
        ? List.of()
        : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  private static FormError translate(ConstraintViolation<?> violation, String field) {
    String constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    Object invalid = violation.getInvalidValue();
    return switch (constraint) {
      case "NotBlank", "NotNull", "NotEmpty" -> FormError.of(field, Problem.REQUIRED);
      case "Size" ->
          new FormError(
              field,
              invalid instanceof Collection<?> ? Problem.TOO_MANY : Problem.TOO_LONG,
              String.valueOf(attributes.get("max")));
      case "CountryCode" -> new FormError(field, Problem.COUNTRY, String.valueOf(invalid));
      case "LanguageCode" -> new FormError(field, Problem.LANGUAGE, String.valueOf(invalid));
      case "Min", "Max", "DecimalMin", "DecimalMax" ->
          new FormError(
              field,
              Problem.RANGE,
              field.endsWith(WEIGHT) ? "0–100" : RANGES.getOrDefault(field, ""));
      case "Digits" -> FormError.of(field, Problem.DECIMAL);
      case "Pattern" ->
          switch (field) {
            case "registrationId" -> FormError.of(field, Problem.REGISTRATION_ID);
            case "website" -> FormError.of(field, Problem.WEB_ADDRESS);
            case "licence" -> FormError.of(field, Problem.LICENCE);
            default -> FormError.of(field, Problem.CHOICE);
          };
      default -> FormError.of(field, Problem.CHOICE);
    };
  }
}
