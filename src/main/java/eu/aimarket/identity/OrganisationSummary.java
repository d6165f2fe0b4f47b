package eu.aimarket.identity;

import java.util.UUID;

/** What other modules need to know of an organisation to show it. */
public record OrganisationSummary(UUID id, String name, String country, OrganisationKind kind) {

  public static OrganisationSummary of(Organisation organisation) {
    return new OrganisationSummary(
        organisation.getId(),
        organisation.getLegalName(),
        organisation.getCountry(),
        organisation.getKind());
  }
}
