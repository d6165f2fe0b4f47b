package eu.aimarket.policy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One published version of a policy: its name, description and rules as they were published. It has
 * no setters: match runs name a version, so it must never change.
 */
@Entity
@Table(name = "policy_version")
public class PolicyVersion {

  @Id private UUID id;

  @Column(name = "policy_id", nullable = false)
  private UUID policyId;

  @Column(name = "version_number", nullable = false)
  private int number;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description;

  @Column(name = "change_note")
  private String changeNote;

  @Column(name = "published_at", nullable = false)
  private OffsetDateTime publishedAt;

  @Column(name = "published_by", nullable = false)
  private String publishedBy;

  @ElementCollection
  @CollectionTable(name = "policy_rule", joinColumns = @JoinColumn(name = "policy_version_id"))
  @OrderColumn(name = "rule_index")
  private List<PolicyRule> rules = new ArrayList<>();

  protected PolicyVersion() {}

  public PolicyVersion(
      UUID policyId,
      int number,
      String name,
      String description,
      String changeNote,
      String publishedBy,
      List<PolicyRule> rules) {
    this.id = UUID.randomUUID();
    this.policyId = policyId;
    this.number = number;
    this.name = name;
    this.description = description;
    this.changeNote = changeNote;
    this.publishedBy = publishedBy;
    this.rules = new ArrayList<>(rules);
  }

  @PrePersist
  void onCreate() {
    publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public UUID getId() {
    return id;
  }

  public UUID getPolicyId() {
    return policyId;
  }

  public int getNumber() {
    return number;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public String getChangeNote() {
    return changeNote;
  }

  public OffsetDateTime getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public List<PolicyRule> getRules() {
    return List.copyOf(rules);
  }
}
