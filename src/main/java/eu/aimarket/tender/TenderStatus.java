package eu.aimarket.tender;

/** Where a tender stands: open, or concluded with one of the three outcomes. */
public enum TenderStatus {
  OPEN,
  AWARDED,
  CANCELLED,
  NONE_SUITABLE;

  public boolean concluded() {
    return this != OPEN;
  }
}
