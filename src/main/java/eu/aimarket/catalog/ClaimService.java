package eu.aimarket.catalog;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.ProblemType;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.identity.OrganisationSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Admins' review of sovereignty claims: the queue of claims waiting for a decision, and verify or
 * reject with a note and evidence, recording who decided and when. A verified claim expires.
 */
@ApplicationScoped
public class ClaimService {

  private final SovereigntyClaimRepository claims;
  private final OfferingRepository offerings;
  private final SupplierProfileRepository profiles;
  private final OrganisationService organisations;
  private final CatalogRevisions revisions;
  private final Clock clock;

  ClaimService(
      SovereigntyClaimRepository claims,
      OfferingRepository offerings,
      SupplierProfileRepository profiles,
      OrganisationService organisations,
      CatalogRevisions revisions,
      Clock clock) {
    this.revisions = revisions;
    this.claims = claims;
    this.offerings = offerings;
    this.profiles = profiles;
    this.organisations = organisations;
    this.clock = clock;
  }

  /**
   * Declared claims waiting for review, longest waiting first; {@code page} starts at 1. With a
   * {@code supplierId}, only the claims of that supplier and its offerings (e.g. after it
   * onboarded).
   */
  @Transactional(TxType.SUPPORTS)
  public ReviewQueue pending(UUID supplierId, int page, int pageSize) {
    long total = claims.countByStatus(ClaimStatus.DECLARED, supplierId);
    List<SovereigntyClaim> rows =
        claims.findByStatus(ClaimStatus.DECLARED, supplierId, page - 1, pageSize);
    return new ReviewQueue(reviews(rows), total, page, pageSize);
  }

  @Transactional(TxType.SUPPORTS)
  public ClaimReview review(UUID claimId) {
    return reviews(List.of(load(claimId))).get(0);
  }

  /** Every claim of a supplier and of its offerings, for the supplier's own outcome page. */
  @Transactional(TxType.SUPPORTS)
  public List<ClaimReview> ofSupplier(UUID supplierId) {
    List<SovereigntyClaim> rows = new ArrayList<>(claims.findBySupplier(supplierId));
    List<UUID> offeringIds =
        offerings.list("supplierId = ?1 order by name", supplierId).stream()
            .map(Offering::getId)
            .toList();
    claims.findByOfferingIds(offeringIds).values().forEach(rows::addAll);
    return reviews(rows);
  }

  @Transactional
  public ClaimView verify(
      UUID claimId, long expectedVersion, ClaimDecision decision, String reviewer) {
    SovereigntyClaim claim = loadAt(claimId, expectedVersion);
    decision.validate(true, today());
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    claim.verifyAfterReview(
        reviewer,
        decision.evidenceUrl(),
        decision.note(),
        now,
        decision.expiresOn().atStartOfDay().atOffset(ZoneOffset.UTC));
    recordAffectedOfferings(claim);
    return ClaimView.of(claim, clock.instant());
  }

