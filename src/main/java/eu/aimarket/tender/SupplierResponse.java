package eu.aimarket.tender;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One of a supplier's responses in its list: which tender, and where the response stands (an
 * unsuccessful or awarded response is how the supplier learns the outcome).
 */
public record SupplierResponse(
    UUID tenderId, String tenderTitle, ResponseStatus status, OffsetDateTime updatedAt) {}
