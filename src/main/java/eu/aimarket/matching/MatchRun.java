package eu.aimarket.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A ranking as it was produced, kept for audit: which versions of the requirement, the policy and
 * the catalogue it used, and the explained result (JSON). Never changed after it is written.
 */
@Entity
@Table(name = "match_run")
public class MatchRun {

  @Id private UUID id;

  @Column(name = "requirement_id", nullable = false)
  private UUID requirementId;

  @Column(name = "requirement_version", nullable = false)
  private long requirementVersion;

  @Column(name = "buyer_organisation_id", nullable = false)
  private UUID buyerOrganisationId;

  @Column(name = "policy_id", nullable = false)
  private UUID policyId;

  @Column(name = "policy_name", nullable = false)
  private String policyName;

  @Column(name = "policy_version", nullable = false)
  private int policyVersion;

  @Column(name = "neutral_policy_id", nullable = false)
  private UUID neutralPolicyId;

  @Column(name = "neutral_policy_version", nullable = false)
  private int neutralPolicyVersion;

  @Column(name = "catalog_version", nullable = false)
  private long catalogVersion;

  @Column(name = "ranked_count", nullable = false)
  private int rankedCount;

  @Column(name = "excluded_count", nullable = false)
  private int excludedCount;

  @Column(name = "result", nullable = false)
  private String result;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected MatchRun() {}

  MatchRun(
      UUID id,
      UUID requirementId,
      long requirementVersion,
      UUID buyerOrganisationId,
      UUID policyId,
      String policyName,
      int policyVersion,
      UUID neutralPolicyId,
      int neutralPolicyVersion,
      long catalogVersion,
      int rankedCount,
      int excludedCount,
      String result,
      String createdBy,
      OffsetDateTime createdAt) {
    this.id = id;
    this.requirementId = requirementId;
    this.requirementVersion = requirementVersion;
    this.buyerOrganisationId = buyerOrganisationId;
    this.policyId = policyId;
    this.policyName = policyName;
    this.policyVersion = policyVersion;
    this.neutralPolicyId = neutralPolicyId;
    this.neutralPolicyVersion = neutralPolicyVersion;
    this.catalogVersion = catalogVersion;
    this.rankedCount = rankedCount;
    this.excludedCount = excludedCount;
    this.result = result;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public UUID getId() {
    return id;
  }

  public UUID getRequirementId() {
    return requirementId;
  }

  public long getRequirementVersion() {
    return requirementVersion;
  }

  public UUID getBuyerOrganisationId() {
    return buyerOrganisationId;
  }

  public UUID getPolicyId() {
    return policyId;
  }

  public String getPolicyName() {
    return policyName;
  }

  public int getPolicyVersion() {
    return policyVersion;
  }

  public UUID getNeutralPolicyId() {
    return neutralPolicyId;
  }

  public int getNeutralPolicyVersion() {
    return neutralPolicyVersion;
  }

  public long getCatalogVersion() {
    return catalogVersion;
  }

  public int getRankedCount() {
    return rankedCount;
  }

  public int getExcludedCount() {
    return excludedCount;
  }

  public String getResult() {
    return result;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
