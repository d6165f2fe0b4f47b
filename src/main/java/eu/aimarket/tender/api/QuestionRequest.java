package eu.aimarket.tender.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A clarification question, asked for the caller's supplier organisation (or {@code
 * supplierOrganisationId} for members of several).
 */
public record QuestionRequest(
    UUID supplierOrganisationId, @NotBlank @Size(max = 4000) String question) {}
