package eu.aimarket.tender;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An open requirement published for responses, with its deadlines and, once concluded, outcome. */
@Entity
@Table(name = "tender")
public class Tender {

  @Id private UUID id;

  @Column(name = "requirement_id", nullable = false)
  private UUID requirementId;

  @Column(name = "buyer_organisation_id", nullable = false)
  private UUID buyerOrganisationId;

  @Column(name = "questions_deadline", nullable = false)
  private OffsetDateTime questionsDeadline;

  @Column(name = "responses_deadline", nullable = false)
  private OffsetDateTime responsesDeadline;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private TenderStatus status;

  @Column(name = "awarded_response_id")
  private UUID awardedResponseId;

  @Column(name = "award_value_eur")
  private BigDecimal awardValueEur;

  @Column(name = "contract_start")
  private LocalDate contractStart;

  @Column(name = "contract_end")
  private LocalDate contractEnd;

  @Column(name = "outcome_reason")
  private String outcomeReason;

  @Column(name = "concluded_at")
  private OffsetDateTime concludedAt;

  @Column(name = "published_by", nullable = false)
  private String publishedBy;

  @Column(name = "published_at", nullable = false)
  private OffsetDateTime publishedAt;

  @Version private long version;

  protected Tender() {}

  Tender(
      UUID id,
      UUID requirementId,
      UUID buyerOrganisationId,
      OffsetDateTime questionsDeadline,
      OffsetDateTime responsesDeadline,
      String publishedBy,
      OffsetDateTime publishedAt) {
    this.id = id;
    this.requirementId = requirementId;
    this.buyerOrganisationId = buyerOrganisationId;
    this.questionsDeadline = questionsDeadline;
    this.responsesDeadline = responsesDeadline;
    this.publishedBy = publishedBy;
    this.publishedAt = publishedAt;
    this.status = TenderStatus.OPEN;
  }

  void conclude(
      TenderStatus status,
      UUID awardedResponseId,
      BigDecimal awardValueEur,
      LocalDate contractStart,
      LocalDate contractEnd,
      String reason,
      OffsetDateTime at) {
    this.status = status;
    this.awardedResponseId = awardedResponseId;
    this.awardValueEur = awardValueEur;
    this.contractStart = contractStart;
    this.contractEnd = contractEnd;
    this.outcomeReason = reason;
    this.concludedAt = at;
  }

  public UUID getId() {
    return id;
  }

  public UUID getRequirementId() {
    return requirementId;
  }

  public UUID getBuyerOrganisationId() {
    return buyerOrganisationId;
  }

  public OffsetDateTime getQuestionsDeadline() {
    return questionsDeadline;
  }

  public OffsetDateTime getResponsesDeadline() {
    return responsesDeadline;
  }

  public TenderStatus getStatus() {
    return status;
  }

  public UUID getAwardedResponseId() {
    return awardedResponseId;
  }

  public BigDecimal getAwardValueEur() {
    return awardValueEur;
  }

  public LocalDate getContractStart() {
    return contractStart;
  }

  public LocalDate getContractEnd() {
    return contractEnd;
  }

  public String getOutcomeReason() {
    return outcomeReason;
  }

  public OffsetDateTime getConcludedAt() {
    return concludedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public OffsetDateTime getPublishedAt() {
    return publishedAt;
  }

  public long getVersion() {
    return version;
  }
}
