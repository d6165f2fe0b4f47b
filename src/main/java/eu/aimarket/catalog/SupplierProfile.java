package eu.aimarket.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The supplier-level sovereignty attributes of an organisation that supplies: where it sits, who
 * ultimately controls it, and which foreign laws reach it. Shares its id with the organisation.
 */
@Entity
@Table(name = "supplier_profile")
public class SupplierProfile {

  @Id
  @Column(name = "organisation_id")
  private UUID organisationId;

  @Column(name = "headquarters_country", nullable = false)
  private String headquartersCountry;

  @Column(name = "controlling_entity", nullable = false)
  private String controllingEntity;

  @Column(name = "control_country", nullable = false)
  private String controlCountry;

  @Column(name = "non_eu_ownership_percent", nullable = false)
  private int nonEuOwnershipPercent;

  @ElementCollection
  @CollectionTable(
      name = "supplier_extraterritorial_law",
      joinColumns = @JoinColumn(name = "supplier_id"))
  @Column(name = "law")
  @Enumerated(EnumType.STRING)
  private Set<ExtraterritorialLaw> extraterritorialLaws = EnumSet.noneOf(ExtraterritorialLaw.class);

  @Enumerated(EnumType.STRING)
  @Column(name = "eu_presence", nullable = false)
  private EuPresence euPresence;

  @Column(nullable = false)
  private boolean sme;

  @Version private long version;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected SupplierProfile() {}

  public SupplierProfile(UUID organisationId) {
    this.organisationId = organisationId;
  }

  @PrePersist
  @PreUpdate
  void touch() {
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public UUID getOrganisationId() {
    return organisationId;
  }

  public String getHeadquartersCountry() {
    return headquartersCountry;
  }

  public void setHeadquartersCountry(String headquartersCountry) {
    this.headquartersCountry = headquartersCountry;
  }

  public String getControllingEntity() {
    return controllingEntity;
  }

  public void setControllingEntity(String controllingEntity) {
    this.controllingEntity = controllingEntity;
  }

  public String getControlCountry() {
    return controlCountry;
  }

  public void setControlCountry(String controlCountry) {
    this.controlCountry = controlCountry;
  }

  public int getNonEuOwnershipPercent() {
    return nonEuOwnershipPercent;
  }

  public void setNonEuOwnershipPercent(int nonEuOwnershipPercent) {
    this.nonEuOwnershipPercent = nonEuOwnershipPercent;
  }

  public Set<ExtraterritorialLaw> getExtraterritorialLaws() {
    return extraterritorialLaws;
  }

  public void setExtraterritorialLaws(Set<ExtraterritorialLaw> laws) {
    extraterritorialLaws.clear();
    extraterritorialLaws.addAll(laws);
  }

  public EuPresence getEuPresence() {
    return euPresence;
  }

  public void setEuPresence(EuPresence euPresence) {
    this.euPresence = euPresence;
  }

  public boolean isSme() {
    return sme;
  }

  public void setSme(boolean sme) {
    this.sme = sme;
  }

  public long getVersion() {
    return version;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
