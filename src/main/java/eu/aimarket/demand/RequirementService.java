package eu.aimarket.demand;

import eu.aimarket.common.Cursor;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.Page;
import eu.aimarket.common.Problem.FieldError;
import eu.aimarket.identity.OrganisationDetails;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.identity.OrganisationSummary;
import eu.aimarket.integration.Events;
import eu.aimarket.policy.PolicyService;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Buyers' requirements: create, change, read, and every saved version kept for replay. */
@ApplicationScoped
public class RequirementService {

  private final RequirementRepository requirements;
  private final OrganisationService organisations;
  private final PolicyService policies;
  private final Events events;

  RequirementService(
      RequirementRepository requirements,
      OrganisationService organisations,
      PolicyService policies,
      Events events) {
    this.requirements = requirements;
    this.organisations = organisations;
    this.policies = policies;
    this.events = events;
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<RequirementView> find(UUID id) {
    return requirements.findByIdOptional(id).map(this::view);
  }

  @Transactional(TxType.SUPPORTS)
  public RequirementView get(UUID id) {
    return find(id).orElseThrow(() -> DomainException.notFound("Requirement", id));
  }

  /** Requirements of the given buyer organisations (all when null), one page at a time. */
  @Transactional(TxType.SUPPORTS)
  public Page<RequirementView> page(
      Collection<UUID> buyerIds, RequirementStatus status, String cursor, int limit) {
    List<Requirement> rows =
        requirements.findPage(buyerIds, status, Cursor.decode(cursor), limit + 1);
    Page<Requirement> page = Cursor.page(rows, limit, Requirement::getId);
    return new Page<>(views(page.items()), page.nextCursor());
  }

  /**
   * Public-sector requirements past the draft stage that changed within [from, to): what open
   * contracting data publishes. One page at a time, in id order.
   */
  @Transactional(TxType.SUPPORTS)
  public Page<RequirementView> publicPage(
      OffsetDateTime from, OffsetDateTime to, String cursor, int limit) {
    List<Requirement> rows =
        requirements.findPublicPage(from, to, Cursor.decode(cursor), limit + 1);
    Page<Requirement> page = Cursor.page(rows, limit, Requirement::getId);
    return new Page<>(views(page.items()), page.nextCursor());
  }

  /** Whether a requirement is published as open data: a public buyer's, past the draft stage. */
  public static boolean isPublic(RequirementView requirement) {
    return requirement.buyerType() == BuyerType.PUBLIC_SECTOR
        && RequirementStatus.PUBLISHED.contains(requirement.status());
  }

  @Transactional(TxType.SUPPORTS)
  public List<RequirementView> open() {
    return views(requirements.findOpen());
  }

  /** At most {@code limit} open requirements after the one given (from the first if null). */
  @Transactional(TxType.SUPPORTS)
  public List<RequirementView> openAfter(UUID afterId, int limit) {
    return views(requirements.findOpenAfter(afterId, limit));
  }

  /** The open requirements one page at a time, by id. */
  @Transactional(TxType.SUPPORTS)
  public Page<RequirementView> openPage(String cursor, int limit) {
    return Cursor.page(openAfter(Cursor.decode(cursor), limit + 1), limit, RequirementView::id);
  }

  @Transactional
  public RequirementView create(UUID buyerOrganisationId, RequirementData data, String createdBy) {
    OrganisationDetails buyer = organisations.get(buyerOrganisationId);
    if (!buyer.kind().buys()) {
      throw DomainException.invalid("buyerOrganisationId", "is not a buyer organisation");
    }
    validate(data);
    requireUsablePolicy(buyerOrganisationId, data);
    Requirement requirement = new Requirement(UUID.randomUUID(), buyerOrganisationId, createdBy);
    apply(requirement, data);
    requirement.setStatus(data.status() == null ? RequirementStatus.DRAFT : data.status());
    requirements.persist(requirement);
    requirements.flush();
    RequirementView view = view(requirement);
    recordRevision(view);
    if (view.status() == RequirementStatus.OPEN) {
      events.requirementPublished(view);
    }
    return view;
  }

  @Transactional
  public RequirementView update(UUID id, RequirementData data, long expectedVersion) {
    Requirement requirement =
        requirements
            .findByIdOptional(id)
            .orElseThrow(() -> DomainException.notFound("Requirement", id));
    if (requirement.getVersion() != expectedVersion) {
      throw DomainException.staleVersion(
          "Requirement " + id, expectedVersion, requirement.getVersion());
    }
    validate(data);
    requireUsablePolicy(requirement.getBuyerOrganisationId(), data);
    boolean wasOpen = requirement.getStatus() == RequirementStatus.OPEN;
    apply(requirement, data);
    if (data.status() != null) {
      requirement.setStatus(data.status());
    }
    requirements.flush();
    RequirementView view = view(requirement);
    recordRevision(view);
    if (view.status() == RequirementStatus.OPEN && !wasOpen) {
      events.requirementPublished(view);
    }
    return view;
  }

  /**
   * Records how a requirement's tender ended: {@code AWARDED}, or {@code CLOSED} when no contract
   * follows. Part of the tender's transaction, so the two never disagree.
   */
  @Transactional(TxType.MANDATORY)
  public RequirementView close(UUID id, RequirementStatus status) {
    if (status != RequirementStatus.AWARDED && status != RequirementStatus.CLOSED) {
      throw new IllegalArgumentException("A requirement closes as AWARDED or CLOSED");
    }
    Requirement requirement =
        requirements
            .findByIdOptional(id)
            .orElseThrow(() -> DomainException.notFound("Requirement", id));
    requirement.setStatus(status);
    requirements.flush();
    RequirementView view = view(requirement);
    recordRevision(view);
    return view;
  }

  /** The requirement exactly as it was saved at a version, for replaying a match run. */
  @Transactional(TxType.SUPPORTS)
  public Optional<RequirementView> atVersion(UUID id, long version) {
    @SuppressWarnings("unchecked")
    List<String> rows =
        Panache.getEntityManager()
            .createNativeQuery(
                "select data from requirement_revision where requirement_id = ?1 and version = ?2")
            .setParameter(1, id)
            .setParameter(2, version)
            .getResultList();
    return rows.stream().findFirst().map(json -> JsonColumns.read(json, RequirementView.class));
  }

  private void recordRevision(RequirementView view) {
    Panache.getEntityManager()
        .createNativeQuery(
            "insert into requirement_revision (requirement_id, version, data, recorded_at)"
                + " values (?1, ?2, ?3, ?4)")
        .setParameter(1, view.id())
        .setParameter(2, view.version())
        .setParameter(3, JsonColumns.write(view))
        .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
  }

  /**
   * A requirement may name a platform policy or one of its buyer's own (400 on {@code policyId}
   * otherwise): another organisation's policies are private, and a policy the buyer cannot rank
   * with would break the requirement's matching later.
   */
  private void requireUsablePolicy(UUID buyerOrganisationId, RequirementData data) {
    if (data.policyId() != null) {
      policies.resolve(buyerOrganisationId, data.policyId());
    }
  }

  /** Rules that span fields, beyond what annotations say. */
  private static void validate(RequirementData data) {
    List<FieldError> errors = new ArrayList<>();
    MustHaves must = data.mustHaves();
    if (must.dataLocation() == DataLocation.COUNTRIES && must.dataCountries().isEmpty()) {
      errors.add(
          new FieldError(
              "mustHaves.dataCountries",
              "must name at least one country when dataLocation is COUNTRIES"));
    }
    if (must.dataLocation() != DataLocation.COUNTRIES && !must.dataCountries().isEmpty()) {
      errors.add(
          new FieldError("mustHaves.dataCountries", "is only used when dataLocation is COUNTRIES"));
    }
    NiceToHaves nice = data.niceToHaves();
    if (nice.languagesWeight() > 0 && nice.languages().isEmpty()) {
      errors.add(
          new FieldError(
              "niceToHaves.languages", "must name the languages that languagesWeight rewards"));
    }
    if (nice.certificationsWeight() > 0 && nice.certifications().isEmpty()) {
      errors.add(
          new FieldError(
              "niceToHaves.certifications",
              "must name the certifications that certificationsWeight rewards"));
    }
    if (nice.deploymentModelsWeight() > 0 && nice.deploymentModels().isEmpty()) {
      errors.add(
          new FieldError(
              "niceToHaves.deploymentModels",
              "must name the deployment models that deploymentModelsWeight rewards"));
    }
    if (data.deadline() != null && data.deadline().getYear() > 2200) {
      errors.add(new FieldError("deadline", "is too far in the future"));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
  }

  private static void apply(Requirement requirement, RequirementData data) {
    requirement.setTitle(data.title().strip());
    requirement.setDescription(data.description().strip());
    requirement.setCategory(data.category());
    requirement.setBudgetMaxEur(data.budgetMaxEur());
    requirement.setBudgetUnit(
        data.budgetUnit() == null || data.budgetUnit().isBlank()
            ? null
            : data.budgetUnit().strip());
    requirement.setDataSensitivity(data.dataSensitivity());
    requirement.setBuyerType(data.buyerType());
    requirement.setDeadline(data.deadline());
    requirement.setPolicyId(data.policyId());
    requirement.setMustHaves(data.mustHaves());
    requirement.setNiceToHaves(data.niceToHaves());
  }

  private RequirementView view(Requirement requirement) {
    return views(List.of(requirement)).get(0);
  }

  private List<RequirementView> views(List<Requirement> rows) {
    Set<UUID> buyerIds =
        rows.stream().map(Requirement::getBuyerOrganisationId).collect(Collectors.toSet());
    Map<UUID, OrganisationSummary> buyers = organisations.summaries(buyerIds);
    return rows.stream()
        .map(
            r ->
                new RequirementView(
                    r.getId(),
                    buyers.get(r.getBuyerOrganisationId()),
                    r.getTitle(),
                    r.getDescription(),
                    r.getCategory(),
                    r.getBudgetMaxEur(),
                    r.getBudgetUnit(),
                    r.getDataSensitivity(),
                    r.getBuyerType(),
                    r.getDeadline(),
                    r.getStatus(),
                    r.getPolicyId(),
                    r.getMustHaves(),
                    r.getNiceToHaves(),
                    r.getVersion(),
                    r.getCreatedAt(),
                    r.getUpdatedAt()))
        .toList();
  }
}
