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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A person's supplier onboarding in progress, resumable until the organisation is registered. */
@Entity
@Table(name = "onboarding_draft")
public class OnboardingDraft {

  /** The person's subject (as in memberships): one draft per person. */
  @Id private String subject;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OnboardingStep step;

  /** The JSON of {@link OnboardingForm}. */
  @Column(nullable = false, length = 200_000)
  private String form;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected OnboardingDraft() {}

  public OnboardingDraft(String subject) {
    this.subject = subject;
    this.step = OnboardingStep.ORGANISATION;
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

  public String getSubject() {
    return subject;
  }

  public OnboardingStep getStep() {
    return step;
  }

  public void setStep(OnboardingStep step) {
    this.step = step;
  }

  public String getForm() {
    return form;
  }

  public void setForm(String form) {
    this.form = form;
  }

  public long getVersion() {
    return version;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
