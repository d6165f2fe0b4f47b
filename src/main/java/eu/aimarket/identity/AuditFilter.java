package eu.aimarket.identity;

/** Which audit events to list; a {@code null} field matches every event. */
public record AuditFilter(String objectType, String objectId, String actor, String action) {}
