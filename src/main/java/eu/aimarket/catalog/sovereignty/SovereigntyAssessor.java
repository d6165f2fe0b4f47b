package eu.aimarket.catalog.sovereignty;

import static eu.aimarket.catalog.DeploymentModel.AIR_GAPPED;
import static eu.aimarket.catalog.DeploymentModel.DEDICATED_CLOUD;
import static eu.aimarket.catalog.DeploymentModel.ON_PREMISES;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.ClaimAttribute;
import eu.aimarket.catalog.Countries;
import eu.aimarket.catalog.EuPresence;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessment.ObjectiveAssessment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Derives the SEAL level (0-4) of each sovereignty objective from an offering's attributes, after
 * the EU Cloud Sovereignty Framework v1.2.1. Within an objective the weakest contributing factor
 * sets the level, as the framework prescribes. The rules are listed in the README; each level comes
 * with the reasons that produced it.
 *
 * <p>SEAL: 0 no sovereignty, 1 jurisdictional, 2 data sovereignty, 3 digital resilience, 4 full
 * digital sovereignty.
 */
public final class SovereigntyAssessor {

  /** Licences that let a customer run, study and change what it bought without the vendor. */
  static final Set<String> OPEN_LICENCES =
      Set.of(
          "Apache-2.0",
          "MIT",
          "BSD-2-Clause",
          "BSD-3-Clause",
          "MPL-2.0",
          "EPL-2.0",
          "GPL-2.0-only",
          "GPL-2.0-or-later",
          "GPL-3.0-only",
          "GPL-3.0-or-later",
          "LGPL-2.1-only",
          "LGPL-2.1-or-later",
          "LGPL-3.0-only",
          "LGPL-3.0-or-later",
          "AGPL-3.0-only",
          "AGPL-3.0-or-later",
          "EUPL-1.2",
          "CC-BY-4.0",
          "CC-BY-SA-4.0",
          "CC0-1.0",
          "ISC");

  /** Categories whose product is a model, where open weights decide who controls the AI. */
  static final Set<Category> MODEL_CATEGORIES =
      EnumSet.of(Category.LLM_API, Category.HOSTED_OPEN_MODEL, Category.SPEECH, Category.VISION);

  private SovereigntyAssessor() {}

  public static SovereigntyAssessment assess(SovereigntyFacts facts) {
    List<ObjectiveAssessment> objectives = new ArrayList<>(Objective.values().length);
    for (Objective objective : Objective.values()) {
      Level level =
          switch (objective) {
            case SOV_1 -> strategic(facts);
            case SOV_2 -> legal(facts);
            case SOV_3 -> dataAndAi(facts);
            case SOV_4 -> operational(facts);
            case SOV_5 -> supplyChain(facts);
            case SOV_6 -> technology(facts);
            case SOV_7 -> securityAndCompliance(facts);
            case SOV_8 -> environmental(facts);
          };
      objectives.add(withConfidence(objective, level, facts.verifiedAttributes()));
    }
    // From the unrounded points, so that rounding happens once, at the end.
    double score =
        objectives.stream()
            .mapToDouble(
                o -> confidence(o.verified()) * o.seal() / o.maxPoints() * o.weightPercent())
            .sum();
    int overallSeal = objectives.stream().mapToInt(ObjectiveAssessment::seal).min().orElse(0);
    boolean fullyVerified = objectives.stream().allMatch(ObjectiveAssessment::verified);
    return new SovereigntyAssessment(
        round(score), overallSeal, fullyVerified, List.copyOf(objectives));
  }

  private static ObjectiveAssessment withConfidence(
      Objective objective, Level level, Set<ClaimAttribute> verified) {
    List<ClaimAttribute> unverified =
        objective.basedOn().stream().filter(attribute -> !verified.contains(attribute)).toList();
    boolean isVerified = unverified.isEmpty();
    double points = level.seal * confidence(isVerified);
    List<String> reasons = new ArrayList<>(level.reasons);
    if (!isVerified && level.seal > 0) {
      reasons.add(
          "Rests partly on declared, unverified claims ("
              + unverified.stream().map(ClaimAttribute::label).collect(Collectors.joining(", "))
              + "): counts "
              + Math.round(SovereigntyAssessment.DECLARED_CONFIDENCE * 100)
              + " % of a verified level");
    }
    return new ObjectiveAssessment(
        objective.id(),
        objective.title(),
        objective.weightPercent(),
        level.seal,
        Math.round(points * 100.0) / 100.0,
        SovereigntyAssessment.MAX_SEAL,
        isVerified,
        List.copyOf(reasons),
        unverified);
  }

  private static double confidence(boolean verified) {
    return verified ? 1.0 : SovereigntyAssessment.DECLARED_CONFIDENCE;
  }

