package eu.aimarket.tender;

import eu.aimarket.catalog.Category;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tender in a list: the lead feed for suppliers ({@code matched}: one of the caller's offerings
 * is in the requirement's latest ranking), a buyer's own tenders in any state.
 */
public record TenderLead(
    @Schema(example = "0190f3c7-7a10-7b20-8c30-9d40e5f60718") UUID id,
    @Schema(example = "0190f3c5-1111-7222-8333-444455556666") UUID requirementId,
    @Schema(example = "Multilingual assistant for citizen services") String title,
    String buyerName,
    Category category,
    OffsetDateTime questionsDeadline,
    OffsetDateTime responsesDeadline,
    TenderStatus status,
    boolean matched) {}
