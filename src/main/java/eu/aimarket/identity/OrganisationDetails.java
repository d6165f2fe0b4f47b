package eu.aimarket.identity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The editable facts of an organisation, as a command (id and timestamps ignored) or a view. */
public record OrganisationDetails(
    UUID id,
    String legalName,
    String registrationId,
    String country,
    String website,
    OrganisationKind kind,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  public static OrganisationDetails of(Organisation organisation) {
    return new OrganisationDetails(
        organisation.getId(),
        organisation.getLegalName(),
        organisation.getRegistrationId(),
        organisation.getCountry(),
        organisation.getWebsite(),
        organisation.getKind(),
        organisation.getVersion(),
        organisation.getCreatedAt(),
        organisation.getUpdatedAt());
  }
}
