package eu.aimarket.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event in the outbox, written in the transaction of the change it reports. {@code body} is the
 * JSON document exactly as every attempt sends it.
 */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

  @Id private UUID id;

  @Column(name = "sequence", nullable = false)
  private long sequence;

  @Convert(converter = EventTypeConverter.class)
  @Column(name = "event_type", nullable = false)
  private EventType type;

  /** The only organisation whose subscriptions receive it; {@code null} for public events. */
  @Column(name = "audience_organisation_id")
  private UUID audienceOrganisationId;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  protected WebhookEvent() {}

  public WebhookEvent(
      UUID id,
      long sequence,
      EventType type,
      UUID audienceOrganisationId,
      String body,
      OffsetDateTime occurredAt) {
    this.id = id;
    this.sequence = sequence;
    this.type = type;
    this.audienceOrganisationId = audienceOrganisationId;
    this.body = body;
    this.occurredAt = occurredAt;
  }

  public UUID getId() {
    return id;
  }

  public long getSequence() {
    return sequence;
  }

  public EventType getType() {
    return type;
  }

  public UUID getAudienceOrganisationId() {
    return audienceOrganisationId;
  }

  public String getBody() {
    return body;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }
}
