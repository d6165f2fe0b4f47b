package eu.aimarket.identity;

/** Whether an organisation buys, supplies, or does both on the marketplace. */
public enum OrganisationKind {
  BUYER,
  SUPPLIER,
  BOTH;

  public boolean supplies() {
    return this == SUPPLIER || this == BOTH;
  }

  public boolean buys() {
    return this == BUYER || this == BOTH;
  }
}
