package eu.aimarket.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists one entry per offending field so that a client
 * (or a form) can point at each one.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One offending input: the field's path in the request (e.g. {@code dataStorageCountries[1]}).
   */
  public record FieldError(String field, String message) {}
}
