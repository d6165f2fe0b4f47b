package eu.aimarket.alert;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A saved search as its organisation reads it. */
public record SavedSearchView(
    @Schema(example = "0190f3c7-7a13-7b23-8c33-9d43e5f6071b") UUID id,
    @Schema(example = "0190f3c4-0000-7000-8000-000000000001") UUID organisationId,
    SearchKind kind,
    @Schema(example = "Sovereign LLMs") String name,
    SearchCriteria criteria,
    AlertFrequency frequency,
    String email,
    OffsetDateTime createdAt,
    OffsetDateTime lastSentAt) {

  static SavedSearchView of(SavedSearch search) {
    return new SavedSearchView(
        search.getId(),
        search.getOrganisationId(),
        search.getKind(),
        search.getName(),
        search.getCriteria(),
        search.getFrequency(),
        search.getEmail(),
        search.getCreatedAt(),
        search.getLastSentAt());
  }
}
