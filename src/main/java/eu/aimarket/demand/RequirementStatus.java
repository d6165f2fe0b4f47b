package eu.aimarket.demand;

/** The life cycle of a requirement. Only open requirements are visible to suppliers. */
public enum RequirementStatus {
  DRAFT,
  OPEN,
  CLOSED,
  AWARDED
}
