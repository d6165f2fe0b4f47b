package eu.aimarket.identity;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Organisations and their members. Other modules come here rather than to the tables. */
@ApplicationScoped
public class OrganisationService {

  private final OrganisationRepository organisations;
  private final MembershipRepository memberships;

  public OrganisationService(
      OrganisationRepository organisations, MembershipRepository memberships) {
    this.organisations = organisations;
    this.memberships = memberships;
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<OrganisationDetails> find(UUID id) {
    return organisations.findByIdOptional(id).map(OrganisationDetails::of);
  }

  @Transactional(TxType.SUPPORTS)
  public OrganisationDetails get(UUID id) {
    return find(id).orElseThrow(() -> DomainException.notFound("Organisation", id));
  }

  @Transactional(TxType.SUPPORTS)
  public List<OrganisationDetails> page(OrganisationKind kind, UUID afterId, int limit) {
    return organisations.findPageAfter(afterId, kind, limit).stream()
        .map(OrganisationDetails::of)
        .toList();
  }

  @Transactional(TxType.SUPPORTS)
  public Map<UUID, OrganisationSummary> summaries(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return organisations.list("id in ?1", ids).stream()
        .map(OrganisationSummary::of)
        .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
  }

  /** Ids of organisations whose legal name contains the text, for catalogue search. */
  @Transactional(TxType.SUPPORTS)
  public List<UUID> idsWithNameContaining(String text) {
    String pattern =
        "%"
            + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
            + "%";
    return organisations.findIdsWithNameLike(pattern);
  }

  /**
   * Registers an organisation and makes the registering person its member: a supplier, a buyer, or
   * both, as the organisation's kind says.
   */
  @Transactional
  public OrganisationDetails register(OrganisationDetails details, String memberSubject) {
    return register(UUID.randomUUID(), details, memberSubject);
  }

  @Transactional
  public OrganisationDetails register(UUID id, OrganisationDetails details, String memberSubject) {
    requireUniqueRegistrationId(details.registrationId(), null);
    Organisation organisation = new Organisation(id);
    apply(organisation, details);
    organisations.persist(organisation);
    if (memberSubject != null) {
      if (details.kind().supplies()) {
        memberships.persist(new Membership(id, memberSubject, Role.SUPPLIER));
      }
      if (details.kind().buys()) {
        memberships.persist(new Membership(id, memberSubject, Role.BUYER));
      }
    }
    organisations.flush();
    return OrganisationDetails.of(organisation);
  }

  @Transactional
  public OrganisationDetails update(UUID id, OrganisationDetails details, long expectedVersion) {
    Organisation organisation =
        organisations
            .findByIdOptional(id)
            .orElseThrow(() -> DomainException.notFound("Organisation", id));
    if (organisation.getVersion() != expectedVersion) {
      throw DomainException.staleVersion(
          "Organisation " + id, expectedVersion, organisation.getVersion());
    }
    requireUniqueRegistrationId(details.registrationId(), id);
    apply(organisation, details);
    // The resource includes the supplier profile, so every accepted change is a new version of the
    // whole, even when only the profile changed.
    organisations.getEntityManager().lock(organisation, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    organisations.flush();
    return OrganisationDetails.of(organisation);
  }

  @Transactional
  public void addMember(UUID organisationId, String subject, Role role) {
    if (!memberships.exists(organisationId, subject, role)) {
      memberships.persist(new Membership(organisationId, subject, role));
    }
  }

  private void requireUniqueRegistrationId(String registrationId, UUID self) {
    organisations
        .findByRegistrationId(registrationId)
        .filter(existing -> !existing.getId().equals(self))
        .ifPresent(
            existing -> {
              throw new DomainException(
                  ProblemType.CONFLICT,
                  "An organisation with registration id "
                      + registrationId
                      + " is already registered",
                  List.of());
            });
  }

  private static void apply(Organisation organisation, OrganisationDetails details) {
    organisation.setLegalName(details.legalName());
    organisation.setRegistrationId(details.registrationId());
    organisation.setCountry(details.country());
    organisation.setWebsite(details.website());
    organisation.setKind(details.kind());
  }
}
