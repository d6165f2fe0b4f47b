package eu.aimarket.catalog;

/** A foreign law with extraterritorial reach that can compel a supplier to hand over data. */
public enum ExtraterritorialLaw {
  US_CLOUD_ACT("US CLOUD Act"),
  US_FISA_702("US FISA Section 702"),
  US_EO_12333("US Executive Order 12333"),
  CN_NATIONAL_INTELLIGENCE_LAW("China National Intelligence Law"),
  CN_DATA_SECURITY_LAW("China Data Security Law"),
  UK_INVESTIGATORY_POWERS_ACT("UK Investigatory Powers Act");

  private final String label;

  ExtraterritorialLaw(String label) {
    this.label = label;
  }

  /** A short English label for people; pages translate through the message bundle. */
  public String label() {
    return label;
  }
}
