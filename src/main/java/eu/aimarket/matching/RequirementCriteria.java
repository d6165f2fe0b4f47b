package eu.aimarket.matching;

import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.sovereignty.Objective;
import eu.aimarket.demand.DataLocation;
import eu.aimarket.demand.MustHaves;
import eu.aimarket.demand.NiceToHaves;
import eu.aimarket.demand.RequirementView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A requirement's must-haves and nice-to-haves turned into masks once per ranking, so that each
 * candidate is checked with a few bit operations, and put back into words for explanations.
 */
final class RequirementCriteria {

  private static final int CUSTOMER_SITE_MASK =
      Candidate.mask(EnumSet.of(DeploymentModel.ON_PREMISES, DeploymentModel.AIR_GAPPED));

  final RequirementView requirement;
  private final MustHaves must;
  private final NiceToHaves nice;
  private final long[] allowedCountries;
  private final int allowedDeployments;
  private final int requiredCertifications;
  private final long[] requiredLanguages;
  private final int[] minimumSeal;
  private final double maxPrice;
  private final long[] wantedLanguages;
  private final int wantedLanguageCount;
  private final int wantedCertifications;
  private final int wantedDeployments;

  RequirementCriteria(RequirementView requirement) {
    this.requirement = requirement;
    this.must = requirement.mustHaves();
    this.nice = requirement.niceToHaves();
    this.allowedCountries = CodeSet.COUNTRIES.of(must.dataCountries());
    this.allowedDeployments = Candidate.mask(must.deploymentModels());
    this.requiredCertifications = Candidate.mask(must.certifications());
    this.requiredLanguages = CodeSet.LANGUAGES.of(must.languages());
    this.minimumSeal = new int[Objective.values().length];
    for (Map.Entry<String, Integer> entry : must.minimumSeal().entrySet()) {
      minimumSeal[Objective.byId(entry.getKey()).ordinal()] = entry.getValue();
    }
    this.maxPrice = must.maxPriceEur() == null ? Double.NaN : must.maxPriceEur().doubleValue();
    this.wantedLanguages = CodeSet.LANGUAGES.of(nice.languages());
    this.wantedLanguageCount = CodeSet.size(wantedLanguages);
    this.wantedCertifications = Candidate.mask(nice.certifications());
    this.wantedDeployments = Candidate.mask(nice.deploymentModels());
  }

  /** Whether the candidate meets every must-have; cheap enough for the hot loop. */
  boolean passes(Candidate c) {
    return dataLocationOk(c)
        && (allowedDeployments == 0 || (c.deploymentMask & allowedDeployments) != 0)
        && (c.certificationMask & requiredCertifications) == requiredCertifications
        && (!must.openWeights() || c.openWeights)
        && CodeSet.containsAll(c.languages, requiredLanguages)
        && sealsOk(c)
        && priceOk(c);
  }

  /** Every must-have the candidate misses, in words. */
  List<String> failures(Candidate c) {
    List<String> reasons = new ArrayList<>();
    if (!dataLocationOk(c)) {
      reasons.add(
          "Data must stay in "
              + dataLocationText()
              + (c.hasDataLocation
                  ? " (stored or processed in " + String.join(", ", locations(c)) + ")"
                  : " (no data location declared)"));
    }
    if (allowedDeployments != 0 && (c.deploymentMask & allowedDeployments) == 0) {
      reasons.add("Deployment must be one of " + labels(must.deploymentModels()));
    }
    if ((c.certificationMask & requiredCertifications) != requiredCertifications) {
      List<String> missing = new ArrayList<>();
      for (Certification certification : must.certifications()) {
        if ((c.certificationMask & (1 << certification.ordinal())) == 0) {
          missing.add(certification.label());
        }
      }
      reasons.add("Required certification missing: " + String.join(", ", new TreeSet<>(missing)));
    }
    if (must.openWeights() && !c.openWeights) {
      reasons.add("Open weights are required");
    }
    if (!CodeSet.containsAll(c.languages, requiredLanguages)) {
      List<String> missing =
          must.languages().stream().filter(l -> !c.view.languages().contains(l)).sorted().toList();
      reasons.add("Required language missing: " + String.join(", ", missing));
    }
    for (Objective objective : Objective.values()) {
      int minimum = minimumSeal[objective.ordinal()];
      if (c.seals[objective.ordinal()] < minimum) {
        reasons.add(
            objective.id()
                + " "
                + objective.title()
                + " is at SEAL "
                + c.seals[objective.ordinal()]
                + ", the minimum is "
                + minimum);
      }
    }
    if (!priceOk(c)) {
      reasons.add(
          c.hasPrice
              ? "Price EUR "
                  + c.view.priceEur().toPlainString()
                  + " is above the maximum EUR "
                  + must.maxPriceEur().toPlainString()
              : "No price stated, and a maximum price is required");
    }
    return reasons;
  }

