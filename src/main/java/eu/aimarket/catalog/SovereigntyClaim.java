package eu.aimarket.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A supplier's claim about one sovereignty attribute: declared on its word, or verified by an admin
 * with evidence until an expiry date. Belongs to a supplier or to one of its offerings.
 */
@Entity
@Table(name = "sovereignty_claim")
public class SovereigntyClaim {

  @Id private UUID id;

  @Column(name = "supplier_id")
  private UUID supplierId;

  @Column(name = "offering_id")
  private UUID offeringId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ClaimAttribute attribute;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ClaimStatus status;

  @Column(name = "evidence_url")
  private String evidenceUrl;

  @Column(name = "verified_by")
  private String verifiedBy;

  @Column(name = "verified_at")
  private OffsetDateTime verifiedAt;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  private String note;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private OffsetDateTime reviewedAt;

  @Version private long version;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected SovereigntyClaim() {}

  private SovereigntyClaim(UUID supplierId, UUID offeringId, ClaimAttribute attribute) {
    this.id = UUID.randomUUID();
    this.supplierId = supplierId;
    this.offeringId = offeringId;
    this.attribute = attribute;
    this.status = ClaimStatus.DECLARED;
  }

  public static SovereigntyClaim declaredForSupplier(UUID supplierId, ClaimAttribute attribute) {
    return new SovereigntyClaim(supplierId, null, attribute);
  }

  public static SovereigntyClaim declaredForOffering(UUID offeringId, ClaimAttribute attribute) {
    return new SovereigntyClaim(null, offeringId, attribute);
  }

  @PrePersist
  @PreUpdate
  void touch() {
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Verified and not yet expired at {@code now}: only then does it count in full. */
  public boolean isVerifiedAt(Instant now) {
    return status == ClaimStatus.VERIFIED
        && (expiresAt == null || expiresAt.toInstant().isAfter(now));
  }

  public void verify(
      String verifiedBy, String evidenceUrl, OffsetDateTime verifiedAt, OffsetDateTime expiresAt) {
    this.status = ClaimStatus.VERIFIED;
    this.verifiedBy = verifiedBy;
    this.evidenceUrl = evidenceUrl;
    this.verifiedAt = verifiedAt;
    this.expiresAt = expiresAt;
  }

  /** An admin's verification: counts in full until {@code expiresAt}. */
  public void verifyAfterReview(
      String reviewer,
      String evidenceUrl,
      String note,
      OffsetDateTime reviewedAt,
      OffsetDateTime expiresAt) {
    verify(reviewer, evidenceUrl, reviewedAt, expiresAt);
    this.note = note;
    this.reviewedBy = reviewer;
    this.reviewedAt = reviewedAt;
  }

  /** An admin's rejection: the claim stays on the supplier's word only, with the reason why. */
  public void reject(String reviewer, String evidenceUrl, String note, OffsetDateTime reviewedAt) {
    this.status = ClaimStatus.REJECTED;
    this.verifiedBy = null;
    this.verifiedAt = null;
    this.expiresAt = null;
    this.evidenceUrl = evidenceUrl;
    this.note = note;
    this.reviewedBy = reviewer;
    this.reviewedAt = reviewedAt;
  }

  /** A changed attribute needs a new review: back to declared, keeping the old evidence link. */
  public void redeclare() {
    this.status = ClaimStatus.DECLARED;
    this.verifiedBy = null;
    this.verifiedAt = null;
    this.expiresAt = null;
  }

  public UUID getId() {
    return id;
  }

  public UUID getSupplierId() {
    return supplierId;
  }

  public UUID getOfferingId() {
    return offeringId;
  }

  public ClaimAttribute getAttribute() {
    return attribute;
  }

  public ClaimStatus getStatus() {
    return status;
  }

  public String getEvidenceUrl() {
    return evidenceUrl;
  }

  public String getVerifiedBy() {
    return verifiedBy;
  }

  public OffsetDateTime getVerifiedAt() {
    return verifiedAt;
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public OffsetDateTime getReviewedAt() {
    return reviewedAt;
  }

  public long getVersion() {
    return version;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
