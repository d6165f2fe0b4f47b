package eu.aimarket.tender;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A clarification question. {@code askedByYou} tells a supplier its own; the asking organisation is
 * named only to the buyer ({@code supplierOrganisationId} null for other suppliers).
 */
public record QuestionView(
    UUID id,
    UUID tenderId,
    String question,
    OffsetDateTime askedAt,
    String answer,
    OffsetDateTime answeredAt,
    UUID supplierOrganisationId,
    boolean askedByYou) {}
