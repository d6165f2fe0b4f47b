package eu.aimarket.tender.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The buyer's answer to a question, published to every supplier. */
public record AnswerRequest(
    @Schema(example = "Yes, as long as the data stays in the EU.") @NotBlank @Size(max = 8000)
        String answer) {}
