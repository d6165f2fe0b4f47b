package eu.aimarket.tender;

/** How a buyer concludes a tender. */
public enum TenderOutcome {
  AWARDED,
  CANCELLED,
  NONE_SUITABLE;

  TenderStatus status() {
    return TenderStatus.valueOf(name());
  }
}
