package eu.aimarket.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import eu.aimarket.common.Cursor;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.Page;
import eu.aimarket.identity.AuditLog;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.integration.Events;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The catalogue of offerings: search, read, and the supplier's writes. */
@ApplicationScoped
public class OfferingService {

  static final String AUDIT_TYPE = "offering";

  private final OfferingRepository offerings;
  private final SupplierProfileRepository profiles;
  private final SovereigntyClaimRepository claims;
  private final OrganisationService organisations;
  private final OfferingViews views;
  private final CatalogRevisions revisions;
  private final AuditLog audit;
  private final Events events;
  private final CatalogBrowsing browsing;

  OfferingService(
      OfferingRepository offerings,
      SupplierProfileRepository profiles,
      SovereigntyClaimRepository claims,
      OrganisationService organisations,
      OfferingViews views,
      CatalogRevisions revisions,
      AuditLog audit,
      Events events,
      CatalogBrowsing browsing) {
    this.browsing = browsing;
    this.revisions = revisions;
    this.events = events;
    this.offerings = offerings;
    this.profiles = profiles;
    this.claims = claims;
    this.organisations = organisations;
    this.views = views;
    this.audit = audit;
  }

  /**
   * A search with a minimum score or an order other than by id. Scores are computed, not stored, so
   * these searches assess every match and page in memory; the cursor names the last offering seen
   * in this order.
   */
  @Transactional(TxType.SUPPORTS)
  public Page<OfferingView> search(
      OfferingFilter filter, Integer minScore, CatalogSort sort, String cursor, int limit) {
    UUID after = Cursor.decode(cursor);
    List<OfferingView> ranked =
        isPublicCatalogue(filter)
            ? browsing.sorted(filter, minScore, sort, namedSuppliers(filter))
            : findAllMatching(filter).stream()
                .filter(o -> minScore == null || o.sovereignty().score() >= minScore)
                .sorted(sort.comparator(filter.text()))
                .toList();
    int from = 0;
    if (after != null) {
      for (int i = 0; i < ranked.size(); i++) {
        if (ranked.get(i).id().equals(after)) {
          from = i + 1;
          break;
        }
      }
    }
    List<OfferingView> rest = ranked.subList(from, ranked.size());
    return Cursor.page(rest.subList(0, Math.min(rest.size(), limit + 1)), limit, OfferingView::id);
  }

  /**
   * One page of the public catalogue, with the facet counts of the whole search: counted over the
   * in-memory published catalogue, not read from the database, so the cost does not grow with a
   * query per offering and the database is asked only for the suppliers named like the text.
   */
  @Transactional(TxType.SUPPORTS)
  public CataloguePage browse(CatalogSearch search, int pageSize) {
    CatalogBrowsing.Result result = browsing.search(search, namedSuppliers(search.filter()));
    List<OfferingView> matches = result.matches();
    int from = (int) Math.min((long) (search.page() - 1) * pageSize, matches.size());
    int to = Math.min(from + pageSize, matches.size());
    return new CataloguePage(
        matches.subList(from, to), matches.size(), search.page(), pageSize, result.facets());
  }

  /** Whether a filter asks for nothing but published offerings, whoever supplies them. */
  private static boolean isPublicCatalogue(OfferingFilter filter) {
    return filter.supplierId() == null
        && filter.statuses().equals(Set.of(OfferingStatus.PUBLISHED));
  }

