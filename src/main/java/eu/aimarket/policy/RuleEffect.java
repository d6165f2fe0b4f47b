package eu.aimarket.policy;

/** What a rule does to an offering. */
public enum RuleEffect {
  /** Adds the rule's points (which may be negative) when the condition holds. */
  POINTS,
  /** Removes the offering from the ranking when the condition holds. */
  EXCLUDE,
  /** Removes the offering from the ranking when the condition does not hold. */
  REQUIRE
}
