package eu.aimarket.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A versioned set of incentive rules, platform-wide or owned by one buyer organisation. The row
 * holds what is current (name, description, latest version); the rules live in {@link
 * PolicyVersion}s, which never change once published.
 */
@Entity
@Table(name = "incentive_policy")
public class IncentivePolicy {

  static final String PLATFORM_NAME_SCOPE = "PLATFORM";

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PolicyScope scope;

  @Column(name = "owner_organisation_id")
  private UUID ownerOrganisationId;

  @Column(name = "name_scope", nullable = false)
  private String nameScope;

  @Column(name = "latest_version", nullable = false)
  private int latestVersion;

  @Column(nullable = false)
  private boolean template;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected IncentivePolicy() {}

  public IncentivePolicy(UUID id, PolicyScope scope, UUID ownerOrganisationId, boolean template) {
    this.id = id;
    this.scope = scope;
    this.ownerOrganisationId = ownerOrganisationId;
    this.nameScope = nameScope(scope, ownerOrganisationId);
    this.template = template;
  }

  /** Names are unique among the platform's policies, and among each buyer's own. */
  static String nameScope(PolicyScope scope, UUID ownerOrganisationId) {
    return scope == PolicyScope.PLATFORM ? PLATFORM_NAME_SCOPE : ownerOrganisationId.toString();
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

  public PolicyScope getScope() {
    return scope;
  }

  public UUID getOwnerOrganisationId() {
    return ownerOrganisationId;
  }

  public String getNameScope() {
    return nameScope;
  }

  public int getLatestVersion() {
    return latestVersion;
  }

  public void setLatestVersion(int latestVersion) {
    this.latestVersion = latestVersion;
  }

  public boolean isTemplate() {
    return template;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
