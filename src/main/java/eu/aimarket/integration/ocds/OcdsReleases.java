package eu.aimarket.integration.ocds;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.Countries;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.common.Page;
import eu.aimarket.demand.MustHaves;
import eu.aimarket.demand.NiceToHaves;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementStatus;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.identity.OrganisationDetails;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.policy.PolicyRef;
import eu.aimarket.policy.PolicyService;
import eu.aimarket.policy.PolicyVersionView;
import eu.aimarket.policy.RuleDefinition;
import eu.aimarket.tender.TenderOutcome;
import eu.aimarket.tender.TenderService;
import eu.aimarket.tender.TenderView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Requirements as OCDS 1.1.5 releases: the requirement is the {@code tender}, ranked by rated
 * criteria (the fit weights and the incentive policy's rules, spelled out in {@code
 * awardCriteriaDetails}), its buyer is the buyer party, and an awarded requirement has an award.
 */
@ApplicationScoped
public class OcdsReleases {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final RequirementService requirements;
  private final OrganisationService organisations;
  private final PolicyService policies;
  private final TenderService tenders;
  private final OcdsConfig config;
  private final Clock clock;

  OcdsReleases(
      RequirementService requirements,
      OrganisationService organisations,
      PolicyService policies,
      TenderService tenders,
      OcdsConfig config,
      Clock clock) {
    this.requirements = requirements;
    this.organisations = organisations;
    this.policies = policies;
    this.tenders = tenders;
    this.config = config;
    this.clock = clock;
  }

  /** A package with the requirement's current release. */
  @Transactional(TxType.SUPPORTS)
  public Ocds.ReleasePackage ofRequirement(RequirementView requirement, URI packageUri) {
    return pack(packageUri, List.of(release(requirement)));
  }

  /**
   * One page of the public releases of a period: public buyers' requirements past the draft stage
   * that changed within [from, to). Empty when there are none (OCDS has no empty package).
   */
  @Transactional(TxType.SUPPORTS)
  public Optional<Page<Ocds.ReleasePackage>> publicReleases(
      OffsetDateTime from, OffsetDateTime to, String cursor, int limit, URI packageUri) {
    Page<RequirementView> page = requirements.publicPage(from, to, cursor, limit);
    if (page.items().isEmpty()) {
      return Optional.empty();
    }
    List<Ocds.Release> releases = page.items().stream().map(this::release).toList();
    return Optional.of(new Page<>(List.of(pack(packageUri, releases)), page.nextCursor()));
  }

  private Ocds.ReleasePackage pack(URI uri, Collection<Ocds.Release> releases) {
    return new Ocds.ReleasePackage(
        uri.toString(),
        Ocds.VERSION,
        format(OffsetDateTime.now(clock)),
        new Ocds.Publisher(config.publisherName(), config.publisherUri().orElse(null)),
        List.copyOf(releases));
  }

  Ocds.Release release(RequirementView requirement) {
    OrganisationDetails buyer = organisations.get(requirement.buyer().id());
    Ocds.OrganizationReference buyerReference =
        new Ocds.OrganizationReference(buyer.id().toString(), buyer.legalName());
    String ocid = config.ocidPrefix() + "-" + requirement.id();
    TenderView tender = tenders.ofRequirement(requirement.id()).orElse(null);
    TenderView.Outcome outcome = tender == null ? null : tender.outcome();
    List<Ocds.Organization> parties = new ArrayList<>();
    parties.add(
        new Ocds.Organization(
            buyer.id().toString(),
            buyer.legalName(),
            new Ocds.Identifier(buyer.legalName()),
            buyer.country() == null ? null : new Ocds.Address(Countries.name(buyer.country())),
            List.of("buyer", "procuringEntity")));
    List<Ocds.Award> awards = null;
    if (outcome != null && outcome.outcome() == TenderOutcome.AWARDED) {
      OrganisationDetails supplier = organisations.get(outcome.awardedSupplierId());
      parties.add(
          new Ocds.Organization(
              supplier.id().toString(),
              supplier.legalName(),
              new Ocds.Identifier(supplier.legalName()),
              supplier.country() == null
                  ? null
                  : new Ocds.Address(Countries.name(supplier.country())),
              List.of("supplier", "tenderer")));
      awards = List.of(award(requirement, outcome, supplier));
    } else if (requirement.status() == RequirementStatus.AWARDED) {
      awards = List.of(award(requirement));
    }
    return new Ocds.Release(
        ocid,
        ocid + "-" + requirement.version(),
        format(requirement.updatedAt()),
        List.of(
            outcome != null && outcome.outcome() == TenderOutcome.CANCELLED
                ? "tenderCancellation"
                : tag(requirement.status())),
        "tender",
        "en",
        List.copyOf(parties),
        buyerReference,
        tender(requirement, buyerReference, tender),
        awards);
  }

