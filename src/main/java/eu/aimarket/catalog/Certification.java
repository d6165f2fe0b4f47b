package eu.aimarket.catalog;

/**
 * Certifications, attestations and labels that bear on sovereignty and security. Levels of one
 * scheme (EUCS, Gaia-X) are separate values so that a requirement can ask for "at least" one.
 */
public enum Certification {
  ISO_27001("ISO/IEC 27001"),
  ISO_42001("ISO/IEC 42001 (AI management)"),
  SOC_2("SOC 2"),
  BSI_C5("BSI C5 attestation"),
  SECNUMCLOUD("SecNumCloud"),
  EUCS_BASIC("EUCS basic"),
  EUCS_SUBSTANTIAL("EUCS substantial"),
  EUCS_HIGH("EUCS high"),
  GAIAX_STANDARD_COMPLIANCE("Gaia-X Standard Compliance"),
  GAIAX_LABEL_1("Gaia-X Label Level 1"),
  GAIAX_LABEL_2("Gaia-X Label Level 2"),
  GAIAX_LABEL_3("Gaia-X Label Level 3");

  private final String label;

  Certification(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
