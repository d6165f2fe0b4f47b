package eu.aimarket.demand;

import eu.aimarket.catalog.Category;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What suppliers see of an open requirement: enough to decide whether to look closer. */
public record RequirementSummary(
    @Schema(example = "0190f3c5-1111-7222-8333-444455556666") UUID id,
    String buyerName,
    @Schema(example = "Multilingual assistant for citizen services") String title,
    String description,
    Category category,
    DataSensitivity dataSensitivity,
    BuyerType buyerType,
    OffsetDateTime deadline,
    MustHaves mustHaves) {

  public static RequirementSummary of(RequirementView r) {
    return new RequirementSummary(
        r.id(),
        r.buyer().name(),
        r.title(),
        r.description(),
        r.category(),
        r.dataSensitivity(),
        r.buyerType(),
        r.deadline(),
        r.mustHaves());
  }
}
