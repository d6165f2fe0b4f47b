package eu.aimarket.tender;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.aimarket.demand.RequirementSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tender as every signed-in organisation sees it: the requirement in summary, the deadlines and
 * whether each is still open by the server's clock, the criteria a response gives evidence for, and
 * the outcome once concluded.
 */
public record TenderView(
    @Schema(example = "0190f3c7-7a10-7b20-8c30-9d40e5f60718") UUID id,
    RequirementSummary requirement,
    UUID buyerOrganisationId,
    @Schema(example = "2027-02-15T12:00:00Z") OffsetDateTime questionsDeadline,
    @Schema(example = "2027-03-01T12:00:00Z") OffsetDateTime responsesDeadline,
    boolean questionsOpen,
    boolean responsesOpen,
    TenderStatus status,
    List<Criterion> criteria,
    Outcome outcome,
    OffsetDateTime publishedAt,
    long version) {

  /**
   * How the buyer concluded the tender. Named in the contract, because a webhook delivery's outcome
   * is also called Outcome and generated clients would otherwise get an arbitrary "Outcome1".
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "TenderResult")
  public record Outcome(
      TenderOutcome outcome,
      UUID awardedResponseId,
      UUID awardedSupplierId,
      String awardedSupplierName,
      BigDecimal valueEur,
      LocalDate contractStart,
      LocalDate contractEnd,
      String reason,
      OffsetDateTime concludedAt) {}
}
