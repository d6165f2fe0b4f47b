package eu.aimarket.integration;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of a subscription's delivery log. */
public record DeliveryView(
    UUID id,
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
