package eu.aimarket.tender;

import eu.aimarket.identity.OrganisationSummary;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A response as its supplier and the buyer see it, with each offering's place in the requirement's
 * latest ranking and its sovereignty assessment, for comparing responses side by side. The
 * evaluation ({@code shortlisted}, {@code buyerNote}) is the buyer's: suppliers see neither.
 */
public record ResponseView(
    @Schema(example = "0190f3c7-7a11-7b21-8c31-9d41e5f60719") UUID id,
    @Schema(example = "0190f3c7-7a10-7b20-8c30-9d40e5f60718") UUID tenderId,
    OrganisationSummary supplier,
    ResponseStatus status,
    List<OfferedOffering> offerings,
    @Schema(example = "120000.00") BigDecimal priceEur,
    @Schema(example = "per year") String priceUnit,
    Map<String, String> evidence,
    OffsetDateTime submittedAt,
    Boolean shortlisted,
    String buyerNote,
    OffsetDateTime updatedAt,
    long version) {

  /** One offering of a response; rank and score are null when the latest ranking left it out. */
  public record OfferedOffering(
      UUID id,
      String name,
      Integer matchRank,
      BigDecimal matchScore,
      double sovereigntyScore,
      int overallSeal) {}
}
