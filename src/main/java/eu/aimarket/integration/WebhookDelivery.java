package eu.aimarket.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event on its way to one subscription, and afterwards its entry in the delivery log. Ids are
 * time-ordered, so the log pages newest first by id.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

  @Id private UUID id;

  @Column(name = "subscription_id", nullable = false)
  private UUID subscriptionId;

  @Column(name = "event_id", nullable = false)
  private UUID eventId;

  /** The event's place in commit order; a subscription receives its events in this order. */
  @Column(name = "sequence", nullable = false)
  private long sequence;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private DeliveryStatus status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  @Column(name = "last_attempt_at")
  private OffsetDateTime lastAttemptAt;

  @Column(name = "last_status_code")
  private Integer lastStatusCode;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected WebhookDelivery() {}

  public WebhookDelivery(
      UUID id, UUID subscriptionId, UUID eventId, long sequence, OffsetDateTime createdAt) {
    this.id = id;
    this.subscriptionId = subscriptionId;
    this.eventId = eventId;
    this.sequence = sequence;
    this.status = DeliveryStatus.PENDING;
    this.attempts = 0;
    this.nextAttemptAt = createdAt;
    this.createdAt = createdAt;
  }

  /** Takes the delivery for one attempt; until {@code leaseUntil} no other dispatcher takes it. */
  void startAttempt(OffsetDateTime now, OffsetDateTime leaseUntil) {
    attempts++;
    lastAttemptAt = now;
    nextAttemptAt = leaseUntil;
  }

  void delivered(OffsetDateTime now, int statusCode) {
    status = DeliveryStatus.DELIVERED;
    lastStatusCode = statusCode;
    lastError = null;
    deliveredAt = now;
    nextAttemptAt = null;
  }

  void failed(Integer statusCode, String error, OffsetDateTime retryAt) {
    lastStatusCode = statusCode;
    lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
    if (retryAt == null) {
      status = DeliveryStatus.FAILED;
      nextAttemptAt = null;
    } else {
      nextAttemptAt = retryAt;
    }
  }

  public UUID getId() {
    return id;
  }

  public UUID getSubscriptionId() {
    return subscriptionId;
  }

  public UUID getEventId() {
    return eventId;
  }

  public long getSequence() {
    return sequence;
  }

  public DeliveryStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public OffsetDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  public OffsetDateTime getLastAttemptAt() {
    return lastAttemptAt;
  }

  public Integer getLastStatusCode() {
    return lastStatusCode;
  }

  public String getLastError() {
    return lastError;
  }

  public OffsetDateTime getDeliveredAt() {
    return deliveredAt;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
