package eu.aimarket.tender.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The buyer's evaluation of one response: on the shortlist or not, and a note. */
public record EvaluationRequest(
    @NotNull Boolean shortlisted, @Size(max = 4000) String note, Long version) {}
