package eu.aimarket.demand;

import eu.aimarket.catalog.Category;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What suppliers see of an open requirement: enough to decide whether to look closer. */
public record RequirementSummary(
    UUID id,
    String buyerName,
    String title,
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
