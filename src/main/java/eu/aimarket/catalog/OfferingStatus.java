package eu.aimarket.catalog;

/** Where an offering is in its life cycle; only published offerings are public. */
public enum OfferingStatus {
  DRAFT("Draft"),
  PUBLISHED("Published"),
  RETIRED("Retired");

  private final String label;

  OfferingStatus(String label) {
    this.label = label;
  }

  /** A short English label for people; pages translate through the message bundle. */
  public String label() {
    return label;
  }
}
