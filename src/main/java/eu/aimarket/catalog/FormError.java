package eu.aimarket.catalog;

/**
 * One problem with one field of a form that people fill in. The problem is a code rather than a
 * sentence so that pages can say it in the reader's language; {@code detail} carries the number or
 * the offending value the sentence needs.
 */
public record FormError(String field, Problem problem, String detail) {

  /** What can be wrong with a field. */
  public enum Problem {
    REQUIRED,
    TOO_LONG,
    TOO_MANY,
    WHOLE_NUMBER,
    DECIMAL,
    RANGE,
    COUNTRY,
    LANGUAGE,
    CHOICE,
    REGISTRATION_ID,
    WEB_ADDRESS,
    LICENCE,
    TAKEN,
    NO_OFFERING,
    DATE,
    FUTURE_DATE,
    VALIDITY,
    STALE,
    CHANGED,
    RULE
  }

  public static FormError of(String field, Problem problem) {
    return new FormError(field, problem, null);
  }

  /** The problem in plain English, for logs and for clients that get problem+json. */
  public String englishMessage() {
    String text = problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return detail == null ? text : text + " (" + detail + ")";
  }
}
