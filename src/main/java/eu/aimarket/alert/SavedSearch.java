package eu.aimarket.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A search an organisation saved, with how often and where it wants to hear of new matches. */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

  @Id private UUID id;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private SearchKind kind;

  @Column(name = "name", nullable = false)
  private String name;

  @Convert(converter = CriteriaConverter.class)
  @Column(name = "criteria", nullable = false)
  private SearchCriteria criteria;

  @Enumerated(EnumType.STRING)
  @Column(name = "frequency", nullable = false)
  private AlertFrequency frequency;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "last_sent_at")
  private OffsetDateTime lastSentAt;

  protected SavedSearch() {}

  SavedSearch(
      UUID id,
      UUID organisationId,
      SearchKind kind,
      String name,
      SearchCriteria criteria,
      AlertFrequency frequency,
      String email,
      String createdBy,
      OffsetDateTime createdAt) {
    this.id = id;
    this.organisationId = organisationId;
    this.kind = kind;
    this.name = name;
    this.criteria = criteria;
    this.frequency = frequency;
    this.email = email;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void sent(OffsetDateTime at) {
    this.lastSentAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getOrganisationId() {
    return organisationId;
  }

  public SearchKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public SearchCriteria getCriteria() {
    return criteria;
  }

  public AlertFrequency getFrequency() {
    return frequency;
  }

  public String getEmail() {
    return email;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getLastSentAt() {
    return lastSentAt;
  }
}
