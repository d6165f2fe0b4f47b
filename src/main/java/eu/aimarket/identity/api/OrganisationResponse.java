package eu.aimarket.identity.api;

import eu.aimarket.catalog.SupplierProfileView;
import eu.aimarket.identity.OrganisationDetails;
import eu.aimarket.identity.OrganisationKind;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation's public profile, with its sovereignty profile when it supplies. */
public record OrganisationResponse(
    @Schema(example = "0190f3c4-0000-7000-8000-000000000001") UUID id,
    @Schema(example = "Example AI SAS") String legalName,
    String registrationId,
    String country,
    String website,
    OrganisationKind kind,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    SupplierProfileView supplier) {

  static OrganisationResponse of(OrganisationDetails o, SupplierProfileView supplier) {
    return new OrganisationResponse(
        o.id(),
        o.legalName(),
        o.registrationId(),
        o.country(),
        o.website(),
        o.kind(),
        o.version(),
        o.createdAt(),
        o.updatedAt(),
        supplier);
  }
}
