package eu.aimarket.policy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The policies the platform ships with, seeded at start-up in every profile. Their ids derive from
 * their names, so seeding is idempotent and every installation knows the same ids.
 *
 * <p>They are the platform's published ranking parameters: each rule says in its reason why it
 * weighs as it does.
 */
public final class PolicyTemplates {

  public static final String SOVEREIGNTY_FIRST_NAME = "Sovereignty first";
  public static final String PUBLIC_BUYER_NAME = "Public buyer, GPA-safe";
  public static final String NEUTRAL_NAME = "Neutral";

  public static final UUID SOVEREIGNTY_FIRST = id(SOVEREIGNTY_FIRST_NAME);
  public static final UUID PUBLIC_BUYER = id(PUBLIC_BUYER_NAME);
  public static final UUID NEUTRAL = id(NEUTRAL_NAME);

  /** The policy a buyer gets when it has chosen none. */
  public static final UUID PLATFORM_DEFAULT = SOVEREIGNTY_FIRST;

  /** A shipped policy: its fixed id, its name, what it is for, and its rules in order. */
  public record Template(UUID id, String name, String description, List<RuleDefinition> rules) {}

  private static final String SENSITIVE_DATA =
      "requirement.dataSensitivity in ['CONFIDENTIAL', 'RESTRICTED']";

  public static final Template SOVEREIGNTY_FIRST_TEMPLATE =
      new Template(
          SOVEREIGNTY_FIRST,
          SOVEREIGNTY_FIRST_NAME,
          "The platform default. Prefers suppliers headquartered and controlled in the EU/EEA,"
              + " data that stays in the EU, open weights, support from the EU, verified claims and"
              + " SMEs; subtracts points where a non-European controller is subject to US laws that"
              + " can compel access to data (CLOUD Act, FISA 702) and where data leaves the EEA."
              + " Meant for private buyers, who may prefer whom they like.",
          List.of(
              points(
                  "EU/EEA headquarters",
                  "supplier.headquartersCountry in EEA",
                  15,
                  "The supplier is headquartered in the EU/EEA, so European law governs it first."),
              points(
                  "EU/EEA control",
                  "supplier.controlCountry in EEA",
                  20,
                  "Whoever ultimately controls the supplier sits in the EU/EEA, so no foreign parent"
                      + " can be ordered to stop the service or hand over data."),
              points(
                  "Data stored and processed only in the EU",
                  "offering.dataStorageCountries.size() > 0"
                      + " && offering.dataProcessingCountries.size() > 0"
                      + " && offering.dataStorageCountries.all(c, c in EU)"
                      + " && offering.dataProcessingCountries.all(c, c in EU)",
                  20,
                  "Every country where the data is stored or processed is an EU member state."),
              points(
                  "Open weights",
                  "offering.openWeights",
                  10,
                  "The model weights are published, so the buyer can run the model elsewhere and is"
                      + " not locked in."),
              points(
                  "Support from the EU",
                  "offering.supportCountries.size() > 0"
                      + " && offering.supportCountries.all(c, c in EU)",
                  5,
                  "Support is delivered from EU member states only."),
              points(
                  "Verified control and data location",
                  "'CONTROL' in offering.verifiedClaims && 'DATA_LOCATION' in offering.verifiedClaims",
                  5,
                  "The platform has checked the evidence for who controls the supplier and where"
                      + " the data is, rather than relying on the supplier's word."),
              points(
                  "SME",
                  "supplier.sme",
                  5,
                  "Small and medium-sized enterprises get a small boost so that the market does not"
                      + " narrow to a few large providers."),
              points(
                  "Non-European control under the US CLOUD Act or FISA 702",
                  "!(supplier.controlCountry in EEA)"
                      + " && supplier.extraterritorialLaws.exists(law,"
                      + " law in ['US_CLOUD_ACT', 'US_FISA_702'])",
                  -30,
                  "The supplier is controlled from outside the EU/EEA by an entity subject to the US"
                      + " CLOUD Act or FISA 702, which can compel access to data wherever it is"
                      + " stored."),
              points(
                  "Data outside the EEA",
                  "offering.dataStorageCountries.exists(c, !(c in EEA))"
                      + " || offering.dataProcessingCountries.exists(c, !(c in EEA))",
                  -15,
                  "Some of the data is stored or processed outside the EEA, where EU law cannot"
                      + " be enforced.")));

  public static final Template PUBLIC_BUYER_TEMPLATE =
      new Template(
          PUBLIC_BUYER,
          PUBLIC_BUYER_NAME,
          "For contracting authorities. Uses the Sovereignty Score of the EU Cloud Sovereignty"
              + " Framework as a weighted award criterion in tiers and, for confidential or"
              + " restricted data, minimum SEAL levels on the objectives linked to the subject"
              + " matter (data protection SOV-3, security SOV-7). It never excludes, requires or"
              + " scores by the bidder's nationality, headquarters or control country: bidders"
              + " from parties to the WTO Government Procurement Agreement must be treated equally"
              + " in covered tenders (Directive 2014/24/EU Art. 25).",
          List.of(
              points(
                  "Sovereignty Score 80 or more",
                  "offering.sovereigntyScore >= 80.0",
                  40,
                  "Award criterion: the offering's Sovereignty Score (EU Cloud Sovereignty"
                      + " Framework) is at least 80 of 100."),
              points(
                  "Sovereignty Score 60 to 80",
                  "offering.sovereigntyScore >= 60.0 && offering.sovereigntyScore < 80.0",
                  25,
                  "Award criterion: the offering's Sovereignty Score is at least 60 and below 80."),
              points(
                  "Sovereignty Score 40 to 60",
                  "offering.sovereigntyScore >= 40.0 && offering.sovereigntyScore < 60.0",
                  10,
                  "Award criterion: the offering's Sovereignty Score is at least 40 and below 60."),
              require(
                  "Data & AI at SEAL 2 for confidential data",
                  "!(" + SENSITIVE_DATA + ") || seal(offering, 'SOV-3') >= 2",
                  "Minimum requirement for confidential and restricted data: at least SEAL 2 on"
                      + " SOV-3 Data & AI, i.e. data stored and processed in the EEA under"
                      + " enforceable EU law."),
              require(
                  "Security & compliance at SEAL 2 for confidential data",
                  "!(" + SENSITIVE_DATA + ") || seal(offering, 'SOV-7') >= 2",
                  "Minimum requirement for confidential and restricted data: at least SEAL 2 on"
                      + " SOV-7 Security & compliance, i.e. ISO 27001, EUCS basic or a stronger"
                      + " certification.")));

  public static final Template NEUTRAL_TEMPLATE =
      new Template(
          NEUTRAL,
          NEUTRAL_NAME,
          "No incentives: offerings rank by how well they fit the requirement alone. Every match"
              + " run compares its result with this one, so the effect of a policy is visible.",
          List.of());

  public static final List<Template> ALL =
      List.of(SOVEREIGNTY_FIRST_TEMPLATE, PUBLIC_BUYER_TEMPLATE, NEUTRAL_TEMPLATE);

  private PolicyTemplates() {}

  static UUID id(String name) {
    return UUID.nameUUIDFromBytes(("policy-template:" + name).getBytes(StandardCharsets.UTF_8));
  }

  private static RuleDefinition points(String name, String condition, int points, String reason) {
    return new RuleDefinition(
        name, condition, RuleEffect.POINTS, BigDecimal.valueOf(points), reason);
  }

  private static RuleDefinition require(String name, String condition, String reason) {
    return new RuleDefinition(name, condition, RuleEffect.REQUIRE, null, reason);
  }
}
