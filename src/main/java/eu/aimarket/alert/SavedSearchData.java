package eu.aimarket.alert;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new saved search. {@code organisationId} may be left out by someone who buys (catalogue) or
 * supplies (requirements) for exactly one organisation.
 */
public record SavedSearchData(
    UUID organisationId,
    @NotNull SearchKind kind,
    @Schema(example = "Sovereign LLMs") @NotBlank @Size(max = 200) String name,
    @NotNull @Valid SearchCriteria criteria,
    @NotNull AlertFrequency frequency,
    @Schema(example = "procurement@example.eu") @NotBlank @Email @Size(max = 320) String email) {}
