package eu.aimarket.demand;

/** The life cycle of a requirement. Only open requirements are visible to suppliers. */
public enum RequirementStatus {
  DRAFT,
  OPEN,
  CLOSED,
  AWARDED;

  /** The states in which a requirement has been made known beyond its buyer. */
  public static final java.util.Set<RequirementStatus> PUBLISHED =
      java.util.EnumSet.of(OPEN, CLOSED, AWARDED);
}
