package eu.aimarket.demand;

import eu.aimarket.catalog.Category;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** What a buyer organisation needs: must-haves, weighted nice-to-haves, budget and life cycle. */
@Entity
@Table(name = "requirement")
public class Requirement {

  @Id private UUID id;

  @Column(name = "buyer_organisation_id", nullable = false)
  private UUID buyerOrganisationId;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "description", nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false)
  private Category category;

  @Column(name = "budget_max_eur")
  private BigDecimal budgetMaxEur;

  @Column(name = "budget_unit")
  private String budgetUnit;

  @Enumerated(EnumType.STRING)
  @Column(name = "data_sensitivity", nullable = false)
  private DataSensitivity dataSensitivity;

  @Enumerated(EnumType.STRING)
  @Column(name = "buyer_type", nullable = false)
  private BuyerType buyerType;

  @Column(name = "deadline")
  private OffsetDateTime deadline;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private RequirementStatus status;

  @Column(name = "policy_id")
  private UUID policyId;

  @Convert(converter = JsonColumns.MustHavesConverter.class)
  @Column(name = "must_haves", nullable = false)
  private MustHaves mustHaves;

  @Convert(converter = JsonColumns.NiceToHavesConverter.class)
  @Column(name = "nice_to_haves", nullable = false)
  private NiceToHaves niceToHaves;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Requirement() {}

  public Requirement(UUID id, UUID buyerOrganisationId, String createdBy) {
    this.id = id;
    this.buyerOrganisationId = buyerOrganisationId;
    this.createdBy = createdBy;
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

  public UUID getBuyerOrganisationId() {
    return buyerOrganisationId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public BigDecimal getBudgetMaxEur() {
    return budgetMaxEur;
  }

  public void setBudgetMaxEur(BigDecimal budgetMaxEur) {
    this.budgetMaxEur = budgetMaxEur;
  }

  public String getBudgetUnit() {
    return budgetUnit;
  }

  public void setBudgetUnit(String budgetUnit) {
    this.budgetUnit = budgetUnit;
  }

  public DataSensitivity getDataSensitivity() {
    return dataSensitivity;
  }

  public void setDataSensitivity(DataSensitivity dataSensitivity) {
    this.dataSensitivity = dataSensitivity;
  }

  public BuyerType getBuyerType() {
    return buyerType;
  }

  public void setBuyerType(BuyerType buyerType) {
    this.buyerType = buyerType;
  }

  public OffsetDateTime getDeadline() {
    return deadline;
  }

  public void setDeadline(OffsetDateTime deadline) {
    this.deadline = deadline;
  }

  public RequirementStatus getStatus() {
    return status;
  }

  public void setStatus(RequirementStatus status) {
    this.status = status;
  }

  public UUID getPolicyId() {
    return policyId;
  }

  public void setPolicyId(UUID policyId) {
    this.policyId = policyId;
  }

  public MustHaves getMustHaves() {
    return mustHaves;
  }

  public void setMustHaves(MustHaves mustHaves) {
    this.mustHaves = mustHaves;
  }

  public NiceToHaves getNiceToHaves() {
    return niceToHaves;
  }

  public void setNiceToHaves(NiceToHaves niceToHaves) {
    this.niceToHaves = niceToHaves;
  }

  public String getCreatedBy() {
    return createdBy;
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
