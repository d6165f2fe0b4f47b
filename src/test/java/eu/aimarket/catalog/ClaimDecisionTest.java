package eu.aimarket.catalog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.aimarket.catalog.FormError.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimDecisionTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private static List<FormError> errors(ClaimDecision decision, boolean verify) {
    return assertThrows(InvalidForm.class, () -> decision.validate(verify, TODAY)).errors();
  }

  @Test
  void aVerificationWithEvidenceAndAnExpiryWithinThreeYearsIsValid() {
    assertDoesNotThrow(
        () ->
            new ClaimDecision(null, "https://example.eu/proof", TODAY.plusYears(3))
                .validate(true, TODAY));
  }

  @Test
  void aVerificationNeedsEvidenceAndAnExpiry() {
    assertEquals(
        List.of(
            FormError.of("evidenceUrl", Problem.REQUIRED),
            FormError.of("expiresOn", Problem.REQUIRED)),
        errors(new ClaimDecision("ok", " ", null), true));
  }

  @Test
  void anExpiryMustLieAheadAndNotTooFar() {
    assertEquals(
        Problem.FUTURE_DATE,
        errors(new ClaimDecision(null, "https://example.eu", TODAY), true).get(0).problem());
    assertEquals(
        Problem.VALIDITY,
        errors(new ClaimDecision(null, "https://example.eu", TODAY.plusYears(3).plusDays(1)), true)
            .get(0)
            .problem());
  }

  @Test
  void evidenceMustBeAWebAddress() {
    for (String bad : new String[] {"javascript:alert(1)", "ftp://example.eu", "https://", "x y"}) {
      assertEquals(
          Problem.WEB_ADDRESS,
          errors(new ClaimDecision(null, bad, TODAY.plusDays(1)), true).get(0).problem(),
          bad);
    }
  }

  @Test
  void aRejectionNeedsANoteButNoExpiry() {
    assertEquals(
        List.of(FormError.of("note", Problem.REQUIRED)),
        errors(new ClaimDecision(null, null, null), false));
    assertDoesNotThrow(() -> new ClaimDecision("No such entry", null, null).validate(false, TODAY));
    assertEquals(
        Problem.TOO_LONG,
        errors(new ClaimDecision("x".repeat(1001), null, null), false).get(0).problem());
  }
}
