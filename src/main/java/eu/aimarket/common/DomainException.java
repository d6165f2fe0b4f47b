package eu.aimarket.common;

import java.util.List;

/**
 * A failure that a service reports to its caller in domain terms. One mapper turns it into
 * problem+json for the API and into an error page for people.
 */
public class DomainException extends RuntimeException {

  private final ProblemType type;
  private final List<Problem.FieldError> fieldErrors;
  private final boolean staleVersion;

  public DomainException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public DomainException(ProblemType type, String detail, List<Problem.FieldError> fieldErrors) {
    this(type, detail, fieldErrors, false);
  }

  private DomainException(
      ProblemType type, String detail, List<Problem.FieldError> fieldErrors, boolean staleVersion) {
    super(detail);
    this.type = type;
    this.fieldErrors = List.copyOf(fieldErrors);
    this.staleVersion = staleVersion;
  }

  /** Whether the change was refused because it was based on a version that is no longer current. */
  public boolean isStaleVersion() {
    return staleVersion;
  }

  public ProblemType type() {
    return type;
  }

  public List<Problem.FieldError> fieldErrors() {
    return fieldErrors;
  }

  public static DomainException notFound(String what, Object id) {
    return new DomainException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
  }

  public static DomainException forbidden(String detail) {
    return new DomainException(ProblemType.FORBIDDEN, detail);
  }

  public static DomainException invalid(String field, String message) {
    return new DomainException(
        ProblemType.VALIDATION,
        "The request has 1 invalid field",
        List.of(new Problem.FieldError(field, message)));
  }

  public static DomainException invalid(List<Problem.FieldError> errors) {
    return new DomainException(
        ProblemType.VALIDATION,
        "The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s"),
        errors);
  }

  public static DomainException staleVersion(String what, long expected, long actual) {
    return new DomainException(
        ProblemType.CONFLICT,
        what
            + " is at version "
            + actual
            + ", but the request was based on version "
            + expected
            + "; reload it and apply your change again",
        List.of(),
        true);
  }
}