  private Ocds.Tender tender(
      RequirementView requirement, Ocds.OrganizationReference buyer, TenderView tender) {
    OffsetDateTime endDate = tender != null ? tender.responsesDeadline() : requirement.deadline();
    return new Ocds.Tender(
        requirement.id().toString(),
        requirement.title(),
        requirement.description(),
        tender != null && tender.outcome() != null
            ? switch (tender.outcome().outcome()) {
              case AWARDED -> "complete";
              case CANCELLED -> "cancelled";
              case NONE_SUITABLE -> "unsuccessful";
            }
            : tenderStatus(requirement.status()),
        buyer,
        List.of(new Ocds.Item("1", item(requirement))),
        requirement.budgetMaxEur() == null
            ? null
            : new Ocds.Value(requirement.budgetMaxEur(), "EUR"),
        requirement.category() == Category.AI_CHIP ? "goods" : "services",
        "ratedCriteria",
        awardCriteriaDetails(requirement),
        eligibilityCriteria(requirement),
        endDate == null ? null : new Ocds.Period(null, format(endDate)),
        tender == null ? null : new Ocds.Period(null, format(tender.questionsDeadline())));
  }

  private static Ocds.Award award(RequirementView requirement) {
    return new Ocds.Award(
        "1",
        "Award of " + requirement.title(),
        "The buyer has awarded this requirement; the marketplace does not record the awarded"
            + " supplier or value yet.",
        "active",
        format(requirement.updatedAt()),
        null,
        null,
        null);
  }

  /** The award of a tender: the response's supplier, the value and the contract's period. */
  private static Ocds.Award award(
      RequirementView requirement, TenderView.Outcome outcome, OrganisationDetails supplier) {
    return new Ocds.Award(
        outcome.awardedResponseId().toString(),
        "Award of " + requirement.title(),
        "Awarded to the response of " + supplier.legalName() + " on the marketplace.",
        "active",
        format(outcome.concludedAt()),
        new Ocds.Value(outcome.valueEur(), "EUR"),
        List.of(new Ocds.OrganizationReference(supplier.id().toString(), supplier.legalName())),
        new Ocds.Period(
            format(outcome.contractStart().atStartOfDay().atOffset(ZoneOffset.UTC)),
            format(outcome.contractEnd().atStartOfDay().atOffset(ZoneOffset.UTC))));
  }

  private static String item(RequirementView requirement) {
    String unit =
        requirement.budgetUnit() == null ? "" : " (budget " + requirement.budgetUnit() + ")";
    return requirement.category().label() + unit;
  }

  /** The ranking the marketplace applies, in words: the weights and every rule, as published. */
  String awardCriteriaDetails(RequirementView requirement) {
    StringBuilder text =
        new StringBuilder(
            "Offerings that meet every eligibility criterion are ranked by score = fit +"
                + " incentives; each ranked offering is shown with the terms that add up to its"
                + " score. ");
    text.append(fitText(requirement.niceToHaves()));
    PolicyRef ref = policies.resolve(requirement.buyer().id(), requirement.policyId());
    PolicyVersionView policy = policies.version(ref.policyId(), ref.version());
    text.append(" Incentives: the published incentive policy \"")
        .append(policy.name())
        .append("\", version ")
        .append(policy.version())
        .append(" (policy ")
        .append(policy.policyId())
        .append(")");
    if (policy.rules().isEmpty()) {
      text.append(", has no rules: the ranking follows fit alone.");
    } else {
      text.append(", applies these rules in order: ");
      List<String> rules = new ArrayList<>();
      for (int i = 0; i < policy.rules().size(); i++) {
        rules.add((i + 1) + ". " + ruleText(policy.rules().get(i)));
      }
      text.append(String.join(" ", rules));
    }
    return text.toString();
  }