  /** SOV-1: where control sits, how much is owned from outside the EU, continuity of service. */
  static Level strategic(SovereigntyFacts f) {
    Level level = new Level();
    if (!Countries.isEea(f.controlCountry())) {
      if (!f.extraterritorialLaws().isEmpty()) {
        return level.cap(
            0,
            "Controlled from "
                + country(f.controlCountry())
                + ", whose authorities can order a stop or a disclosure");
      }
      return level.cap(1, "Controlled from outside the EEA (" + country(f.controlCountry()) + ")");
    }
    if (!Countries.isEea(f.headquartersCountry())) {
      return level.cap(
          1, "Headquartered outside the EEA (" + country(f.headquartersCountry()) + ")");
    }
    if (f.nonEuOwnershipPercent() > 39) {
      return level.cap(
          2, f.nonEuOwnershipPercent() + " % non-EU ownership (more than 39 % in total)");
    }
    level.keep(
        "Headquarters and control in the EEA ("
            + country(f.controlCountry())
            + "), non-EU ownership "
            + f.nonEuOwnershipPercent()
            + " %");
    if (customerCanRunIt(f)) {
      level.keep(
          "The customer can keep it running without the vendor (" + continuityMeans(f) + ")");
    } else {
      level.cap(3, "No on-premises or open-weights path if the vendor withdraws support");
    }
    return level;
  }

  /** SOV-2: governing law and exposure to foreign laws with extraterritorial reach. */
  static Level legal(SovereigntyFacts f) {
    Level level = new Level();
    if (!f.extraterritorialLaws().isEmpty()) {
      String laws = lawList(f);
      if (Countries.isEea(f.headquartersCountry())) {
        return level.cap(1, "EU law applies, but " + laws + " can compel access");
      }
      return level.cap(0, "Governed from outside the EEA and subject to " + laws);
    }
    if (Countries.isEea(f.headquartersCountry()) && !Countries.isEea(f.controlCountry())) {
      // Same level as a declared foreign law: EU law applies to the subsidiary, but control does
      // not
      // sit here. Declaring nothing must not score better than declaring the law.
      return level.cap(1, "EU law applies, but control sits in " + country(f.controlCountry()));
    }
    if (!Countries.isEea(f.headquartersCountry()) || !Countries.isEea(f.controlCountry())) {
      boolean adequate =
          Countries.hasGdprProtection(f.headquartersCountry())
              && Countries.hasGdprProtection(f.controlCountry());
      return adequate
          ? level.cap(1, "Outside the EEA, in a country with a GDPR adequacy decision")
          : level.cap(0, "Outside the EEA, without a GDPR adequacy decision");
    }
    if (f.nonEuOwnershipPercent() > 39) {
      return level.cap(2, "Non-EU shareholders hold " + f.nonEuOwnershipPercent() + " %");
    }
    if (f.nonEuOwnershipPercent() > 24) {
      return level.cap(
          3, "Non-EU shareholders hold " + f.nonEuOwnershipPercent() + " % (more than 24 %)");
    }
    return level.keep("EU jurisdiction only; no known extraterritorial exposure");
  }

  /** SOV-3: where data is stored and processed, who can compel access, who controls the model. */
  static Level dataAndAi(SovereigntyFacts f) {
    Level level = new Level();
    boolean onlyAtCustomer =
        !f.deploymentModels().isEmpty()
            && f.deploymentModels().stream().allMatch(m -> m == ON_PREMISES || m == AIR_GAPPED);
    Set<String> locations = new TreeSet<>(f.dataStorageCountries());
    locations.addAll(f.dataProcessingCountries());
    if (onlyAtCustomer) {
      level.keep("Runs only on the customer's premises: data stays where the customer puts it");
    } else if (locations.isEmpty()) {
      return level.cap(0, "No data location declared");
    } else {
      Set<String> outsideEea =
          locations.stream()
              .filter(c -> !Countries.isEea(c))
              .collect(Collectors.toCollection(TreeSet::new));
      if (!outsideEea.isEmpty()) {
        boolean adequate = outsideEea.stream().allMatch(Countries::hasGdprProtection);
        return adequate
            ? level.cap(
                1, "Data also outside the EEA (" + countries(outsideEea) + ", adequacy decision)")
            : level.cap(
                0, "Data stored or processed outside the EEA (" + countries(outsideEea) + ")");
      }
      level.cap(4, "Data stored and processed in the EEA only (" + countries(locations) + ")");
    }
    if (!f.extraterritorialLaws().isEmpty()) {
      if (onPremisesOrAirGapped(f)) {
        return level.cap(
            2,
            "The vendor is subject to " + lawList(f) + "; on-premises operation limits its access");
      }
      return level.cap(1, "A foreign authority can compel access under " + lawList(f));
    }
    if (!customerControlled(f)) {
      return level.cap(2, "Multi-tenant SaaS only: the vendor operates the keys and the model");
    }
    if (!onPremisesOrAirGapped(f)) {
      return level.cap(3, "Dedicated deployment available, but not on the customer's premises");
    }
    if (MODEL_CATEGORIES.contains(f.category()) && !f.openWeights()) {
      return level.cap(3, "Runs on the customer's premises, but the model weights stay closed");
    }
    return level.keep("On-premises or air-gapped: the customer holds keys, data and model");
  }

