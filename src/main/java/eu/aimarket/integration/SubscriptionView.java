package eu.aimarket.integration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A webhook subscription as its organisation reads it. {@code secret} is present only in the answer
 * that created the subscription: it is shown once and never again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(
    @Schema(example = "0190f3c7-1234-7567-89ab-cdef01234567") UUID id,
    UUID organisationId,
    @Schema(example = "https://erp.example.eu/hooks/ai-marketplace") String url,
    List<EventType> events,
    String description,
    String createdBy,
    OffsetDateTime createdAt,
    String secret) {

  static SubscriptionView of(WebhookSubscription subscription, boolean withSecret) {
    return new SubscriptionView(
        subscription.getId(),
        subscription.getOrganisationId(),
        subscription.getUrl(),
        subscription.getEvents().stream().sorted().toList(),
        subscription.getDescription(),
        subscription.getCreatedBy(),
        subscription.getCreatedAt(),
        withSecret ? subscription.getSecret() : null);
  }
}
