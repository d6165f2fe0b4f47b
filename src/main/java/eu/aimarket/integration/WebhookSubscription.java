package eu.aimarket.integration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** An organisation's subscription of one URL to some event types, with its signing secret. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

  @Id private UUID id;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Column(name = "url", nullable = false)
  private String url;

  @Column(name = "secret", nullable = false)
  private String secret;

  @Column(name = "description")
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "webhook_subscription_event",
      joinColumns = @JoinColumn(name = "subscription_id"))
  @Column(name = "event_type", nullable = false)
  @Convert(converter = EventTypeConverter.class)
  private Set<EventType> events = EnumSet.noneOf(EventType.class);

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected WebhookSubscription() {}

  public WebhookSubscription(
      UUID id,
      UUID organisationId,
      String url,
      String secret,
      Set<EventType> events,
      String description,
      String createdBy,
      OffsetDateTime createdAt) {
    this.id = id;
    this.organisationId = organisationId;
    this.url = url;
    this.secret = secret;
    this.events = EnumSet.copyOf(events);
    this.description = description;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public UUID getId() {
    return id;
  }

  public UUID getOrganisationId() {
    return organisationId;
  }

  public String getUrl() {
    return url;
  }

  public String getSecret() {
    return secret;
  }

  public String getDescription() {
    return description;
  }

  public Set<EventType> getEvents() {
    return events;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
