package eu.aimarket.catalog;

/** How much of a supplier's staff and operations sit in the EU. */
public enum EuPresence {
  NONE("None"),
  PARTIAL("Partial"),
  FULL("Full");

  private final String label;

  EuPresence(String label) {
    this.label = label;
  }

  /** A short English label for people; pages translate through the message bundle. */
  public String label() {
    return label;
  }
}
