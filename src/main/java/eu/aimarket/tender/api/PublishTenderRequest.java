package eu.aimarket.tender.api;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Publishes an open requirement as a tender: questions close first, then responses. */
public record PublishTenderRequest(
    @NotNull UUID requirementId,
    @NotNull OffsetDateTime questionsDeadline,
    @NotNull OffsetDateTime responsesDeadline) {}
