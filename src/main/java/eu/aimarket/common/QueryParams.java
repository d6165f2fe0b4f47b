package eu.aimarket.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Parses query parameters with clear 400s. JAX-RS would answer 404 for a query parameter it cannot
 * convert, which tells a client nothing.
 */
public final class QueryParams {

  private QueryParams() {}

  public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(
          name,
          "must be one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }

  public static Boolean booleanValue(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw DomainException.invalid(name, "must be true or false");
    };
  }

  public static UUID uuidValue(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(name, "must be a UUID");
    }
  }

  public static Integer intValue(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalid(name, "must be a whole number");
    }
  }

  public static String text(String name, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw DomainException.invalid(name, "must be at most " + maxLength + " characters");
    }
    return stripped;
  }
}
