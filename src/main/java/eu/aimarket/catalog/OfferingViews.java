package eu.aimarket.catalog;

import eu.aimarket.catalog.sovereignty.SovereigntyAssessor;
import eu.aimarket.catalog.sovereignty.SovereigntyFacts;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.identity.OrganisationSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns offerings into views: loads suppliers, organisation names and claims for a whole page in a
 * few queries, and assesses each offering's sovereignty.
 */
@ApplicationScoped
class OfferingViews {

  private final SupplierProfileRepository profiles;
  private final SovereigntyClaimRepository claims;
  private final OrganisationService organisations;
  private final Clock clock;

  OfferingViews(
      SupplierProfileRepository profiles,
      SovereigntyClaimRepository claims,
      OrganisationService organisations,
      Clock clock) {
    this.profiles = profiles;
    this.claims = claims;
    this.organisations = organisations;
    this.clock = clock;
  }

  OfferingView of(Offering offering) {
    return of(List.of(offering)).get(0);
  }

  List<OfferingView> of(List<Offering> offerings) {
    if (offerings.isEmpty()) {
      return List.of();
    }
    Set<UUID> supplierIds =
        offerings.stream().map(Offering::getSupplierId).collect(Collectors.toSet());
    Set<UUID> offeringIds = offerings.stream().map(Offering::getId).collect(Collectors.toSet());
    Map<UUID, SupplierProfile> profileById = profiles.findByIds(supplierIds);
    Map<UUID, OrganisationSummary> organisationById = organisations.summaries(supplierIds);
    Map<UUID, List<SovereigntyClaim>> supplierClaims = claims.findBySupplierIds(supplierIds);
    Map<UUID, List<SovereigntyClaim>> offeringClaims = claims.findByOfferingIds(offeringIds);
    Instant now = clock.instant();
    return offerings.stream()
        .map(
            offering ->
                view(
                    offering,
                    profileById.get(offering.getSupplierId()),
                    organisationById.get(offering.getSupplierId()),
                    supplierClaims.getOrDefault(offering.getSupplierId(), List.of()),
                    offeringClaims.getOrDefault(offering.getId(), List.of()),
                    now))
        .toList();
  }

  SupplierProfileView profile(SupplierProfile profile) {
    Instant now = clock.instant();
    return new SupplierProfileView(
        profile.getOrganisationId(),
        profile.getHeadquartersCountry(),
        profile.getControllingEntity(),
        profile.getControlCountry(),
        profile.getNonEuOwnershipPercent(),
        sorted(profile.getExtraterritorialLaws()),
        profile.getEuPresence(),
        profile.isSme(),
        profile.getVersion(),
        claims.findBySupplier(profile.getOrganisationId()).stream()
            .map(claim -> ClaimView.of(claim, now))
            .toList());
  }

  private OfferingView view(
      Offering offering,
      SupplierProfile profile,
      OrganisationSummary organisation,
      List<SovereigntyClaim> supplierClaims,
      List<SovereigntyClaim> ownClaims,
      Instant now) {
    Set<ClaimAttribute> verified = EnumSet.noneOf(ClaimAttribute.class);
    supplierClaims.stream()
        .filter(c -> c.isVerifiedAt(now))
        .forEach(c -> verified.add(c.getAttribute()));
    ownClaims.stream()
        .filter(c -> c.isVerifiedAt(now))
        .forEach(c -> verified.add(c.getAttribute()));
    SovereigntyFacts facts =
        new SovereigntyFacts(
            profile.getHeadquartersCountry(),
            profile.getControlCountry(),
            profile.getNonEuOwnershipPercent(),
            profile.getExtraterritorialLaws(),
            profile.getEuPresence(),
            offering.getCategory(),
            offering.getDeploymentModels(),
            offering.getDataStorageCountries(),
            offering.getDataProcessingCountries(),
            offering.getSupportCountries(),
            offering.isOpenWeights(),
            offering.getLicence(),
            offering.getCertifications(),
            offering.getHardwareVendorCountry(),
            offering.getRenewableEnergyPercent(),
            offering.getPue(),
            verified);
    List<ClaimView> claimViews =
        java.util.stream.Stream.concat(supplierClaims.stream(), ownClaims.stream())
            .map(claim -> ClaimView.of(claim, now))
            .sorted(Comparator.comparing(ClaimView::attribute))
            .toList();
    return new OfferingView(
        offering.getId(),
        new SupplierSummary(
            profile.getOrganisationId(),
            organisation == null ? null : organisation.name(),
            profile.getHeadquartersCountry(),
            profile.getControlCountry(),
            profile.getControllingEntity(),
            profile.getNonEuOwnershipPercent(),
            sorted(profile.getExtraterritorialLaws()),
            profile.getEuPresence(),
            profile.isSme()),
        offering.getName(),
        offering.getDescription(),
        offering.getCategory(),
        sorted(offering.getDeploymentModels()),
        sorted(offering.getDataStorageCountries()),
        sorted(offering.getDataProcessingCountries()),
        sorted(offering.getSupportCountries()),
        sorted(offering.getLanguages()),
        offering.isOpenWeights(),
        offering.getLicence(),
        sorted(offering.getCertifications()),
        offering.getPricingModel(),
        plain(offering.getPriceEur()),
        offering.getPriceUnit(),
        offering.getHardwareVendorCountry(),
        offering.getRenewableEnergyPercent(),
        plain(offering.getPue()),
        offering.getStatus(),
        offering.getVersion(),
        offering.getCreatedAt(),
        offering.getUpdatedAt(),
        claimViews,
        SovereigntyAssessor.assess(facts));
  }

  /** 0.3700 as stored becomes 0.37, and 10 stays 10 rather than 1E+1. */
  private static java.math.BigDecimal plain(java.math.BigDecimal value) {
    if (value == null) {
      return null;
    }
    java.math.BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static <T extends Comparable<T>> List<T> sorted(Collection<T> values) {
    return values.stream().sorted().toList();
  }
}