  private boolean dataLocationOk(Candidate c) {
    if (must.dataLocation() == DataLocation.ANY) {
      return true;
    }
    if (c.deploymentMask != 0 && (c.deploymentMask & ~CUSTOMER_SITE_MASK) == 0) {
      return true; // runs only on the customer's premises: the data stays where the buyer keeps it
    }
    if (!c.hasDataLocation) {
      return false;
    }
    return switch (must.dataLocation()) {
      case EU -> c.dataOnlyInEu;
      case EEA -> c.dataOnlyInEea;
      case COUNTRIES -> CodeSet.containsAll(allowedCountries, c.dataCountries);
      case ANY -> true;
    };
  }

  private boolean sealsOk(Candidate c) {
    for (int i = 0; i < minimumSeal.length; i++) {
      if (c.seals[i] < minimumSeal[i]) {
        return false;
      }
    }
    return true;
  }

  private boolean priceOk(Candidate c) {
    return Double.isNaN(maxPrice) || (c.hasPrice && c.priceEur <= maxPrice);
  }

  /**
   * The fit terms in hundredths of a point, rounded per term so the terms add up exactly. {@code
   * cheapest} is the lowest price among the passing candidates of each pricing model.
   */
  long fitCents(Candidate c, double[] cheapest) {
    int total = nice.totalWeight();
    if (total == 0) {
      return 10_000;
    }
    long cents = 0;
    cents += share(nice.languagesWeight(), total, languageSatisfaction(c));
    cents += share(nice.certificationsWeight(), total, certificationSatisfaction(c));
    cents += share(nice.openWeightsWeight(), total, c.openWeights ? 1 : 0);
    cents +=
        share(
            nice.deploymentModelsWeight(),
            total,
            (c.deploymentMask & wantedDeployments) != 0 ? 1 : 0);
    cents += share(nice.euSupportWeight(), total, supportSatisfaction(c));
    cents += share(nice.priceWeight(), total, priceSatisfaction(c, cheapest));
    return cents;
  }

