package eu.aimarket.catalog;

/** How an offering is priced. */
public enum PricingModel {
  PER_TOKEN("Per token"),
  PER_CHARACTER("Per character"),
  PER_MINUTE("Per minute"),
  PER_HOUR("Per hour"),
  SUBSCRIPTION("Subscription"),
  LICENCE("Licence"),
  PER_UNIT("Per unit"),
  PROJECT("Project");

  private final String label;

  PricingModel(String label) {
    this.label = label;
  }

  /** A short English label for people; pages translate through the message bundle. */
  public String label() {
    return label;
  }
}
