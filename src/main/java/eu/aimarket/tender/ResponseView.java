package eu.aimarket.tender;

import eu.aimarket.identity.OrganisationSummary;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A response as its supplier and the buyer see it, with each offering's place in the requirement's
 * latest ranking and its sovereignty assessment, for comparing responses side by side. The
 * evaluation ({@code shortlisted}, {@code buyerNote}) is the buyer's: suppliers see neither.
 */
public record ResponseView(
    UUID id,
    UUID tenderId,
    OrganisationSummary supplier,
    ResponseStatus status,
    List<OfferedOffering> offerings,
    BigDecimal priceEur,
    String priceUnit,
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
