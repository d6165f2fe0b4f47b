package eu.aimarket.bench.generator;

import eu.aimarket.catalog.ClaimAttribute;
import eu.aimarket.catalog.ClaimStatus;
import eu.aimarket.catalog.ClaimView;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.catalog.SupplierSummary;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessor;
import eu.aimarket.catalog.sovereignty.SovereigntyFacts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A generated catalogue: the rows that go into the database, and the read model the application
 * derives from them, built the way the catalogue module builds it (same sort orders, same
 * assessment, prices as the numeric column gives them back).
 */
public record GeneratedCatalogue(
    long seed, List<Rows.Supplier> suppliers, List<Rows.Offering> offerings) {

  public GeneratedCatalogue {
    suppliers = List.copyOf(suppliers);
    offerings = List.copyOf(offerings);
  }

  public long publishedCount() {
    return offerings.stream().filter(o -> o.status() == OfferingStatus.PUBLISHED).count();
  }

  /** The published offerings as the catalogue snapshot reads them. */
  public List<OfferingView> publishedViews() {
    return views(offerings.stream().filter(o -> o.status() == OfferingStatus.PUBLISHED).toList());
  }

  /** Every offering, published or not, as its catalogue revision records it; built lazily. */
  public Stream<OfferingView> allViews() {
    return viewStream(offerings);
  }

  private List<OfferingView> views(List<Rows.Offering> selected) {
    return viewStream(selected).toList();
  }

  private Stream<OfferingView> viewStream(List<Rows.Offering> selected) {
    Map<UUID, Rows.Supplier> byId = new HashMap<>();
    suppliers.forEach(s -> byId.put(s.id(), s));
    Instant now = Instant.now();
    return selected.stream().map(o -> view(o, byId.get(o.supplierId()), now));
  }

  static OfferingView view(Rows.Offering offering, Rows.Supplier supplier, Instant now) {
    Set<ClaimAttribute> verified = EnumSet.noneOf(ClaimAttribute.class);
    Stream.concat(supplier.claims().stream(), offering.claims().stream())
        .filter(claim -> counts(claim, now))
        .forEach(claim -> verified.add(claim.attribute()));
    SovereigntyFacts facts =
        new SovereigntyFacts(
            supplier.headquartersCountry(),
            supplier.controlCountry(),
            supplier.nonEuOwnershipPercent(),
            supplier.extraterritorialLaws(),
            supplier.euPresence(),
            offering.category(),
            offering.deploymentModels(),
            offering.dataStorageCountries(),
            offering.dataProcessingCountries(),
            offering.supportCountries(),
            offering.openWeights(),
            offering.licence(),
            offering.certifications(),
            offering.hardwareVendorCountry(),
            offering.renewableEnergyPercent(),
            offering.pue(),
            verified);
    List<ClaimView> claims =
        Stream.concat(supplier.claims().stream(), offering.claims().stream())
            .map(
                claim ->
                    new ClaimView(
                        claim.id(),
                        claim.attribute(),
                        claim.status(),
                        counts(claim, now),
                        claim.evidenceUrl(),
                        claim.verifiedBy(),
                        claim.verifiedAt(),
                        claim.expiresAt(),
                        null,
                        null,
                        null,
                        0))
            .sorted(Comparator.comparing(ClaimView::attribute))
            .toList();
    return new OfferingView(
        offering.id(),
        new SupplierSummary(
            supplier.id(),
            supplier.legalName(),
            supplier.headquartersCountry(),
            supplier.controlCountry(),
            supplier.controllingEntity(),
            supplier.nonEuOwnershipPercent(),
            sorted(supplier.extraterritorialLaws()),
            supplier.euPresence(),
            supplier.sme()),
        offering.name(),
        offering.description(),
        offering.category(),
        sorted(offering.deploymentModels()),
        sorted(offering.dataStorageCountries()),
        sorted(offering.dataProcessingCountries()),
        sorted(offering.supportCountries()),
        sorted(offering.languages()),
        offering.openWeights(),
        offering.licence(),
        sorted(offering.certifications()),
        offering.pricingModel(),
        plain(offering.priceEur()),
        offering.priceUnit(),
        offering.hardwareVendorCountry(),
        offering.renewableEnergyPercent(),
        plain(offering.pue()),
        offering.status(),
        0,
        offering.createdAt(),
        offering.createdAt(),
        claims,
        SovereigntyAssessor.assess(facts));
  }

  static boolean counts(Rows.Claim claim, Instant now) {
    return claim.status() == ClaimStatus.VERIFIED
        && (claim.expiresAt() == null || claim.expiresAt().toInstant().isAfter(now));
  }

  /** As the catalogue reads a numeric column back: 0.3700 becomes 0.37, 10 stays 10. */
  static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static <T extends Comparable<T>> List<T> sorted(Collection<T> values) {
    return values.stream().sorted().toList();
  }
}
