package eu.aimarket.catalog;

/** Whether a sovereignty claim rests on the supplier's word or on checked evidence. */
public enum ClaimStatus {
  DECLARED("Declared"),
  VERIFIED("Verified"),
  REJECTED("Rejected");

  private final String label;

  ClaimStatus(String label) {
    this.label = label;
  }

  /** A short English label for people; pages translate through the message bundle. */
  public String label() {
    return label;
  }
}
