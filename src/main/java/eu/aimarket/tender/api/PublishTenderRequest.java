package eu.aimarket.tender.api;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Publishes an open requirement as a tender: questions close first, then responses. */
public record PublishTenderRequest(
    @Schema(example = "0190f3c5-1111-7222-8333-444455556666") @NotNull UUID requirementId,
    @Schema(example = "2027-02-15T12:00:00Z") @NotNull OffsetDateTime questionsDeadline,
    @Schema(example = "2027-03-01T12:00:00Z") @NotNull OffsetDateTime responsesDeadline) {}
