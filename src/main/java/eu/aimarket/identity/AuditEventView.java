package eu.aimarket.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An audit event as admins read it. {@code changed} names the top-level fields whose value differs
 * between {@code before} and {@code after}, so a reader sees at once what an update touched.
 */
public record AuditEventView(
    @Schema(example = "0190f3c9-3456-7789-8abc-def012345679") UUID id,
    OffsetDateTime occurredAt,
    AuditLog.Actor actor,
    @Schema(example = "offering.updated") String action,
    String objectType,
    String objectId,
    @Schema(
            implementation = Map.class,
            description = "The object's fields before the change; absent when it was created")
        JsonNode before,
    @Schema(
            implementation = Map.class,
            description = "The object's fields after the change; absent when it was deleted")
        JsonNode after,
    List<String> changed) {}
