package eu.aimarket.policy;

import java.util.Map;
import java.util.Objects;

/**
 * The values a condition sees, as built by {@link PolicyVariables}: CEL ints are {@code Long},
 * doubles {@code Double}, lists are lists of strings. {@code buyer} and {@code requirement} may be
 * empty maps when only request-independent rules are evaluated.
 */
public record RuleInput(
    Map<String, Object> offering,
    Map<String, Object> supplier,
    Map<String, Object> buyer,
    Map<String, Object> requirement) {

  public RuleInput {
    Objects.requireNonNull(offering, "offering");
    Objects.requireNonNull(supplier, "supplier");
    buyer = buyer == null ? Map.of() : buyer;
    requirement = requirement == null ? Map.of() : requirement;
  }

  /** Input for the rules that do not depend on a request: offering and supplier only. */
  public static RuleInput ofOffering(Map<String, Object> offering, Map<String, Object> supplier) {
    return new RuleInput(offering, supplier, Map.of(), Map.of());
  }
}
