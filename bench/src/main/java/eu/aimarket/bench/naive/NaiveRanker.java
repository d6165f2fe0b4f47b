package eu.aimarket.bench.naive;

import eu.aimarket.catalog.ClaimAttribute;
import eu.aimarket.catalog.ClaimView;
import eu.aimarket.catalog.Countries;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.Offering;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.catalog.PricingModel;
import eu.aimarket.catalog.SovereigntyClaim;
import eu.aimarket.catalog.SupplierProfile;
import eu.aimarket.catalog.SupplierSummary;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessment.ObjectiveAssessment;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessor;
import eu.aimarket.catalog.sovereignty.SovereigntyFacts;
import eu.aimarket.demand.DataLocation;
import eu.aimarket.demand.MustHaves;
import eu.aimarket.demand.NiceToHaves;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.identity.Organisation;
import eu.aimarket.policy.CompiledPolicy;
import eu.aimarket.policy.CompiledRule;
import eu.aimarket.policy.PolicyVariables;
import eu.aimarket.policy.RuleEffect;
import eu.aimarket.policy.RuleEvaluationException;
import eu.aimarket.policy.RuleInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * What a typical first version of matching does, for comparison: on every request, load every
 * published offering through JPA (with its element collections, supplier profile, organisation and
 * claims), build its read model and sovereignty assessment, then evaluate every rule of the policy
 * on every offering (the rules are compiled once, as any sensible first version would) and compute
 * the fit, and sort. No snapshot, no precomputation, no grouping.
 *
 * <p>It scores exactly as the engine does (must-haves, fit terms rounded per term, cheapest price
 * among the qualifying offers, ties by offering id), so the two rankings can be checked equal.
 */
public final class NaiveRanker {

  /** One ranked offering: its id, fit and score in hundredths of a point. */
  public record Scored(UUID offeringId, long fitCents, long scoreCents) {}

  private static final Set<DeploymentModel> CUSTOMER_SITE =
      EnumSet.of(DeploymentModel.ON_PREMISES, DeploymentModel.AIR_GAPPED);

  private NaiveRanker() {}

  public static List<Scored> rank(
      Session session,
      RequirementView requirement,
      Map<String, Object> buyer,
      Map<String, Object> requestVariables,
      CompiledPolicy policy) {
    List<OfferingView> published = loadPublished(session);
    MustHaves must = requirement.mustHaves();
    List<OfferingView> qualifying = new ArrayList<>();
    List<Long> incentives = new ArrayList<>();
    for (OfferingView offering : published) {
      if (offering.category() != requirement.category() || !passes(offering, must)) {
        continue;
      }
      RuleInput input =
          new RuleInput(
              PolicyVariables.offering(offering),
              PolicyVariables.supplier(offering),
              buyer,
              requestVariables);
      long cents = 0;
      boolean excluded = false;
      for (CompiledRule rule : policy.rules()) {
        boolean holds;
        try {
          holds = rule.test(input);
        } catch (RuleEvaluationException e) {
          continue;
        }
        if (rule.effect() == RuleEffect.POINTS && holds) {
          cents += Math.round(rule.points() * 100);
        } else if ((rule.effect() == RuleEffect.EXCLUDE && holds)
            || (rule.effect() == RuleEffect.REQUIRE && !holds)) {
          excluded = true;
        }
      }
      if (!excluded) {
        qualifying.add(offering);
        incentives.add(cents);
      }
    }
    Map<PricingModel, Double> cheapest = new HashMap<>();
    for (OfferingView offering : qualifying) {
      if (offering.priceEur() != null) {
        cheapest.merge(offering.pricingModel(), offering.priceEur().doubleValue(), Math::min);
      }
    }
    List<Scored> scored = new ArrayList<>(qualifying.size());
    for (int i = 0; i < qualifying.size(); i++) {
      OfferingView offering = qualifying.get(i);
      long fit = fitCents(offering, requirement.niceToHaves(), cheapest);
      scored.add(new Scored(offering.id(), fit, fit + incentives.get(i)));
    }
    scored.sort(
        Comparator.comparingLong(Scored::scoreCents).reversed().thenComparing(Scored::offeringId));
    return scored;
  }

  /** Every published offering with what its view needs, read through the persistence context. */
  static List<OfferingView> loadPublished(Session session) {
    List<Offering> offerings =
        session
            .createSelectionQuery("from Offering o where o.status = :status", Offering.class)
            .setParameter("status", OfferingStatus.PUBLISHED)
            .getResultList();
    Map<UUID, SupplierProfile> profiles =
        session.createSelectionQuery("from SupplierProfile", SupplierProfile.class).stream()
            .collect(Collectors.toMap(SupplierProfile::getOrganisationId, p -> p));
    Map<UUID, String> names =
        session.createSelectionQuery("from Organisation", Organisation.class).stream()
            .collect(Collectors.toMap(Organisation::getId, Organisation::getLegalName));
    Map<UUID, List<SovereigntyClaim>> supplierClaims = new HashMap<>();
    Map<UUID, List<SovereigntyClaim>> offeringClaims = new HashMap<>();
    for (SovereigntyClaim claim :
        session.createSelectionQuery("from SovereigntyClaim", SovereigntyClaim.class).list()) {
      if (claim.getSupplierId() != null) {
        supplierClaims.computeIfAbsent(claim.getSupplierId(), k -> new ArrayList<>()).add(claim);
      } else {
        offeringClaims.computeIfAbsent(claim.getOfferingId(), k -> new ArrayList<>()).add(claim);
      }
    }
    Instant now = Instant.now();
    List<OfferingView> views = new ArrayList<>(offerings.size());
    for (Offering offering : offerings) {
      views.add(
          view(
              offering,
              profiles.get(offering.getSupplierId()),
              names.get(offering.getSupplierId()),
              supplierClaims.getOrDefault(offering.getSupplierId(), List.of()),
              offeringClaims.getOrDefault(offering.getId(), List.of()),
              now));
    }
    return views;
  }

