package eu.aimarket.integration;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a subscription's delivery log. */
public record DeliveryView(
    @Schema(example = "0190f3ca-4567-7890-8bcd-ef0123456780") UUID id,
    UUID eventId,
    EventType eventType,
    long sequence,
    DeliveryStatus status,
    int attempts,
    OffsetDateTime createdAt,
    OffsetDateTime lastAttemptAt,
    Integer lastStatusCode,
    String lastError,
    OffsetDateTime nextAttemptAt,
    OffsetDateTime deliveredAt) {}
