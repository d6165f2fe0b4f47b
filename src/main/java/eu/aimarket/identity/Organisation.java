package eu.aimarket.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A business on the marketplace: a buyer, a supplier, or both. */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id private UUID id;

  @Column(name = "legal_name", nullable = false)
  private String legalName;

  @Column(name = "registration_id", nullable = false)
  private String registrationId;

  @Column(nullable = false)
  private String country;

  private String website;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganisationKind kind;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Organisation() {}

  public Organisation(UUID id) {
    this.id = id;
  }

  @PrePersist
  void onCreate() {
    createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public UUID getId() {
    return id;
  }

  public String getLegalName() {
    return legalName;
  }

  public void setLegalName(String legalName) {
    this.legalName = legalName;
  }

  public String getRegistrationId() {
    return registrationId;
  }

  public void setRegistrationId(String registrationId) {
    this.registrationId = registrationId;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  public long getVersion() {
    return version;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
