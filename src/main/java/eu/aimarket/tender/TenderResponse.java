package eu.aimarket.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A supplier organisation's response to a tender, and the buyer's evaluation of it. */
@Entity
@Table(name = "tender_response")
public class TenderResponse {

  @Id private UUID id;

  @Column(name = "tender_id", nullable = false)
  private UUID tenderId;

  @Column(name = "supplier_organisation_id", nullable = false)
  private UUID supplierOrganisationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ResponseStatus status;

  @Convert(converter = TenderJson.OfferingIdsConverter.class)
  @Column(name = "offering_ids", nullable = false)
  private List<UUID> offeringIds;

  @Column(name = "price_eur")
  private BigDecimal priceEur;

  @Column(name = "price_unit")
  private String priceUnit;

  @Convert(converter = TenderJson.EvidenceConverter.class)
  @Column(name = "evidence", nullable = false)
  private Map<String, String> evidence;

  @Column(name = "shortlisted", nullable = false)
  private boolean shortlisted;

  @Column(name = "buyer_note")
  private String buyerNote;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected TenderResponse() {}

  TenderResponse(
      UUID id, UUID tenderId, UUID supplierOrganisationId, String createdBy, OffsetDateTime now) {
    this.id = id;
    this.tenderId = tenderId;
    this.supplierOrganisationId = supplierOrganisationId;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedAt = now;
    this.status = ResponseStatus.DRAFT;
  }

  void change(
      List<UUID> offeringIds,
      BigDecimal priceEur,
      String priceUnit,
      Map<String, String> evidence,
      OffsetDateTime now) {
    this.offeringIds = List.copyOf(offeringIds);
    this.priceEur = priceEur;
    this.priceUnit = priceUnit;
    this.evidence = Map.copyOf(evidence);
    this.status = ResponseStatus.DRAFT;
    this.updatedAt = now;
  }

  void moveTo(ResponseStatus status, OffsetDateTime now) {
    this.status = status;
    this.updatedAt = now;
    if (status == ResponseStatus.SUBMITTED) {
      this.submittedAt = now;
    }
  }

  void evaluate(boolean shortlisted, String buyerNote, OffsetDateTime now) {
    this.shortlisted = shortlisted;
    this.buyerNote = buyerNote;
    this.updatedAt = now;
  }

  public UUID getId() {
    return id;
  }

  public UUID getTenderId() {
    return tenderId;
  }

  public UUID getSupplierOrganisationId() {
    return supplierOrganisationId;
  }

  public ResponseStatus getStatus() {
    return status;
  }

  public List<UUID> getOfferingIds() {
    return offeringIds;
  }

  public BigDecimal getPriceEur() {
    return priceEur;
  }

  public String getPriceUnit() {
    return priceUnit;
  }

  public Map<String, String> getEvidence() {
    return evidence;
  }

  public boolean isShortlisted() {
    return shortlisted;
  }

  public String getBuyerNote() {
    return buyerNote;
  }

  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
