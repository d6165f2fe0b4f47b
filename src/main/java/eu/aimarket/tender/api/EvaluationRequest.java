package eu.aimarket.tender.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The buyer's evaluation of one response: on the shortlist or not, and a note. */
public record EvaluationRequest(
    @Schema(example = "true") @NotNull Boolean shortlisted,
    @Schema(example = "Best evidence for data residency") @Size(max = 4000) String note,
    @Schema(example = "3") Long version) {}
