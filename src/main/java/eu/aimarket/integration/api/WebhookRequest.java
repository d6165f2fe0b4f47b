package eu.aimarket.integration.api;

import eu.aimarket.integration.EventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new webhook subscription. {@code organisationId} may be left out by a member of exactly one
 * organisation.
 */
public record WebhookRequest(
    UUID organisationId,
    @Schema(example = "https://erp.example.eu/hooks/ai-marketplace") @NotBlank @Size(max = 2000)
        String url,
    @NotEmpty Set<@NotNull EventType> events,
    @Size(max = 200) String description) {}
