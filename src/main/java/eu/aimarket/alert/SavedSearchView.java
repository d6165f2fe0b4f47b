package eu.aimarket.alert;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A saved search as its organisation reads it. */
public record SavedSearchView(
    UUID id,
    UUID organisationId,
    SearchKind kind,
    String name,
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
