package eu.aimarket.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One security-relevant change: who changed which object, when, and its state before and after
 * (JSON). Written once, never changed.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id private UUID id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor_subject", nullable = false)
  private String actorSubject;

  @Column(name = "actor_name", nullable = false)
  private String actorName;

  @Column(nullable = false)
  private String action;

  @Column(name = "object_type", nullable = false)
  private String objectType;

  @Column(name = "object_id", nullable = false)
  private String objectId;

  @Column(name = "before_state", length = 200000)
  private String beforeState;

  @Column(name = "after_state", length = 200000)
  private String afterState;

  protected AuditEvent() {}

  AuditEvent(
      UUID id,
      OffsetDateTime occurredAt,
      String actorSubject,
      String actorName,
      String action,
      String objectType,
      String objectId,
      String beforeState,
      String afterState) {
    this.id = id;
    this.occurredAt = occurredAt;
    this.actorSubject = actorSubject;
    this.actorName = actorName;
    this.action = action;
    this.objectType = objectType;
    this.objectId = objectId;
    this.beforeState = beforeState;
    this.afterState = afterState;
  }

  public UUID getId() {
    return id;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActorSubject() {
    return actorSubject;
  }

  public String getActorName() {
    return actorName;
  }

  public String getAction() {
    return action;
  }

  public String getObjectType() {
    return objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public String getBeforeState() {
    return beforeState;
  }

  public String getAfterState() {
    return afterState;
  }
}
