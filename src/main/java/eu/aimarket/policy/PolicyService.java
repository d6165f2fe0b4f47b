package eu.aimarket.policy;

import eu.aimarket.common.Cursor;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.Page;
import eu.aimarket.common.ProblemType;
import eu.aimarket.common.Versions;
import eu.aimarket.identity.OrganisationDetails;
import eu.aimarket.identity.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * Incentive policies: publishing versions, reading them, each buyer's choice, and compiled rules
 * for the matching engine. Callers decide who may see or change what ({@code AccessPolicy}); this
 * service keeps the rules of the domain: a published version never changes, every published rule
 * compiles, and a buyer can only use platform policies and its own.
 */
@ApplicationScoped
public class PolicyService {

  private static final Logger LOG = Logger.getLogger(PolicyService.class);
  private static final int COMPILED_CACHE_SIZE = 512;

  private final IncentivePolicyRepository policies;
  private final PolicyVersionRepository versions;
  private final BuyerPolicyChoiceRepository choices;
  private final RuleCompiler compiler;
  private final OrganisationService organisations;
  private final Clock clock;

  /** Published versions never change, so compiled ones can be kept for as long as there is room. */
  private final Map<VersionKey, CompiledPolicy> compiledCache =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<VersionKey, CompiledPolicy> eldest) {
          return size() > COMPILED_CACHE_SIZE;
        }
      };

  private record VersionKey(UUID policyId, int version) {}

  PolicyService(
      IncentivePolicyRepository policies,
      PolicyVersionRepository versions,
      BuyerPolicyChoiceRepository choices,
      RuleCompiler compiler,
      OrganisationService organisations,
      Clock clock) {
    this.policies = policies;
    this.versions = versions;
    this.choices = choices;
    this.compiler = compiler;
    this.organisations = organisations;
    this.clock = clock;
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<PolicySummary> find(UUID id) {
    return policies.findByIdOptional(id).map(PolicySummary::of);
  }

  /** The policy with its latest rules and its versions; 404 when there is none. */
  @Transactional(TxType.SUPPORTS)
  public PolicyDetails get(UUID id) {
    IncentivePolicy policy = load(id);
    return PolicyDetails.of(policy, versions.findByPolicy(id));
  }

  @Transactional(TxType.SUPPORTS)
  public PolicyVersionView version(UUID id, int number) {
    IncentivePolicy policy = load(id);
    PolicyVersion version =
        versions
            .findVersion(id, number)
            .orElseThrow(() -> DomainException.notFound("Version " + number + " of policy", id));
    return PolicyVersionView.of(policy, version);
  }

  /** One page of the platform's policies (when asked) and those owned by the given buyers. */
  @Transactional(TxType.SUPPORTS)
  public Page<PolicySummary> page(
      boolean withPlatform, Collection<UUID> ownerIds, String cursor, int limit) {
    List<IncentivePolicy> rows =
        policies.findPage(withPlatform, ownerIds, Cursor.decode(cursor), limit + 1);
    return Cursor.page(rows, limit, IncentivePolicy::getId).map(PolicySummary::of);
  }

  /**
   * Creates a policy and publishes its version 1. Every rule must compile; nothing is saved
   * otherwise.
   */
  @Transactional
  public PolicyDetails create(
      PolicyScope scope, UUID ownerId, PolicyDraft draft, String publishedBy) {
    return create(UUID.randomUUID(), scope, ownerId, draft, publishedBy, false);
  }

  private PolicyDetails create(
      UUID id,
      PolicyScope scope,
      UUID ownerId,
      PolicyDraft draft,
      String publishedBy,
      boolean template) {
    if (scope == PolicyScope.PLATFORM && ownerId != null) {
      throw DomainException.invalid("ownerId", "must be left out for a platform policy");
    }
    if (scope == PolicyScope.BUYER) {
      requireBuyer(ownerId, "ownerId");
    }
    String name = required(draft.name(), "name");
    String description = required(draft.description(), "description");
    List<RuleDefinition> rules = normalised(draft.rules());
    compiler.compileAll(rules);
    IncentivePolicy policy = new IncentivePolicy(id, scope, ownerId, template);
    requireFreeName(policy.getNameScope(), name, null);
    policy.setName(name);
    policy.setDescription(description);
    policy.setLatestVersion(1);
    policies.persist(policy);
    PolicyVersion first =
        new PolicyVersion(
            id,
            1,
            name,
            description,
            blankToNull(draft.changeNote()),
            publishedBy,
            entities(rules));
    versions.persist(first);
    flushGuardingName(name);
    return PolicyDetails.of(policy, List.of(first));
  }

  /**
   * Publishes a new version of a policy if it is still at {@code basedOnVersion} (409 otherwise).
   * Every rule must compile; nothing is saved otherwise.
   */
  @Transactional
  public PolicyDetails publish(UUID id, int basedOnVersion, PolicyDraft draft, String publishedBy) {
    IncentivePolicy policy =
        policies.findForUpdate(id).orElseThrow(() -> DomainException.notFound("Policy", id));
    if (policy.getLatestVersion() != basedOnVersion) {
      throw DomainException.staleVersion("Policy " + id, basedOnVersion, policy.getLatestVersion());
    }
    String name = draft.name() == null ? policy.getName() : required(draft.name(), "name");
    String description =
        draft.description() == null
            ? policy.getDescription()
            : required(draft.description(), "description");
    List<RuleDefinition> rules = normalised(draft.rules());
    compiler.compileAll(rules);
    requireFreeName(policy.getNameScope(), name, id);
    int number = policy.getLatestVersion() + 1;
    PolicyVersion version =
        new PolicyVersion(
            id,
            number,
            name,
            description,
            blankToNull(draft.changeNote()),
            publishedBy,
            entities(rules));
    versions.persist(version);
    policy.setName(name);
    policy.setDescription(description);
    policy.setLatestVersion(number);
    flushGuardingName(name);
    return PolicyDetails.of(policy, versions.findByPolicy(id));
  }

  /**
   * The compiled rules of one published version. Compiled once and cached: published versions are
   * immutable, so every replica compiles the same thing.
   */
  @Transactional(TxType.SUPPORTS)
  public CompiledPolicy compiled(UUID policyId, int version) {
    VersionKey key = new VersionKey(policyId, version);
    synchronized (compiledCache) {
      CompiledPolicy cached = compiledCache.get(key);
      if (cached != null) {
        return cached;
      }
    }
    PolicyVersion stored =
        versions
            .findVersion(policyId, version)
            .orElseThrow(
                () -> DomainException.notFound("Version " + version + " of policy", policyId));
    List<RuleDefinition> rules = stored.getRules().stream().map(PolicyRule::toDefinition).toList();
    CompiledPolicy compiled;
    try {
      compiled =
          new CompiledPolicy(policyId, stored.getName(), version, compiler.compileAll(rules));
    } catch (DomainException e) {
      // Published rules compiled when they were saved; failing now means the rule language
      // changed incompatibly, which an upgrade must not do silently.
      LOG.errorf(
          "Published policy %s version %d no longer compiles: %s",
          policyId, version, e.fieldErrors());
      throw new IllegalStateException(
          "Published policy " + policyId + " version " + version + " no longer compiles", e);
    }
    synchronized (compiledCache) {
      compiledCache.putIfAbsent(key, compiled);
      return compiledCache.get(key);
    }
  }

  /**
   * The policy a buyer's request ranks with: the one it names (a platform policy or one of the
   * buyer's own, else 400 on {@code policyId}), else the buyer's chosen policy, else the platform
   * default; always its latest published version.
   */
  @Transactional(TxType.SUPPORTS)
  public PolicyRef resolve(UUID buyerOrganisationId, UUID requestedPolicyId) {
    if (requestedPolicyId != null) {
      return policies
          .findByIdOptional(requestedPolicyId)
          .filter(policy -> usableBy(policy, buyerOrganisationId))
          .map(PolicyService::ref)
          .orElseThrow(
              () ->
                  DomainException.invalid(
                      "policyId",
                      "does not name a policy this buyer may use: a platform policy or one of its"
                          + " own"));
    }
    if (buyerOrganisationId != null) {
      Optional<IncentivePolicy> chosen =
          choices
              .findByIdOptional(buyerOrganisationId)
              .flatMap(choice -> policies.findByIdOptional(choice.getPolicyId()));
      if (chosen.isPresent()) {
        return ref(chosen.get());
      }
    }
    return ref(shipped(PolicyTemplates.PLATFORM_DEFAULT));
  }

  /** The shipped "Neutral" policy, latest version: the baseline every ranking is compared with. */
  @Transactional(TxType.SUPPORTS)
  public PolicyRef neutral() {
    return ref(shipped(PolicyTemplates.NEUTRAL));
  }

  /** The platform default ("Sovereignty first"), latest version. */
  @Transactional(TxType.SUPPORTS)
  public PolicyRef platformDefault() {
    return ref(shipped(PolicyTemplates.PLATFORM_DEFAULT));
  }

  /** Every platform-wide policy, latest version, by name. */
  @Transactional(TxType.SUPPORTS)
  public List<PolicyRef> platformPolicies() {
    return policies.findPlatformPolicies().stream().map(PolicyService::ref).toList();
  }

  /** What a buyer organisation ranks with when a request names no policy. */
  @Transactional(TxType.SUPPORTS)
  public PolicyChoice choice(UUID organisationId) {
    requireBuyer(organisationId, null);
    Optional<BuyerPolicyChoice> stored = choices.findByIdOptional(organisationId);
    if (stored.isPresent()) {
      IncentivePolicy policy = load(stored.get().getPolicyId());
      return new PolicyChoice(
          organisationId,
          policy.getId(),
          policy.getName(),
          policy.getLatestVersion(),
          true,
          stored.get().getChosenAt(),
          stored.get().getChosenBy());
    }
    IncentivePolicy fallback = shipped(PolicyTemplates.PLATFORM_DEFAULT);
    return new PolicyChoice(
        organisationId,
        fallback.getId(),
        fallback.getName(),
        fallback.getLatestVersion(),
        false,
        null,
        null);
  }

  /** Makes a platform policy or one of the organisation's own its policy (400 otherwise). */
  @Transactional
  public PolicyChoice choose(UUID organisationId, UUID policyId, String chosenBy) {
    return choose(organisationId, policyId, chosenBy, null);
  }

  /**
   * As {@link #choose(UUID, UUID, String)}, refused (412) unless ifMatch admits the current one.
   */
  @Transactional
  public PolicyChoice choose(UUID organisationId, UUID policyId, String chosenBy, String ifMatch) {
    Versions.requireMatch(ifMatch, choice(organisationId).tag());
    policies
        .findByIdOptional(policyId)
        .filter(policy -> usableBy(policy, organisationId))
        .orElseThrow(
            () ->
                DomainException.invalid(
                    "policyId",
                    "must name a platform policy or one of this organisation's own policies"));
    BuyerPolicyChoice choice =
        choices
            .findByIdOptional(organisationId)
            .orElseGet(() -> new BuyerPolicyChoice(organisationId));
    // Cut to the microseconds the database keeps, so that the choice's entity tag is the same
    // in this answer and in every later read.
    choice.choose(
        policyId,
        chosenBy,
        OffsetDateTime.now(clock)
            .withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MICROS));
    if (!choices.isPersistent(choice)) {
      choices.persist(choice);
    }
    choices.flush();
    return choice(organisationId);
  }

  /**
   * Seeds a shipped policy unless it exists. Returns whether it was added. A platform policy that
   * already uses the template's name keeps it, and the template is skipped with a warning.
   */
  @Transactional
  boolean seed(PolicyTemplates.Template template) {
    if (policies.findByIdOptional(template.id()).isPresent()) {
      return false;
    }
    if (policies.nameTaken(IncentivePolicy.PLATFORM_NAME_SCOPE, template.name(), null)) {
      LOG.warnf(
          "Not seeding the shipped policy \"%s\": a platform policy of that name exists",
          template.name());
      return false;
    }
    create(
        template.id(),
        PolicyScope.PLATFORM,
        null,
        new PolicyDraft(
            template.name(), template.description(), "Shipped with the platform", template.rules()),
        "system",
        true);
    return true;
  }

  @Transactional(TxType.SUPPORTS)
  boolean exists(UUID id) {
    return policies.findByIdOptional(id).isPresent();
  }

  private static boolean usableBy(IncentivePolicy policy, UUID buyerOrganisationId) {
    return policy.getScope() == PolicyScope.PLATFORM
        || policy.getOwnerOrganisationId().equals(buyerOrganisationId);
  }

  private static PolicyRef ref(IncentivePolicy policy) {
    return new PolicyRef(policy.getId(), policy.getName(), policy.getLatestVersion());
  }

  private IncentivePolicy load(UUID id) {
    return policies.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Policy", id));
  }

  private IncentivePolicy shipped(UUID id) {
    return policies
        .findByIdOptional(id)
        .orElseThrow(
            () -> new IllegalStateException("The shipped policy " + id + " has not been seeded"));
  }

  /** The organisation must exist and buy; {@code field} names the request field that chose it. */
  private void requireBuyer(UUID organisationId, String field) {
    if (organisationId == null) {
      throw DomainException.invalid(field, "is required for a buyer's policy");
    }
    Optional<OrganisationDetails> organisation = organisations.find(organisationId);
    if (organisation.isEmpty()) {
      if (field == null) {
        throw DomainException.notFound("Organisation", organisationId);
      }
      throw DomainException.invalid(field, "is not an organisation on the marketplace");
    }
    if (!organisation.get().kind().buys()) {
      if (field == null) {
        throw new DomainException(
            ProblemType.CONFLICT,
            "Organisation " + organisationId + " does not buy, so it has no incentive policy");
      }
      throw DomainException.invalid(field, "is not a buyer organisation");
    }
  }

  private void requireFreeName(String nameScope, String name, UUID exceptId) {
    if (policies.nameTaken(nameScope, name, exceptId)) {
      throw new DomainException(
          ProblemType.CONFLICT,
          "A policy named \"" + name + "\" already exists here; choose another name");
    }
  }

  /** Two requests taking the same name at once: the database's unique key decides, as a 409. */
  private void flushGuardingName(String name) {
    try {
      policies.flush();
    } catch (ConstraintViolationException e) {
      String constraint = e.getConstraintName();
      if (constraint == null || !constraint.toLowerCase(Locale.ROOT).contains("uk_policy_name")) {
        throw e;
      }
      throw new DomainException(
          ProblemType.CONFLICT,
          "A policy named \"" + name + "\" was created at the same moment; choose another name");
    }
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(field, "must not be blank");
    }
    return value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Names and reasons without stray spaces; conditions as written, so positions stay true. */
  private static List<RuleDefinition> normalised(List<RuleDefinition> rules) {
    if (rules == null) {
      throw DomainException.invalid("rules", "must not be null");
    }
    return rules.stream()
        .map(
            rule ->
                rule == null
                    ? null
                    : new RuleDefinition(
                        rule.name() == null ? null : rule.name().strip(),
                        rule.condition(),
                        rule.effect(),
                        rule.points(),
                        rule.reason() == null ? null : rule.reason().strip()))
        .toList();
  }

  private static List<PolicyRule> entities(List<RuleDefinition> rules) {
    return rules.stream().map(PolicyRule::new).toList();
  }
}
