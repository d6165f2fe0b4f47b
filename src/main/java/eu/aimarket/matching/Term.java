package eu.aimarket.matching;

import java.math.BigDecimal;

/**
 * One line of a ranking's explanation. {@code source} is {@code fit} (a nice-to-have) or {@code
 * rule} (an incentive rule of the policy); {@code detail} says why, in words. The terms of a result
 * add up exactly to its score.
 */
public record Term(String label, BigDecimal points, String source, String detail) {

  static Term ofCents(String label, long cents, String source, String detail) {
    return new Term(label, BigDecimal.valueOf(cents, 2), source, detail);
  }
}
