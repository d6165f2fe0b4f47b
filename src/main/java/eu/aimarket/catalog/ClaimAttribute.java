package eu.aimarket.catalog;

/**
 * A sovereignty attribute that a supplier claims and an admin can verify. Supplier-level ones
 * belong to the organisation's profile, the others to one offering.
 */
public enum ClaimAttribute {
  HEADQUARTERS(true, "Headquarters"),
  CONTROL(true, "Ultimate control and ownership"),
  EXTRATERRITORIAL_LAWS(true, "Exposure to extraterritorial laws"),
  EU_PRESENCE(true, "Staff and operations in the EU"),
  DATA_LOCATION(false, "Where data is stored and processed"),
  SUPPORT_LOCATION(false, "Where support sits"),
  DEPLOYMENT(false, "Deployment models"),
  OPEN_WEIGHTS(false, "Open weights and licence"),
  CERTIFICATIONS(false, "Certifications"),
  HARDWARE_ORIGIN(false, "Origin of the hardware"),
  ENVIRONMENT(false, "Energy and environment");

  private final boolean supplierLevel;
  private final String label;

  ClaimAttribute(boolean supplierLevel, String label) {
    this.supplierLevel = supplierLevel;
    this.label = label;
  }

  public boolean supplierLevel() {
    return supplierLevel;
  }

  public String label() {
    return label;
  }
}