  @Transactional
  public ClaimView reject(
      UUID claimId, long expectedVersion, ClaimDecision decision, String reviewer) {
    SovereigntyClaim claim = loadAt(claimId, expectedVersion);
    decision.validate(false, today());
    claim.reject(
        reviewer,
        decision.evidenceUrl(),
        decision.note(),
        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    recordAffectedOfferings(claim);
    return ClaimView.of(claim, clock.instant());
  }

  /**
   * A decision changes the assessment of the claim's offering, or of every offering of the supplier
   * for a supplier-level claim: the catalogue history must record them as they now read.
   */
  private void recordAffectedOfferings(SovereigntyClaim claim) {
    claims.flush();
    revisions.record(
        claim.getOfferingId() != null
            ? List.of(claim.getOfferingId())
            : offerings.findIdsBySupplier(claim.getSupplierId()));
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  private SovereigntyClaim load(UUID claimId) {
    return claims
        .findByIdOptional(claimId)
        .orElseThrow(() -> DomainException.notFound("Claim", claimId));
  }

  private SovereigntyClaim loadAt(UUID claimId, long expectedVersion) {
    SovereigntyClaim claim = load(claimId);
    if (claim.getVersion() != expectedVersion) {
      throw new DomainException(
          ProblemType.CONFLICT,
          "Someone decided on this claim while you were looking at it; review it again");
    }
    return claim;
  }

  private List<ClaimReview> reviews(List<SovereigntyClaim> rows) {
    Set<UUID> offeringIds =
        rows.stream()
            .map(SovereigntyClaim::getOfferingId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    Map<UUID, Offering> offeringById = byId(offerings.list("id in ?1", ids(offeringIds)));
    Set<UUID> supplierIds = new HashSet<>();
    rows.forEach(
        c ->
            supplierIds.add(
                c.getSupplierId() != null
                    ? c.getSupplierId()
                    : offeringById.get(c.getOfferingId()).getSupplierId()));
    Map<UUID, SupplierProfile> profileById = profiles.findByIds(supplierIds);
    Map<UUID, OrganisationSummary> names = organisations.summaries(supplierIds);
    var now = clock.instant();
    return rows.stream()
        .map(
            claim -> {
              Offering offering =
                  claim.getOfferingId() == null ? null : offeringById.get(claim.getOfferingId());
              UUID supplierId = offering == null ? claim.getSupplierId() : offering.getSupplierId();
              OrganisationSummary supplier = names.get(supplierId);
              return new ClaimReview(
                  ClaimView.of(claim, now),
                  supplierId,
                  supplier == null ? null : supplier.name(),
                  offering == null ? null : offering.getId(),
                  offering == null ? null : offering.getName(),
                  offering == null
                      ? declared(claim.getAttribute(), profileById.get(supplierId))
                      : declared(claim.getAttribute(), offering));
            })
        .toList();
  }

  /** Ids for an "in" query; a list with a random id stands in for none, which SQL cannot take. */
  private static Collection<UUID> ids(Set<UUID> ids) {
    return ids.isEmpty() ? List.of(UUID.randomUUID()) : ids;
  }

  private static Map<UUID, Offering> byId(List<Offering> rows) {
    return rows.stream().collect(Collectors.toMap(Offering::getId, Function.identity()));
  }

  /** What a supplier-level claim states, in codes that read the same in every language. */
  static String declared(ClaimAttribute attribute, SupplierProfile profile) {
    if (profile == null) {
      return "";
    }
    return switch (attribute) {
      case HEADQUARTERS -> profile.getHeadquartersCountry();
      case CONTROL ->
          profile.getControllingEntity()
              + " ("
              + profile.getControlCountry()
              + "), "
              + profile.getNonEuOwnershipPercent()
              + " % non-EU";
      case EXTRATERRITORIAL_LAWS ->
          profile.getExtraterritorialLaws().isEmpty()
              ? "-"
              : profile.getExtraterritorialLaws().stream()
                  .map(ExtraterritorialLaw::label)
                  .sorted()
                  .collect(Collectors.joining(", "));
      case EU_PRESENCE -> profile.getEuPresence().name();
      default -> "";
    };
  }

  /** What an offering-level claim states. */
  static String declared(ClaimAttribute attribute, Offering offering) {
    return switch (attribute) {
      case DATA_LOCATION ->
          codes(offering.getDataStorageCountries())
              + " / "
              + codes(offering.getDataProcessingCountries());
      case SUPPORT_LOCATION -> codes(offering.getSupportCountries());
      case DEPLOYMENT ->
          offering.getDeploymentModels().stream()
              .map(Enum::name)
              .sorted()
              .collect(Collectors.joining(", "));
      case OPEN_WEIGHTS ->
          (offering.isOpenWeights() ? "open weights" : "closed")
              + (offering.getLicence() == null ? "" : ", " + offering.getLicence());
      case CERTIFICATIONS ->
          offering.getCertifications().isEmpty()
              ? "-"
              : offering.getCertifications().stream()
                  .map(Certification::label)
                  .sorted()
                  .collect(Collectors.joining(", "));
      case HARDWARE_ORIGIN -> Objects.toString(offering.getHardwareVendorCountry(), "-");
      case ENVIRONMENT ->
          (offering.getRenewableEnergyPercent() == null
                  ? "-"
                  : offering.getRenewableEnergyPercent() + " % renewable")
              + (offering.getPue() == null ? "" : ", PUE " + plain(offering.getPue()));
      default -> "";
    };
  }

  private static String codes(Collection<String> countries) {
    return countries.isEmpty()
        ? "-"
        : countries.stream().sorted().collect(Collectors.joining(", "));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** One page of the review queue. */
  public record ReviewQueue(List<ClaimReview> items, long total, int page, int pageSize) {
    public int pageCount() {
      return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
      return page > 1;
    }

    public boolean hasNext() {
      return page < pageCount();
    }

    public int previousPage() {
      return Math.max(1, page - 1);
    }

    public int nextPage() {
      return page + 1;
    }
  }
}
