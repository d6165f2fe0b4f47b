package eu.aimarket.demand;

/** How sensitive the data is that the bought AI will handle. */
public enum DataSensitivity {
  PUBLIC,
  INTERNAL,
  CONFIDENTIAL,
  RESTRICTED
}
