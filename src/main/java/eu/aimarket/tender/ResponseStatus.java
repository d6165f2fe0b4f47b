package eu.aimarket.tender;

/**
 * A supplier's response: a draft until submitted; withdrawn before the deadline it can be changed
 * and submitted again; when the tender concludes, submitted responses become awarded or
 * unsuccessful.
 */
public enum ResponseStatus {
  DRAFT,
  SUBMITTED,
  WITHDRAWN,
  AWARDED,
  UNSUCCESSFUL;

  /** Whether the buyer sees the response: it was submitted and not withdrawn. */
  public boolean visibleToBuyer() {
    return this == SUBMITTED || this == AWARDED || this == UNSUCCESSFUL;
  }

  /** Whether the supplier may still change it. */
  public boolean editable() {
    return this == DRAFT || this == WITHDRAWN;
  }
}
