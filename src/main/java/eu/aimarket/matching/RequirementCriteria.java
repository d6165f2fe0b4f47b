package eu.aimarket.matching;

import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.sovereignty.Objective;
import eu.aimarket.demand.DataLocation;
import eu.aimarket.demand.MustHaves;
import eu.aimarket.demand.NiceToHaves;
import eu.aimarket.demand.RequirementView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A requirement's must-haves and nice-to-haves turned into masks once per ranking, so that each
 * candidate is checked with a few bit operations, and put back into words for explanations.
 */
final class RequirementCriteria {

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

  /** The flags the open-weights and EU-support terms read; they index {@link #fixedFitCents}. */
  private static final int FIT_FLAGS =
      CandidateColumns.OPEN_WEIGHTS
          | CandidateColumns.SUPPORT_ALL_EU
          | CandidateColumns.SUPPORT_SOME_EU;

  private final boolean anyLanguageRequired;
  private final boolean anySealRequired;

  /** Languages term by the number of wanted languages offered. */
  private final long[] languageCents;

  /** Certifications term by the number of wanted certifications held. */
  private final long[] certificationCents;

  /** Deployment term when a wanted deployment model is offered (0 otherwise). */
  private final long deploymentCents;

  /** Open-weights plus EU-support terms, by the candidate's flags masked with FIT_FLAGS. */
  private final long[] fixedFitCents;

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
    this.anyLanguageRequired = !CodeSet.isEmpty(requiredLanguages);
    boolean sealRequired = false;
    for (int minimum : minimumSeal) {
      sealRequired |= minimum > 0;
    }
    this.anySealRequired = sealRequired;
    int total = nice.totalWeight();
    this.languageCents = new long[wantedLanguageCount + 1];
    for (int offered = 0; offered < languageCents.length; offered++) {
      languageCents[offered] =
          wantedLanguageCount == 0
              ? 0
              : share(nice.languagesWeight(), total, (double) offered / wantedLanguageCount);
    }
    int wantedCertificationCount = Integer.bitCount(wantedCertifications);
    this.certificationCents = new long[Integer.SIZE + 1];
    for (int offered = 0; offered < certificationCents.length; offered++) {
      certificationCents[offered] =
          wantedCertificationCount == 0
              ? 0
              : share(
                  nice.certificationsWeight(), total, (double) offered / wantedCertificationCount);
    }
    this.deploymentCents = share(nice.deploymentModelsWeight(), total, 1);
    this.fixedFitCents = new long[FIT_FLAGS + 1];
    for (int flags = 0; flags <= FIT_FLAGS; flags++) {
      boolean open = (flags & CandidateColumns.OPEN_WEIGHTS) != 0;
      double support =
          (flags & CandidateColumns.SUPPORT_ALL_EU) != 0
              ? 1
              : (flags & CandidateColumns.SUPPORT_SOME_EU) != 0 ? 0.5 : 0;
      fixedFitCents[flags] =
          share(nice.openWeightsWeight(), total, open ? 1 : 0)
              + share(nice.euSupportWeight(), total, support);
    }
  }

  /**
   * Whether the candidate at a snapshot index meets every must-have: the hot loop's check, over the
   * snapshot's columns. {@link #failures} says the same in words and must agree with it.
   */
  boolean passes(CandidateColumns columns, int index) {
    int flags = columns.flags[index];
    int deployments = columns.deploymentMask[index];
    return dataLocationOk(columns, index, flags)
        && (allowedDeployments == 0 || (deployments & allowedDeployments) != 0)
        && (columns.certificationMask[index] & requiredCertifications) == requiredCertifications
        && (!must.openWeights() || (flags & CandidateColumns.OPEN_WEIGHTS) != 0)
        && (!anyLanguageRequired || columns.languagesContainAll(index, requiredLanguages))
        && (!anySealRequired || columns.sealsReach(index, minimumSeal))
        && (Double.isNaN(maxPrice)
            || ((flags & CandidateColumns.HAS_PRICE) != 0 && columns.priceEur[index] <= maxPrice));
  }

  private boolean dataLocationOk(CandidateColumns columns, int index, int flags) {
    if (must.dataLocation() == DataLocation.ANY
        || (flags & CandidateColumns.CUSTOMER_SITE_ONLY) != 0) {
      return true;
    }
    if ((flags & CandidateColumns.HAS_DATA_LOCATION) == 0) {
      return false;
    }
    return switch (must.dataLocation()) {
      case EU -> (flags & CandidateColumns.DATA_ONLY_IN_EU) != 0;
      case EEA -> (flags & CandidateColumns.DATA_ONLY_IN_EEA) != 0;
      case COUNTRIES -> columns.dataCountriesWithin(index, allowedCountries);
      case ANY -> true;
    };
  }

  /**
   * The fit of the candidate at a snapshot index in hundredths of a point, as {@link #fitTerms}
   * adds it up: every term but the price takes one of a few values, looked up from tables made once
   * per ranking with the same rounding as the terms.
   */
  long fitCents(CandidateColumns columns, int index, double[] cheapest) {
    if (nice.totalWeight() == 0) {
      return 10_000;
    }
    int flags = columns.flags[index];
    long cents = fixedFitCents[flags & FIT_FLAGS];
    if ((columns.deploymentMask[index] & wantedDeployments) != 0) {
      cents += deploymentCents;
    }
    if (nice.languagesWeight() > 0) {
      cents += languageCents[columns.languagesInCommon(index, wantedLanguages)];
    }
    if (nice.certificationsWeight() > 0) {
      cents +=
          certificationCents[
              Integer.bitCount(columns.certificationMask[index] & wantedCertifications)];
    }
    if (nice.priceWeight() > 0 && (flags & CandidateColumns.HAS_PRICE) != 0) {
      double price = columns.priceEur[index];
      cents +=
          share(
              nice.priceWeight(),
              nice.totalWeight(),
              priceSatisfaction(price, cheapest[columns.pricingModel[index]]));
    }
    return cents;
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
    if (c.deploymentMask != 0 && (c.deploymentMask & ~CandidateColumns.CUSTOMER_SITE_MASK) == 0) {
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
   * The fit terms with words, rounded per term so the terms add up exactly. {@code cheapest} is the
   * lowest price among the passing candidates of each pricing model; {@link #fitCents} adds up the
   * same terms without the words.
   */
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
    return c.hasPrice ? priceSatisfaction(c.priceEur, cheapest[c.pricingModel]) : 0;
  }

  private static double priceSatisfaction(double price, double cheapest) {
    if (price <= 0) {
      return 1;
    }
    return Double.isNaN(cheapest) ? 1 : Math.min(1, cheapest / price);
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
