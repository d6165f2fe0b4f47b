package eu.aimarket.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A person's or a service account's role in one organisation, keyed by the OIDC subject (or the
 * username where the provider's subject is not stable across environments, as in dev).
 */
@Entity
@Table(name = "membership")
public class Membership {

  @Id private UUID id;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Column(nullable = false)
  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  /** What to show for the member: a username, an e-mail address or a system's name. */
  private String label;

  /** A procurement system's service account rather than a person. */
  @Column(name = "service_account", nullable = false)
  private boolean serviceAccount;

  /** The subject of whoever added this member; empty for founders and the demo catalogue. */
  @Column(name = "added_by")
  private String addedBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Membership() {}

  public Membership(UUID organisationId, String subject, Role role) {
    this.id = UUID.randomUUID();
    this.organisationId = organisationId;
    this.subject = subject;
    this.role = role;
  }

  @PrePersist
  void onCreate() {
    createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public UUID getId() {
    return id;
  }

  public UUID getOrganisationId() {
    return organisationId;
  }

  public String getSubject() {
    return subject;
  }

  public Role getRole() {
    return role;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public boolean isServiceAccount() {
    return serviceAccount;
  }

  public void setServiceAccount(boolean serviceAccount) {
    this.serviceAccount = serviceAccount;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public void setAddedBy(String addedBy) {
    this.addedBy = addedBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