  /** SOV-4: support from the EU, EU staff and operations, freedom to migrate. */
  static Level operational(SovereigntyFacts f) {
    Level level = new Level();
    Set<String> support = f.supportCountries();
    if (support.isEmpty()) {
      level.cap(0, "No support location declared");
    } else if (Countries.allIn(support, Countries.EEA)) {
      level.keep("Support delivered from the EEA (" + countries(support) + ")");
    } else if (support.stream().anyMatch(Countries::isEea)) {
      level.cap(2, "Support partly from outside the EEA (" + countries(support) + ")");
    } else {
      level.cap(
          support.stream().allMatch(Countries::hasGdprProtection) ? 1 : 0,
          "Support only from outside the EEA (" + countries(support) + ")");
    }
    EuPresence presence = f.euPresence() == null ? EuPresence.NONE : f.euPresence();
    switch (presence) {
      case FULL -> level.keep("Staff and operations in the EU");
      case PARTIAL -> level.cap(2, "Only part of the staff and operations are in the EU");
      case NONE -> level.cap(0, "No staff or operations in the EU");
    }
    if (f.openWeights() || isOpenLicence(f.licence()) || onPremisesOrAirGapped(f)) {
      level.keep("Migration without lock-in (" + continuityMeans(f) + ")");
    } else if (f.deploymentModels().contains(DEDICATED_CLOUD)) {
      level.cap(3, "Dedicated cloud, but closed: moving away needs the vendor's help");
    } else {
      level.cap(2, "Closed SaaS: switching means re-integration");
    }
    return level;
  }

  /** SOV-5: control of the supplier and origin of the hardware it depends on. */
  static Level supplyChain(SovereigntyFacts f) {
    Level level = new Level();
    if (!Countries.isEea(f.controlCountry())) {
      if (!f.extraterritorialLaws().isEmpty()) {
        level.cap(0, "The supplier itself is a non-EU dependency subject to " + lawList(f));
      } else {
        level.cap(1, "The supplier is controlled from " + country(f.controlCountry()));
      }
    }
    String hardware = f.hardwareVendorCountry();
    if (hardware == null || hardware.isBlank()) {
      level.cap(1, "Origin of the hardware not disclosed");
    } else if (Countries.isEea(hardware)) {
      level.keep("Hardware from an EEA vendor (" + country(hardware) + ")");
    } else if (Countries.hasGdprProtection(hardware)) {
      level.cap(3, "Hardware from a vendor in " + country(hardware) + " (adequacy decision)");
    } else {
      level.cap(2, "Material dependency on hardware from " + country(hardware));
    }
    return level;
  }

  /** SOV-6: open licences and weights, independence in compute. */
  static Level technology(SovereigntyFacts f) {
    Level level = new Level();
    if (isOpenLicence(f.licence())) {
      level.keep((f.openWeights() ? "Open weights" : "Open source") + " under " + f.licence());
    } else if (f.openWeights()) {
      level.cap(
          3,
          "Open weights under a restrictive licence ("
              + (f.licence() == null ? "unspecified" : f.licence())
              + ")");
    } else if (onPremisesOrAirGapped(f)) {
      level.cap(2, "Closed technology, but it can run on the customer's premises");
    } else {
      level.cap(1, "Closed technology, reachable only through the vendor's service");
    }
    String hardware = f.hardwareVendorCountry();
    if (hardware == null || hardware.isBlank() || !Countries.isEea(hardware)) {
      level.cap(
          3,
          "Compute depends on "
              + (hardware == null || hardware.isBlank()
                  ? "undisclosed"
                  : "non-EEA (" + country(hardware) + ")")
              + " processors or accelerators");
    } else {
      level.keep("Compute on EEA-designed processors (" + country(hardware) + ")");
    }
    return level;
  }

