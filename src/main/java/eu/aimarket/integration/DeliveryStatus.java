package eu.aimarket.integration;

/**
 * Where a delivery stands: waiting to be sent or retried, delivered (the receiver answered 2xx), or
 * failed (given up after the retry period).
 */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  FAILED
}
