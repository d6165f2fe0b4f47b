package eu.aimarket.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A clarification question a supplier asks privately; once the buyer answers it, question and
 * answer are published to every supplier without saying who asked.
 */
@Entity
@Table(name = "tender_question")
public class TenderQuestion {

  @Id private UUID id;

  @Column(name = "tender_id", nullable = false)
  private UUID tenderId;

  @Column(name = "supplier_organisation_id", nullable = false)
  private UUID supplierOrganisationId;

  @Column(name = "question", nullable = false)
  private String question;

  @Column(name = "asked_by", nullable = false)
  private String askedBy;

  @Column(name = "asked_at", nullable = false)
  private OffsetDateTime askedAt;

  @Column(name = "answer")
  private String answer;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  protected TenderQuestion() {}

  TenderQuestion(
      UUID id,
      UUID tenderId,
      UUID supplierOrganisationId,
      String question,
      String askedBy,
      OffsetDateTime askedAt) {
    this.id = id;
    this.tenderId = tenderId;
    this.supplierOrganisationId = supplierOrganisationId;
    this.question = question;
    this.askedBy = askedBy;
    this.askedAt = askedAt;
  }

  void answer(String answer, String answeredBy, OffsetDateTime answeredAt) {
    this.answer = answer;
    this.answeredBy = answeredBy;
    this.answeredAt = answeredAt;
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

  public String getQuestion() {
    return question;
  }

  public String getAskedBy() {
    return askedBy;
  }

  public OffsetDateTime getAskedAt() {
    return askedAt;
  }

  public String getAnswer() {
    return answer;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public OffsetDateTime getAnsweredAt() {
    return answeredAt;
  }

  public boolean isAnswered() {
    return answer != null;
  }
}