  /** SOV-7: certifications, and whether security operations sit under EU jurisdiction. */
  static Level securityAndCompliance(SovereigntyFacts f) {
    Level level = new Level();
    Set<Certification> certs = f.certifications();
    String held =
        certs.stream().map(Certification::label).sorted().collect(Collectors.joining(", "));
    if (containsAny(
        certs, Certification.SECNUMCLOUD, Certification.EUCS_HIGH, Certification.GAIAX_LABEL_3)) {
      level.keep("Highest-assurance qualification: " + held);
    } else if (containsAny(
        certs, Certification.BSI_C5, Certification.EUCS_SUBSTANTIAL, Certification.GAIAX_LABEL_2)) {
      level.cap(3, "Substantial assurance: " + held);
    } else if (containsAny(
        certs, Certification.ISO_27001, Certification.EUCS_BASIC, Certification.GAIAX_LABEL_1)) {
      level.cap(2, "Baseline security certification: " + held);
    } else if (!certs.isEmpty()) {
      level.cap(1, "Only non-EU or management-system attestations: " + held);
    } else {
      level.cap(0, "No security certification declared");
    }
    if (!f.extraterritorialLaws().isEmpty()) {
      level.cap(2, "Security operations fall under " + lawList(f));
    }
    return level;
  }

  /** SOV-8: disclosure of renewable energy and efficiency (PUE). */
  static Level environmental(SovereigntyFacts f) {
    Level level = new Level();
    Integer renewable = f.renewableEnergyPercent();
    BigDecimal pue = f.pue();
    if (renewable == null && pue == null) {
      return level.cap(0, "No energy or efficiency disclosure");
    }
    if (renewable == null || renewable < 50) {
      return level.cap(
          1,
          renewable == null
              ? "Efficiency disclosed (PUE " + pue + "), renewable share not disclosed"
              : "Renewable energy " + renewable + " % (below 50 %)");
    }
    boolean efficient = pue != null && pue.compareTo(new BigDecimal("1.4")) <= 0;
    boolean veryEfficient = pue != null && pue.compareTo(new BigDecimal("1.2")) <= 0;
    if (renewable >= 99 && veryEfficient) {
      return level.keep("Renewable energy " + renewable + " % and PUE " + pue);
    }
    if (renewable >= 90 && efficient) {
      return level.cap(3, "Renewable energy " + renewable + " % and PUE " + pue);
    }
    return level.cap(
        2,
        "Renewable energy "
            + renewable
            + " %"
            + (pue == null ? ", PUE not disclosed" : ", PUE " + pue));
  }

  static boolean isOpenLicence(String licence) {
    return licence != null
        && OPEN_LICENCES.stream().anyMatch(open -> open.equalsIgnoreCase(licence.strip()));
  }

  private static boolean customerControlled(SovereigntyFacts f) {
    return f.deploymentModels().contains(DEDICATED_CLOUD) || onPremisesOrAirGapped(f);
  }

  private static boolean onPremisesOrAirGapped(SovereigntyFacts f) {
    return f.deploymentModels().contains(ON_PREMISES) || f.deploymentModels().contains(AIR_GAPPED);
  }

  private static boolean customerCanRunIt(SovereigntyFacts f) {
    return onPremisesOrAirGapped(f) || f.openWeights() || isOpenLicence(f.licence());
  }

  private static String continuityMeans(SovereigntyFacts f) {
    List<String> means = new ArrayList<>();
    if (f.openWeights()) {
      means.add("open weights");
    } else if (isOpenLicence(f.licence())) {
      means.add("open source");
    }
    if (onPremisesOrAirGapped(f)) {
      means.add("on-premises deployment");
    }
    return String.join(", ", means);
  }

  @SafeVarargs
  private static <T> boolean containsAny(Set<T> set, T... values) {
    for (T value : values) {
      if (set.contains(value)) {
        return true;
      }
    }
    return false;
  }

  private static String lawList(SovereigntyFacts f) {
    return f.extraterritorialLaws().stream()
        .map(law -> law.label())
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private static String country(String code) {
    return code == null || code.isBlank() ? "an undisclosed country" : Countries.name(code);
  }

  private static String countries(Set<String> codes) {
    return String.join(", ", new TreeSet<>(codes));
  }

  private static double round(double value) {
    return Math.round(value * 10.0) / 10.0;
  }

  /**
   * A level under construction: starts at the maximum and only goes down (weakest link), keeping
   * the reasons of every factor that was looked at.
   */
  static final class Level {
    private int seal = SovereigntyAssessment.MAX_SEAL;
    private final List<String> reasons = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    Level cap(int max, String reason) {
      seal = Math.min(seal, max);
      add(reason);
      return this;
    }

    Level keep(String reason) {
      add(reason);
      return this;
    }

    int seal() {
      return seal;
    }

    List<String> reasons() {
      return reasons;
    }

    private void add(String reason) {
      if (seen.add(reason)) {
        reasons.add(reason);
      }
    }
  }
}
