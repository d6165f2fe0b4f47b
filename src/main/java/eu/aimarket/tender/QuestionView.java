package eu.aimarket.tender;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A clarification question. {@code askedByYou} tells a supplier its own; the asking organisation is
 * named only to the buyer ({@code supplierOrganisationId} null for other suppliers).
 */
public record QuestionView(
    @Schema(example = "0190f3c7-7a12-7b22-8c32-9d42e5f6071a") UUID id,
    @Schema(example = "0190f3c7-7a10-7b20-8c30-9d40e5f60718") UUID tenderId,
    @Schema(example = "May the service run in a sovereign cloud of our choice?") String question,
    OffsetDateTime askedAt,
    String answer,
    OffsetDateTime answeredAt,
    UUID supplierOrganisationId,
    boolean askedByYou) {}