  private static String fitText(NiceToHaves nice) {
    Map<String, Integer> weights = new TreeMap<>();
    if (nice.languagesWeight() > 0) {
      weights.put("languages (" + sorted(nice.languages()) + ")", nice.languagesWeight());
    }
    if (nice.certificationsWeight() > 0) {
      weights.put(
          "certifications ("
              + nice.certifications().stream()
                  .map(Certification::label)
                  .sorted()
                  .collect(Collectors.joining(", "))
              + ")",
          nice.certificationsWeight());
    }
    if (nice.openWeightsWeight() > 0) {
      weights.put("open model weights", nice.openWeightsWeight());
    }
    if (nice.deploymentModelsWeight() > 0) {
      weights.put(
          "deployment models ("
              + nice.deploymentModels().stream()
                  .map(DeploymentModel::label)
                  .sorted()
                  .collect(Collectors.joining(", "))
              + ")",
          nice.deploymentModelsWeight());
    }
    if (nice.euSupportWeight() > 0) {
      weights.put("support from the EU", nice.euSupportWeight());
    }
    if (nice.priceWeight() > 0) {
      weights.put("price", nice.priceWeight());
    }
    if (weights.isEmpty()) {
      return "Fit (0-100): the buyer weighted no criteria, so every eligible offering has fit 0.";
    }
    return "Fit (0-100) weighs these criteria in proportion to their weights (total "
        + nice.totalWeight()
        + "): "
        + weights.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining("; "))
        + ".";
  }

  private static String ruleText(RuleDefinition rule) {
    String effect =
        switch (rule.effect()) {
          case POINTS ->
              (rule.points().signum() >= 0 ? "+" : "")
                  + rule.points().stripTrailingZeros().toPlainString()
                  + " points when";
          case EXCLUDE -> "excludes the offering when";
          case REQUIRE -> "excludes the offering unless";
        };
    return "\""
        + rule.name()
        + "\": "
        + effect
        + " "
        + rule.condition()
        + " ("
        + rule.reason().strip()
        + (rule.reason().strip().endsWith(".") ? ")" : ".)");
  }

  /** The must-haves in words: who may be ranked at all. */
  String eligibilityCriteria(RequirementView requirement) {
    MustHaves must = requirement.mustHaves();
    List<String> criteria = new ArrayList<>();
    criteria.add("Category: " + requirement.category().label() + ".");
    switch (must.dataLocation()) {
      case EU -> criteria.add("Data stored and processed only in the EU.");
      case EEA -> criteria.add("Data stored and processed only in the EEA.");
      case COUNTRIES ->
          criteria.add("Data stored and processed only in " + sorted(must.dataCountries()) + ".");
      case ANY -> {}
    }
    if (!must.deploymentModels().isEmpty()) {
      criteria.add(
          "Deployment as one of: "
              + must.deploymentModels().stream()
                  .map(DeploymentModel::label)
                  .sorted()
                  .collect(Collectors.joining(", "))
              + ".");
    }
    if (!must.certifications().isEmpty()) {
      criteria.add(
          "Certifications: "
              + must.certifications().stream()
                  .map(Certification::label)
                  .sorted()
                  .collect(Collectors.joining(", "))
              + ".");
    }
    if (must.openWeights()) {
      criteria.add("Open model weights.");
    }
    if (!must.languages().isEmpty()) {
      criteria.add("Languages: " + sorted(must.languages()) + ".");
    }
    if (!must.minimumSeal().isEmpty()) {
      criteria.add(
          "Minimum sovereignty levels (SEAL, EU Cloud Sovereignty Framework): "
              + new TreeMap<>(must.minimumSeal())
                  .entrySet().stream()
                      .map(e -> e.getKey() + " at least " + e.getValue())
                      .collect(Collectors.joining(", "))
              + ".");
    }
    if (must.maxPriceEur() != null) {
      criteria.add("Price at most " + plain(must.maxPriceEur()) + " EUR.");
    }
    return String.join(" ", criteria);
  }

  private static String sorted(Collection<String> values) {
    return values.stream().sorted().collect(Collectors.joining(", "));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String tag(RequirementStatus status) {
    return switch (status) {
      case DRAFT -> "planning";
      case OPEN -> "tender";
      case CLOSED -> "tenderUpdate";
      case AWARDED -> "award";
    };
  }

  private static String tenderStatus(RequirementStatus status) {
    return switch (status) {
      case DRAFT -> "planning";
      case OPEN -> "active";
      case CLOSED, AWARDED -> "complete";
    };
  }

  /** RFC 3339 in UTC, to the second, as the standard's date-time fields expect. */
  private static String format(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.SECONDS)
        .format(DATE_TIME);
  }
}
