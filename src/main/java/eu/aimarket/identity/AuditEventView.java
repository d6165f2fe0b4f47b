package eu.aimarket.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An audit event as admins read it. {@code changed} names the top-level fields whose value differs
 * between {@code before} and {@code after}, so a reader sees at once what an update touched.
 */
public record AuditEventView(
    UUID id,
    OffsetDateTime occurredAt,
    AuditLog.Actor actor,
    String action,
    String objectType,
    String objectId,
    JsonNode before,
    JsonNode after,
    List<String> changed) {}
