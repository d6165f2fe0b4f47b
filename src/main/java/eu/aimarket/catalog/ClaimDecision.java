package eu.aimarket.catalog;

import eu.aimarket.catalog.FormError.Problem;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An admin's decision on a claim, as entered: a note, a link to the evidence and, for a
 * verification, the date until which it holds. {@link #validate} checks it for either outcome.
 */
public record ClaimDecision(String note, String evidenceUrl, LocalDate expiresOn) {

  public static final int MAX_VALIDITY_YEARS = 3;

  public ClaimDecision {
    note = blankToNull(note);
    evidenceUrl = blankToNull(evidenceUrl);
  }

  /**
   * A verification needs evidence and an expiry between tomorrow and three years ahead; a rejection
   * needs a note saying why. Both take at most 1000 characters of note and a web address.
   */
  void validate(boolean verify, LocalDate today) {
    List<FormError> errors = new ArrayList<>();
    if (note != null && note.length() > 1000) {
      errors.add(new FormError("note", Problem.TOO_LONG, "1000"));
    }
    if (!verify && note == null) {
      errors.add(FormError.of("note", Problem.REQUIRED));
    }
    if (evidenceUrl == null) {
      if (verify) {
        errors.add(FormError.of("evidenceUrl", Problem.REQUIRED));
      }
    } else if (!isWebAddress(evidenceUrl)) {
      errors.add(FormError.of("evidenceUrl", Problem.WEB_ADDRESS));
    } else if (evidenceUrl.length() > 500) {
      errors.add(new FormError("evidenceUrl", Problem.TOO_LONG, "500"));
    }
    if (verify) {
      if (expiresOn == null) {
        errors.add(FormError.of("expiresOn", Problem.REQUIRED));
      } else if (!expiresOn.isAfter(today)) {
        errors.add(FormError.of("expiresOn", Problem.FUTURE_DATE));
      } else if (expiresOn.isAfter(today.plusYears(MAX_VALIDITY_YEARS))) {
        errors.add(
            new FormError("expiresOn", Problem.VALIDITY, Integer.toString(MAX_VALIDITY_YEARS)));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidForm(errors);
    }
  }

  static boolean isWebAddress(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !value.chars().anyMatch(Character::isWhitespace);
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