  /** The same computation as {@link #fitCents}, term by term with words. */
  List<Term> fitTerms(Candidate c, double[] cheapest) {
    int total = nice.totalWeight();
    List<Term> terms = new ArrayList<>();
    if (total == 0) {
      terms.add(
          Term.ofCents(
              "Fit: no nice-to-haves set",
              10_000,
              "fit",
              "Every offering that meets the must-haves fits fully"));
      return terms;
    }
    if (nice.languagesWeight() > 0) {
      int offered = CodeSet.common(c.languages, wantedLanguages);
      terms.add(
          Term.ofCents(
              "Fit: languages",
              share(nice.languagesWeight(), total, languageSatisfaction(c)),
              "fit",
              offered
                  + " of "
                  + wantedLanguageCount
                  + " wanted languages (weight "
                  + nice.languagesWeight()
                  + ")"));
    }
    if (nice.certificationsWeight() > 0) {
      terms.add(
          Term.ofCents(
              "Fit: certifications",
              share(nice.certificationsWeight(), total, certificationSatisfaction(c)),
              "fit",
              Integer.bitCount(c.certificationMask & wantedCertifications)
                  + " of "
                  + Integer.bitCount(wantedCertifications)
                  + " wanted certifications (weight "
                  + nice.certificationsWeight()
                  + ")"));
    }
    if (nice.openWeightsWeight() > 0) {
      terms.add(
          Term.ofCents(
              "Fit: open weights",
              share(nice.openWeightsWeight(), total, c.openWeights ? 1 : 0),
              "fit",
              (c.openWeights ? "Open weights" : "Closed weights")
                  + " (weight "
                  + nice.openWeightsWeight()
                  + ")"));
    }
    if (nice.deploymentModelsWeight() > 0) {
      boolean offered = (c.deploymentMask & wantedDeployments) != 0;
      terms.add(
          Term.ofCents(
              "Fit: deployment",
              share(nice.deploymentModelsWeight(), total, offered ? 1 : 0),
              "fit",
              (offered ? "Offers " : "Does not offer ")
                  + labels(nice.deploymentModels())
                  + " (weight "
                  + nice.deploymentModelsWeight()
                  + ")"));
    }
    if (nice.euSupportWeight() > 0) {
      terms.add(
          Term.ofCents(
              "Fit: support in the EU",
              share(nice.euSupportWeight(), total, supportSatisfaction(c)),
              "fit",
              (c.supportAllEu
                      ? "All support"
                      : c.supportSomeEu ? "Part of the support" : "No support")
                  + " from the EU (weight "
                  + nice.euSupportWeight()
                  + ")"));
    }
    if (nice.priceWeight() > 0) {
      double satisfaction = priceSatisfaction(c, cheapest);
      terms.add(
          Term.ofCents(
              "Fit: price",
              share(nice.priceWeight(), total, satisfaction),
              "fit",
              (c.hasPrice
                      ? "EUR "
                          + c.view.priceEur().toPlainString()
                          + " "
                          + nullToEmpty(c.view.priceUnit())
                          + ", "
                          + Math.round(satisfaction * 100)
                          + " % of the cheapest comparable offer's value"
                      : "No price stated")
                  + " (weight "
                  + nice.priceWeight()
                  + ")"));
    }
    return terms;
  }

  private double languageSatisfaction(Candidate c) {
    return wantedLanguageCount == 0
        ? 0
        : (double) CodeSet.common(c.languages, wantedLanguages) / wantedLanguageCount;
  }

  private double certificationSatisfaction(Candidate c) {
    int wanted = Integer.bitCount(wantedCertifications);
    return wanted == 0
        ? 0
        : (double) Integer.bitCount(c.certificationMask & wantedCertifications) / wanted;
  }

  private static double supportSatisfaction(Candidate c) {
    return c.supportAllEu ? 1 : c.supportSomeEu ? 0.5 : 0;
  }

  private static double priceSatisfaction(Candidate c, double[] cheapest) {
    if (!c.hasPrice) {
      return 0;
    }
    if (c.priceEur <= 0) {
      return 1;
    }
    double best = cheapest[c.pricingModel];
    return Double.isNaN(best) ? 1 : Math.min(1, best / c.priceEur);
  }

  private static long share(int weight, int total, double satisfaction) {
    return weight == 0 ? 0 : Math.round(10_000.0 * weight * satisfaction / total);
  }

  private String dataLocationText() {
    return switch (must.dataLocation()) {
      case EU -> "the EU";
      case EEA -> "the EEA";
      case COUNTRIES -> String.join(", ", new TreeSet<>(must.dataCountries()));
      case ANY -> "any country";
    };
  }

  private static List<String> locations(Candidate c) {
    TreeSet<String> all = new TreeSet<>(c.view.dataStorageCountries());
    all.addAll(c.view.dataProcessingCountries());
    return List.copyOf(all);
  }

  private static String labels(java.util.Collection<DeploymentModel> models) {
    return String.join(", ", models.stream().sorted().map(DeploymentModel::label).toList());
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
