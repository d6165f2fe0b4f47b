package eu.aimarket.identity;

import com.fasterxml.jackson.databind.JsonNode;
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

  static final String AUDIT_ORGANISATION = "organisation";
  static final String AUDIT_MEMBERSHIP = "membership";

  private final OrganisationRepository organisations;
  private final MembershipRepository memberships;
  private final AuditLog audit;

  public OrganisationService(
      OrganisationRepository organisations, MembershipRepository memberships, AuditLog audit) {
    this.organisations = organisations;
    this.memberships = memberships;
    this.audit = audit;
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
    organisations.flush();
    OrganisationDetails registered = OrganisationDetails.of(organisation);
    audit.record("registered", AUDIT_ORGANISATION, id, null, auditState(registered));
    if (memberSubject != null) {
      if (details.kind().supplies()) {
        persistMember(new Membership(id, memberSubject, Role.SUPPLIER));
      }
      if (details.kind().buys()) {
        persistMember(new Membership(id, memberSubject, Role.BUYER));
      }
    }
    return registered;
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
    OrganisationDetails before = OrganisationDetails.of(organisation);
    apply(organisation, details);
    // The resource includes the supplier profile, so every accepted change is a new version of the
    // whole, even when only the profile changed.
    organisations.getEntityManager().lock(organisation, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    organisations.flush();
    OrganisationDetails after = OrganisationDetails.of(organisation);
    audit.record("updated", AUDIT_ORGANISATION, id, auditState(before), auditState(after));
    return after;
  }

  /** Adds a member unless they already have that role (used by the demo catalogue). */
  @Transactional
  public void addMember(UUID organisationId, String subject, Role role) {
    if (!memberships.exists(organisationId, subject, role)) {
      Membership membership = new Membership(organisationId, subject, role);
      membership.setLabel(subject);
      persistMember(membership);
    }
  }

  /** The memberships of one account across organisations. */
  @Transactional(TxType.SUPPORTS)
  public List<MemberView> membershipsOf(Collection<String> subjects) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    return memberships.findBySubjects(subjects).stream().map(MemberView::of).toList();
  }

  /**
   * Adds a member to an organisation. The role must suit the organisation's kind, and a procurement
   * system's service account acts as a buyer for exactly one organisation, so that what it sees and
   * changes is never in doubt.
   */
  @Transactional
  public MemberView addMember(UUID organisationId, NewMember member, String addedBy) {
    OrganisationDetails organisation = get(organisationId);
    requireRoleSuits(organisation, member.role());
    if (member.serviceAccount()) {
      if (member.role() != Role.BUYER) {
        throw DomainException.invalid("role", "must be BUYER for a service account");
      }
      memberships.findBySubject(member.subject()).stream()
          .filter(m -> !m.getOrganisationId().equals(organisationId))
          .findFirst()
          .ifPresent(
              elsewhere -> {
                throw new DomainException(
                    ProblemType.CONFLICT,
                    "This service account is already a member of organisation "
                        + elsewhere.getOrganisationId()
                        + "; a service account belongs to one organisation only");
              });
    }
    if (memberships.exists(organisationId, member.subject(), member.role())) {
      throw new DomainException(
          ProblemType.CONFLICT,
          member.subject() + " is already a member of this organisation as " + member.role());
    }
    Membership membership = new Membership(organisationId, member.subject(), member.role());
    membership.setLabel(member.label() == null ? member.subject() : member.label());
    membership.setServiceAccount(member.serviceAccount());
    membership.setAddedBy(addedBy);
    return persistMember(membership);
  }

  /**
   * Removes a member. Unless {@code mayRemoveLast}, the last member stays, so that an organisation
   * is never left without anyone who can look after it.
   */
  @Transactional
  public MemberView removeMember(UUID organisationId, UUID memberId, boolean mayRemoveLast) {
    get(organisationId);
    Membership membership =
        memberships
            .findByIdOptional(memberId)
            .filter(m -> m.getOrganisationId().equals(organisationId))
            .orElseThrow(() -> DomainException.notFound("Member", memberId));
    if (!mayRemoveLast && memberships.countByOrganisation(organisationId) <= 1) {
      throw new DomainException(
          ProblemType.CONFLICT,
          "The last member of an organisation cannot be removed; ask an administrator");
    }
    MemberView removed = MemberView.of(membership);
    memberships.delete(membership);
    memberships.flush();
    audit.record("removed", AUDIT_MEMBERSHIP, memberId, removed, null);
    return removed;
  }

  private MemberView persistMember(Membership membership) {
    memberships.persist(membership);
    memberships.flush();
    MemberView added = MemberView.of(membership);
    audit.record("added", AUDIT_MEMBERSHIP, membership.getId(), null, added);
    return added;
  }

  /** 404 for an unknown organisation, 400 when the role does not suit it. */
  @Transactional(TxType.SUPPORTS)
  public void requireRoleSuits(UUID organisationId, Role role) {
    requireRoleSuits(get(organisationId), role);
  }

  /** One page of an organisation's members in id order, after {@code afterId}. */
  @Transactional(TxType.SUPPORTS)
  public List<MemberView> members(UUID organisationId, UUID afterId, int limit) {
    get(organisationId);
    return memberships.findPageOfOrganisation(organisationId, afterId, limit).stream()
        .map(MemberView::of)
        .toList();
  }

  private static void requireRoleSuits(OrganisationDetails organisation, Role role) {
    boolean suits =
        switch (role) {
          case SUPPLIER -> organisation.kind().supplies();
          case BUYER -> organisation.kind().buys();
          case ADMIN -> true;
        };
    if (!suits) {
      throw DomainException.invalid(
          "role", "must suit the organisation, which is a " + organisation.kind());
    }
  }

  private JsonNode auditState(OrganisationDetails details) {
    return audit.snapshot(details, "createdAt", "updatedAt");
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
