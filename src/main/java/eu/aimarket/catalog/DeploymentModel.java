package eu.aimarket.catalog;

/** How an offering can be run for a customer. */
public enum DeploymentModel {
  SAAS("SaaS (multi-tenant)"),
  DEDICATED_CLOUD("Dedicated cloud"),
  ON_PREMISES("On-premises"),
  AIR_GAPPED("Air-gapped");

  private final String label;

  DeploymentModel(String label) {
    this.label = label;
  }

  /** A short English label for people; pages translate through the message bundle. */
  public String label() {
    return label;
  }
}
