package eu.aimarket.tender.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The buyer's answer to a question, published to every supplier. */
public record AnswerRequest(@NotBlank @Size(max = 8000) String answer) {}