  /** The position of the first offering after {@code after} in database id order. */
  private static int firstAfter(List<OfferingView> inIdOrder, UUID after) {
    int low = 0;
    int high = inIdOrder.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (CatalogBrowsing.DATABASE_ID_ORDER.compare(inIdOrder.get(middle).id(), after) <= 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private List<UUID> namedSuppliers(OfferingFilter filter) {
    return filter.text() == null ? null : organisations.idsWithNameContaining(filter.text());
  }

  /** Published offerings by id, in the order asked; ids that are not published are left out. */
  @Transactional(TxType.SUPPORTS)
  public List<OfferingView> findPublished(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, OfferingView> byId =
        views.of(offerings.list("id in ?1", ids)).stream()
            .filter(o -> o.status() == OfferingStatus.PUBLISHED)
            .collect(java.util.stream.Collectors.toMap(OfferingView::id, o -> o));
    return ids.stream().filter(byId::containsKey).map(byId::get).toList();
  }

  /** A supplier's offerings in the given states, by name. */
  @Transactional(TxType.SUPPORTS)
  public List<OfferingView> ofSupplier(UUID supplierId, Set<OfferingStatus> statuses) {
    return findAllMatching(
            new OfferingFilter(null, null, null, null, null, null, null, supplierId, statuses))
        .stream()
        .sorted(CatalogSort.NAME.comparator(null))
        .toList();
  }

  private List<OfferingView> findAllMatching(OfferingFilter filter) {
    List<UUID> hqSuppliers =
        filter.hqCountry() == null
            ? null
            : profiles.findIdsByHeadquartersCountry(filter.hqCountry());
    List<UUID> namedSuppliers =
        filter.text() == null ? null : organisations.idsWithNameContaining(filter.text());
    return views.of(offerings.findMatching(filter, hqSuppliers, namedSuppliers));
  }

  /**
   * One page of the offerings that match, in id order. Searches of the public catalogue are
   * answered from the in-memory published catalogue; a supplier's own list (drafts, retired
   * offerings) from the database.
   */
  @Transactional(TxType.SUPPORTS)
  public Page<OfferingView> search(OfferingFilter filter, String cursor, int limit) {
    UUID after = Cursor.decode(cursor);
    if (isPublicCatalogue(filter)) {
      List<OfferingView> matches = browsing.inIdOrder(filter, namedSuppliers(filter));
      int from = after == null ? 0 : firstAfter(matches, after);
      return Cursor.page(
          matches.subList(from, Math.min(matches.size(), from + limit + 1)),
          limit,
          OfferingView::id);
    }
    List<UUID> hqSuppliers =
        filter.hqCountry() == null
            ? null
            : profiles.findIdsByHeadquartersCountry(filter.hqCountry());
    List<UUID> namedSuppliers =
        filter.text() == null ? null : organisations.idsWithNameContaining(filter.text());
    List<Offering> rows = offerings.findPage(filter, hqSuppliers, namedSuppliers, after, limit + 1);
    Page<Offering> page = Cursor.page(rows, limit, Offering::getId);
    return new Page<>(views.of(page.items()), page.nextCursor());
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<OfferingView> find(UUID id) {
    return offerings.findByIdOptional(id).map(views::of);
  }

  @Transactional(TxType.SUPPORTS)
  public OfferingView get(UUID id) {
    return find(id).orElseThrow(() -> DomainException.notFound("Offering", id));
  }

  @Transactional(TxType.SUPPORTS)
  public long countPublished() {
    return offerings.countByStatus(OfferingStatus.PUBLISHED);
  }

  @Transactional
  public OfferingView create(UUID supplierId, OfferingData data) {
    return create(UUID.randomUUID(), supplierId, data);
  }

  @Transactional
  public OfferingView create(UUID id, UUID supplierId, OfferingData data) {
    requireSupplier(supplierId);
    Offering offering = insert(id, supplierId, data);
    revisions.record(List.of(id));
    OfferingView created = views.of(offering);
    audit.record("created", AUDIT_TYPE, id, null, auditState(created));
    announceCreated(created);
    return created;
  }

  /**
   * Creates many offerings of one supplier at once, all or none: one transaction and one new
   * catalogue version for the lot.
   */
  @Transactional
  public List<OfferingView> createAll(UUID supplierId, List<OfferingData> data) {
    requireSupplier(supplierId);
    List<Offering> created = new ArrayList<>(data.size());
    for (OfferingData item : data) {
      created.add(insert(UUID.randomUUID(), supplierId, item));
    }
    revisions.record(created.stream().map(Offering::getId).toList());
    List<OfferingView> result = views.of(created);
    for (OfferingView view : result) {
      audit.record("created", AUDIT_TYPE, view.id(), null, auditState(view));
      announceCreated(view);
    }
    return result;
  }

  private void requireSupplier(UUID supplierId) {
    if (profiles.findByIdOptional(supplierId).isEmpty()) {
      throw DomainException.invalid("supplierId", "is not an organisation with a supplier profile");
    }
  }

  private Offering insert(UUID id, UUID supplierId, OfferingData data) {
    Offering offering = new Offering(id, supplierId);
    apply(offering, data);
    offering.setStatus(data.status() == null ? OfferingStatus.DRAFT : data.status());
    offerings.persist(offering);
    for (ClaimAttribute attribute : ClaimAttribute.values()) {
      if (!attribute.supplierLevel()) {
        claims.persist(SovereigntyClaim.declaredForOffering(id, attribute));
      }
    }
    return offering;
  }

  private void announceCreated(OfferingView offering) {
    if (offering.status() == OfferingStatus.PUBLISHED) {
      events.offeringPublished(offering);
    }
  }

  /**
   * Tells webhook subscribers about a change seen from outside: an offering that enters the public
   * catalogue is published; one that was public and changed, or left, has changed.
   */
  private void announceChange(boolean wasPublished, OfferingView offering) {
    boolean published = offering.status() == OfferingStatus.PUBLISHED;
    if (published && !wasPublished) {
      events.offeringPublished(offering);
    } else if (wasPublished) {
      events.offeringChanged(offering);
    }
  }

  /**
   * Replaces an offering's attributes if it is still at {@code expectedVersion}; claims whose
   * attributes change go back to review.
   */
  @Transactional
  public OfferingView update(UUID id, OfferingData data, long expectedVersion) {
    Offering offering = load(id);
    if (offering.getVersion() != expectedVersion) {
      throw DomainException.staleVersion("Offering " + id, expectedVersion, offering.getVersion());
    }
    OfferingView previous = views.of(offering);
    boolean wasPublished = offering.getStatus() == OfferingStatus.PUBLISHED;
    Map<ClaimAttribute, Object> before = ClaimedAttributes.of(offering);
    apply(offering, data);
    if (data.status() != null) {
      offering.setStatus(data.status());
    }
    Set<ClaimAttribute> changed = ClaimedAttributes.changed(before, ClaimedAttributes.of(offering));
    claims.findByOffering(id).stream()
        .filter(claim -> changed.contains(claim.getAttribute()))
        .forEach(SovereigntyClaim::redeclare);
    revisions.record(List.of(id));
    OfferingView updated = views.of(offering);
    audit.record("updated", AUDIT_TYPE, id, auditState(previous), auditState(updated));
    announceChange(wasPublished, updated);
    return updated;
  }

  /** Retires an offering: it leaves the public catalogue but stays for history and audit. */
  @Transactional
  public OfferingView retire(UUID id, Long expectedVersion) {
    Offering offering = load(id);
    if (expectedVersion != null && offering.getVersion() != expectedVersion) {
      throw DomainException.staleVersion("Offering " + id, expectedVersion, offering.getVersion());
    }
    OfferingView previous = views.of(offering);
    boolean wasPublished = offering.getStatus() == OfferingStatus.PUBLISHED;
    offering.setStatus(OfferingStatus.RETIRED);
    revisions.record(List.of(id));
    OfferingView retired = views.of(offering);
    audit.record("retired", AUDIT_TYPE, id, auditState(previous), auditState(retired));
    announceChange(wasPublished, retired);
    return retired;
  }

  /**
   * What the audit log keeps of an offering: its attributes and claims. The assessment and the
   * supplier summary follow from them, and timestamps are in the event itself.
   */
  private JsonNode auditState(OfferingView offering) {
    return audit.snapshot(offering, "sovereignty", "supplier", "createdAt", "updatedAt");
  }

  private Offering load(UUID id) {
    return offerings
        .findByIdOptional(id)
        .orElseThrow(() -> DomainException.notFound("Offering", id));
  }

  private static void apply(Offering offering, OfferingData data) {
    offering.setName(data.name().strip());
    offering.setDescription(data.description().strip());
    offering.setCategory(data.category());
    offering.setDeploymentModels(data.deploymentModels());
    offering.setDataStorageCountries(data.dataStorageCountries());
    offering.setDataProcessingCountries(data.dataProcessingCountries());
    offering.setSupportCountries(data.supportCountries());
    offering.setLanguages(data.languages());
    offering.setOpenWeights(data.openWeights());
    offering.setLicence(blankToNull(data.licence()));
    offering.setCertifications(data.certifications());
    offering.setPricingModel(data.pricingModel());
    offering.setPriceEur(data.priceEur());
    offering.setPriceUnit(blankToNull(data.priceUnit()));
    offering.setHardwareVendorCountry(blankToNull(data.hardwareVendorCountry()));
    offering.setRenewableEnergyPercent(data.renewableEnergyPercent());
    offering.setPue(data.pue());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
