package eu.aimarket.integration;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.ClaimAttribute;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.demand.BuyerType;
import eu.aimarket.demand.DataSensitivity;
import eu.aimarket.demand.MustHaves;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of each event type: enough to act on without a second request, plus the API path
 * of the full resource ({@code href}). Every delivery's body is an {@link Envelope}.
 */
public final class EventData {

  private EventData() {}

  /** The body of every delivery. {@code id} is the event's id, the same on every attempt. */
  public record Envelope(UUID id, String type, OffsetDateTime occurredAt, Object data) {}

  /** {@code offering.published} and {@code offering.changed}. */
  public record Offering(
      UUID id,
      String name,
      UUID supplierId,
      String supplierName,
      Category category,
      OfferingStatus status,
      long version,
      double sovereigntyScore,
      int overallSeal,
      String href) {}

  /** {@code requirement.published}: what suppliers may see of an open requirement. */
  public record Requirement(
      UUID id,
      String buyerName,
      String title,
      String description,
      Category category,
      DataSensitivity dataSensitivity,
      BuyerType buyerType,
      OffsetDateTime deadline,
      MustHaves mustHaves,
      long version,
      String href) {}

  /** {@code match-run.completed}, for the buyer organisation only. */
  public record MatchRun(
      UUID id,
      UUID requirementId,
      long requirementVersion,
      UUID policyId,
      String policyName,
      int policyVersion,
      long catalogVersion,
      int rankedCount,
      int excludedCount,
      List<Result> top,
      String href) {

    /** One of the best results, in rank order. */
    public record Result(
        int rank, UUID offeringId, String offeringName, String supplierName, BigDecimal score) {}
  }

  /** {@code claim.verified}: an administrator verified a supplier's or an offering's claim. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ClaimVerified(
      UUID claimId,
      ClaimAttribute attribute,
      UUID supplierId,
      UUID offeringId,
      String evidenceUrl,
      OffsetDateTime verifiedAt,
      OffsetDateTime expiresAt,
      String href) {}

  /** {@code tender.published}: a buyer opened a requirement for responses. */
  public record Tender(
      UUID id,
      UUID requirementId,
      String title,
      String buyerName,
      OffsetDateTime questionsDeadline,
      OffsetDateTime responsesDeadline,
      String href) {}

  /**
   * {@code question.asked} (to the buyer only) and {@code question.answered} (to every subscriber,
   * without the asking supplier, as answers are published to all).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Question(
      UUID id,
      UUID tenderId,
      String question,
      String answer,
      OffsetDateTime answeredAt,
      UUID supplierOrganisationId,
      String href) {}

  /**
   * {@code response.submitted} and {@code response.withdrawn} (to the buyer), {@code
   * response.decided} (to the responding supplier: awarded or unsuccessful).
   */
  public record Response(
      UUID id, UUID tenderId, UUID supplierOrganisationId, String status, String href) {}

  /**
   * {@code tender.awarded} and {@code tender.closed} (cancelled, or no response was suitable): how
   * the buyer concluded a tender. Public, as the open contracting export publishes it too.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TenderOutcome(
      UUID id,
      UUID requirementId,
      String outcome,
      UUID awardedResponseId,
      UUID awardedSupplierId,
      BigDecimal valueEur,
      java.time.LocalDate contractStart,
      java.time.LocalDate contractEnd,
      String reason,
      String href) {}

  /** {@code saved-search.matched}: something new matches one of the organisation's searches. */
  public record SavedSearchMatch(
      UUID searchId, String searchName, UUID itemId, String title, String href) {}
}
