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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Something a supplier sells: an LLM API, a hosted open-weights model, GPU compute, a chip, a
 * platform or a service, with the offering-level sovereignty attributes.
 */
@Entity
@Table(name = "offering")
public class Offering {

  @Id private UUID id;

  @Column(name = "supplier_id", nullable = false)
  private UUID supplierId;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "description", nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false)
  private Category category;

  @Column(name = "open_weights", nullable = false)
  private boolean openWeights;

  @Column(name = "licence")
  private String licence;

  @Enumerated(EnumType.STRING)
  @Column(name = "pricing_model", nullable = false)
  private PricingModel pricingModel;

  @Column(name = "price_eur")
  private BigDecimal priceEur;

  @Column(name = "price_unit")
  private String priceUnit;

  @Column(name = "hardware_vendor_country")
  private String hardwareVendorCountry;

  @Column(name = "renewable_energy_percent")
  private Integer renewableEnergyPercent;

  @Column(name = "pue")
  private BigDecimal pue;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private OfferingStatus status;

  @ElementCollection
  @CollectionTable(
      name = "offering_deployment_model",
      joinColumns = @JoinColumn(name = "offering_id"))
  @Column(name = "deployment_model")
  @Enumerated(EnumType.STRING)
  private Set<DeploymentModel> deploymentModels = EnumSet.noneOf(DeploymentModel.class);

  @ElementCollection
  @CollectionTable(
      name = "offering_storage_country",
      joinColumns = @JoinColumn(name = "offering_id"))
  @Column(name = "country")
  private Set<String> dataStorageCountries = new HashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "offering_processing_country",
      joinColumns = @JoinColumn(name = "offering_id"))
  @Column(name = "country")
  private Set<String> dataProcessingCountries = new HashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "offering_support_country",
      joinColumns = @JoinColumn(name = "offering_id"))
  @Column(name = "country")
  private Set<String> supportCountries = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "offering_language", joinColumns = @JoinColumn(name = "offering_id"))
  @Column(name = "language")
  private Set<String> languages = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "offering_certification", joinColumns = @JoinColumn(name = "offering_id"))
  @Column(name = "certification")
  @Enumerated(EnumType.STRING)
  private Set<Certification> certifications = EnumSet.noneOf(Certification.class);

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Offering() {}

  public Offering(UUID id, UUID supplierId) {
    this.id = id;
    this.supplierId = supplierId;
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

  public UUID getSupplierId() {
    return supplierId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
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

  public boolean isOpenWeights() {
    return openWeights;
  }

  public void setOpenWeights(boolean openWeights) {
    this.openWeights = openWeights;
  }

  public String getLicence() {
    return licence;
  }

  public void setLicence(String licence) {
    this.licence = licence;
  }

  public PricingModel getPricingModel() {
    return pricingModel;
  }

  public void setPricingModel(PricingModel pricingModel) {
    this.pricingModel = pricingModel;
  }

  public BigDecimal getPriceEur() {
    return priceEur;
  }

  public void setPriceEur(BigDecimal priceEur) {
    this.priceEur = priceEur;
  }

  public String getPriceUnit() {
    return priceUnit;
  }

  public void setPriceUnit(String priceUnit) {
    this.priceUnit = priceUnit;
  }

  public String getHardwareVendorCountry() {
    return hardwareVendorCountry;
  }

  public void setHardwareVendorCountry(String hardwareVendorCountry) {
    this.hardwareVendorCountry = hardwareVendorCountry;
  }

  public Integer getRenewableEnergyPercent() {
    return renewableEnergyPercent;
  }

  public void setRenewableEnergyPercent(Integer renewableEnergyPercent) {
    this.renewableEnergyPercent = renewableEnergyPercent;
  }

  public BigDecimal getPue() {
    return pue;
  }

  public void setPue(BigDecimal pue) {
    this.pue = pue;
  }

  public OfferingStatus getStatus() {
    return status;
  }

  public void setStatus(OfferingStatus status) {
    this.status = status;
  }

  public Set<DeploymentModel> getDeploymentModels() {
    return deploymentModels;
  }

  public void setDeploymentModels(Set<DeploymentModel> values) {
    deploymentModels.clear();
    deploymentModels.addAll(values);
  }

  public Set<String> getDataStorageCountries() {
    return dataStorageCountries;
  }

  public void setDataStorageCountries(Set<String> values) {
    dataStorageCountries.clear();
    dataStorageCountries.addAll(values);
  }

  public Set<String> getDataProcessingCountries() {
    return dataProcessingCountries;
  }

  public void setDataProcessingCountries(Set<String> values) {
    dataProcessingCountries.clear();
    dataProcessingCountries.addAll(values);
  }

  public Set<String> getSupportCountries() {
    return supportCountries;
  }

  public void setSupportCountries(Set<String> values) {
    supportCountries.clear();
    supportCountries.addAll(values);
  }

  public Set<String> getLanguages() {
    return languages;
  }

  public void setLanguages(Set<String> values) {
    languages.clear();
    languages.addAll(values);
  }

  public Set<Certification> getCertifications() {
    return certifications;
  }

  public void setCertifications(Set<Certification> values) {
    certifications.clear();
    certifications.addAll(values);
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