  private static OfferingView view(
      Offering offering,
      SupplierProfile profile,
      String supplierName,
      List<SovereigntyClaim> supplierClaims,
      List<SovereigntyClaim> ownClaims,
      Instant now) {
    Set<ClaimAttribute> verified = EnumSet.noneOf(ClaimAttribute.class);
    Stream.concat(supplierClaims.stream(), ownClaims.stream())
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
    List<ClaimView> claims =
        Stream.concat(supplierClaims.stream(), ownClaims.stream())
            .map(
                c ->
                    new ClaimView(
                        c.getId(),
                        c.getAttribute(),
                        c.getStatus(),
                        c.isVerifiedAt(now),
                        c.getEvidenceUrl(),
                        c.getVerifiedBy(),
                        c.getVerifiedAt(),
                        c.getExpiresAt(),
                        c.getNote(),
                        c.getReviewedBy(),
                        c.getReviewedAt(),
                        c.getVersion()))
            .sorted(Comparator.comparing(ClaimView::attribute))
            .toList();
    return new OfferingView(
        offering.getId(),
        new SupplierSummary(
            profile.getOrganisationId(),
            supplierName,
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
        claims,
        SovereigntyAssessor.assess(facts));
  }

  static boolean passes(OfferingView o, MustHaves must) {
    return dataLocationOk(o, must)
        && (must.deploymentModels().isEmpty()
            || o.deploymentModels().stream().anyMatch(must.deploymentModels()::contains))
        && o.certifications().containsAll(must.certifications())
        && (!must.openWeights() || o.openWeights())
        && o.languages().containsAll(must.languages())
        && sealsOk(o, must)
        && (must.maxPriceEur() == null
            || (o.priceEur() != null
                && o.priceEur().doubleValue() <= must.maxPriceEur().doubleValue()));
  }

  private static boolean dataLocationOk(OfferingView o, MustHaves must) {
    if (must.dataLocation() == DataLocation.ANY) {
      return true;
    }
    if (!o.deploymentModels().isEmpty() && CUSTOMER_SITE.containsAll(o.deploymentModels())) {
      return true;
    }
    Set<String> locations = new TreeSet<>(o.dataStorageCountries());
    locations.addAll(o.dataProcessingCountries());
    if (locations.isEmpty()) {
      return false;
    }
    return switch (must.dataLocation()) {
      case EU -> Countries.allIn(locations, Countries.EU);
      case EEA -> Countries.allIn(locations, Countries.EEA);
      case COUNTRIES -> must.dataCountries().containsAll(locations);
      case ANY -> true;
    };
  }

  private static boolean sealsOk(OfferingView o, MustHaves must) {
    for (ObjectiveAssessment objective : o.sovereignty().objectives()) {
      Integer minimum = must.minimumSeal().get(objective.id());
      if (minimum != null && objective.seal() < minimum) {
        return false;
      }
    }
    return true;
  }

  static long fitCents(OfferingView o, NiceToHaves nice, Map<PricingModel, Double> cheapest) {
    int total = nice.totalWeight();
    if (total == 0) {
      return 10_000;
    }
    long wantedLanguages = nice.languages().size();
    long commonLanguages = o.languages().stream().filter(nice.languages()::contains).count();
    long wantedCertifications = nice.certifications().size();
    long commonCertifications =
        o.certifications().stream().filter(nice.certifications()::contains).count();
    boolean allSupportInEu = Countries.allIn(o.supportCountries(), Countries.EU);
    boolean someSupportInEu = o.supportCountries().stream().anyMatch(Countries::isEu);
    long cents = 0;
    cents +=
        share(
            nice.languagesWeight(),
            total,
            wantedLanguages == 0 ? 0 : (double) commonLanguages / wantedLanguages);
    cents +=
        share(
            nice.certificationsWeight(),
            total,
            wantedCertifications == 0 ? 0 : (double) commonCertifications / wantedCertifications);
    cents += share(nice.openWeightsWeight(), total, o.openWeights() ? 1 : 0);
    cents +=
        share(
            nice.deploymentModelsWeight(),
            total,
            o.deploymentModels().stream().anyMatch(nice.deploymentModels()::contains) ? 1 : 0);
    cents += share(nice.euSupportWeight(), total, allSupportInEu ? 1 : someSupportInEu ? 0.5 : 0);
    cents += share(nice.priceWeight(), total, priceSatisfaction(o, cheapest));
    return cents;
  }

  private static double priceSatisfaction(OfferingView o, Map<PricingModel, Double> cheapest) {
    if (o.priceEur() == null) {
      return 0;
    }
    double price = o.priceEur().doubleValue();
    if (price <= 0) {
      return 1;
    }
    Double best = cheapest.get(o.pricingModel());
    return best == null ? 1 : Math.min(1, best / price);
  }

  private static long share(int weight, int total, double satisfaction) {
    return weight == 0 ? 0 : Math.round(10_000.0 * weight * satisfaction / total);
  }

  private static BigDecimal plain(BigDecimal value) {
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
