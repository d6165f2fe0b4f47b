package eu.aimarket.tender;

import eu.aimarket.catalog.Category;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A tender in a list: the lead feed for suppliers ({@code matched}: one of the caller's offerings
 * is in the requirement's latest ranking), a buyer's own tenders in any state.
 */
public record TenderLead(
    UUID id,
    UUID requirementId,
    String title,
    String buyerName,
    Category category,
    OffsetDateTime questionsDeadline,
    OffsetDateTime responsesDeadline,
    TenderStatus status,
    boolean matched) {}
