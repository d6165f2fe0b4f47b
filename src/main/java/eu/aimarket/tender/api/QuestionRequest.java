package eu.aimarket.tender.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A clarification question, asked for the caller's supplier organisation (or {@code
 * supplierOrganisationId} for members of several).
 */
public record QuestionRequest(
    @Schema(example = "0190f3c4-0000-7000-8000-000000000002") UUID supplierOrganisationId,
    @Schema(example = "May the service run in a sovereign cloud of our choice?")
        @NotBlank
        @Size(max = 4000)
        String question) {}
