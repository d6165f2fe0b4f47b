package eu.aimarket.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import eu.aimarket.common.DomainException;
import eu.aimarket.identity.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Supplier sovereignty profiles and their claims. */
@ApplicationScoped
public class SupplierService {

  static final String AUDIT_TYPE = "supplier-profile";

  private final SupplierProfileRepository profiles;
  private final SovereigntyClaimRepository claims;
  private final OfferingViews views;
  private final OfferingRepository offerings;
  private final CatalogRevisions revisions;
  private final AuditLog audit;

  SupplierService(
      SupplierProfileRepository profiles,
      SovereigntyClaimRepository claims,
      OfferingViews views,
      OfferingRepository offerings,
      CatalogRevisions revisions,
      AuditLog audit) {
    this.offerings = offerings;
    this.revisions = revisions;
    this.profiles = profiles;
    this.claims = claims;
    this.views = views;
    this.audit = audit;
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<SupplierProfileView> find(UUID organisationId) {
    return profiles.findByIdOptional(organisationId).map(views::profile);
  }

  @Transactional(TxType.SUPPORTS)
  public boolean exists(UUID organisationId) {
    return profiles.count("organisationId", organisationId) > 0;
  }

  /**
   * Creates or replaces a supplier's profile. Claims whose attributes change go back to "declared":
   * a verification cannot outlive the facts it verified (e.g. a change of control).
   */
  @Transactional
  public SupplierProfileView save(
      UUID organisationId, SupplierProfileData data, Long expectedVersion) {
    Optional<SupplierProfile> existing = profiles.findByIdOptional(organisationId);
    SupplierProfile profile = existing.orElseGet(() -> new SupplierProfile(organisationId));
    if (existing.isPresent()
        && expectedVersion != null
        && profile.getVersion() != expectedVersion) {
      throw DomainException.staleVersion(
          "The supplier profile of " + organisationId, expectedVersion, profile.getVersion());
    }
    JsonNode previous = existing.map(p -> audit.snapshot(views.profile(p))).orElse(null);
    Map<ClaimAttribute, Object> before = existing.map(ClaimedAttributes::of).orElse(Map.of());
    profile.setHeadquartersCountry(data.headquartersCountry());
    profile.setControllingEntity(data.controllingEntity());
    profile.setControlCountry(data.controlCountry());
    profile.setNonEuOwnershipPercent(data.nonEuOwnershipPercent());
    profile.setExtraterritorialLaws(data.extraterritorialLaws());
    profile.setEuPresence(data.euPresence());
    profile.setSme(data.sme());
    if (existing.isEmpty()) {
      profiles.persist(profile);
      for (ClaimAttribute attribute : ClaimAttribute.values()) {
        if (attribute.supplierLevel()) {
          claims.persist(SovereigntyClaim.declaredForSupplier(organisationId, attribute));
        }
      }
    } else {
      Set<ClaimAttribute> changed =
          ClaimedAttributes.changed(before, ClaimedAttributes.of(profile));
      claims.findBySupplier(organisationId).stream()
          .filter(claim -> changed.contains(claim.getAttribute()))
          .forEach(SovereigntyClaim::redeclare);
      // Every offering of the supplier reads differently now (its supplier and assessment).
      revisions.record(offerings.findIdsBySupplier(organisationId));
    }
    profiles.flush();
    SupplierProfileView saved = views.profile(profile);
    audit.record(
        existing.isEmpty() ? "created" : "updated",
        AUDIT_TYPE,
        organisationId,
        previous,
        audit.snapshot(saved));
    return saved;
  }
}
