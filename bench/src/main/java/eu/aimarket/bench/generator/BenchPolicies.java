package eu.aimarket.bench.generator;

import eu.aimarket.policy.CompiledPolicy;
import eu.aimarket.policy.PolicyTemplates;
import eu.aimarket.policy.RuleCompiler;
import eu.aimarket.policy.RuleDefinition;
import eu.aimarket.policy.RuleEffect;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The policies the benchmarks rank under: the shipped "Sovereignty first" template, and a policy of
 * twenty rules such as a platform operator or a large buyer might write, mixing rules on the
 * offering and supplier alone (evaluated once per catalogue version) with rules that read the buyer
 * or the requirement (evaluated for every ranking).
 */
public final class BenchPolicies {

  public static final String TWENTY_RULES_NAME = "Twenty rules";

  public static final List<RuleDefinition> TWENTY_RULES =
      List.of(
          // Request-independent: the offering and its supplier only.
          points("EU/EEA headquarters", "supplier.headquartersCountry in EEA", 15),
          points("EU/EEA control", "supplier.controlCountry in EEA", 20),
          points(
              "Data only in the EU",
              "offering.dataStorageCountries.size() > 0"
                  + " && offering.dataStorageCountries.all(c, c in EU)"
                  + " && offering.dataProcessingCountries.all(c, c in EU)",
              20),
          points("Open weights", "offering.openWeights", 10),
          points(
              "Support from the EU",
              "offering.supportCountries.size() > 0 && offering.supportCountries.all(c, c in EU)",
              5),
          points(
              "Verified control and data location",
              "'CONTROL' in offering.verifiedClaims && 'DATA_LOCATION' in offering.verifiedClaims",
              5),
          points("SME", "supplier.sme", 5),
          points(
              "US CLOUD Act or FISA 702 control",
              "!(supplier.controlCountry in EEA) && supplier.extraterritorialLaws.exists(law,"
                  + " law in ['US_CLOUD_ACT', 'US_FISA_702'])",
              -30),
          points(
              "Data outside the EEA",
              "offering.dataStorageCountries.exists(c, !(c in EEA))"
                  + " || offering.dataProcessingCountries.exists(c, !(c in EEA))",
              -15),
          points("Sovereignty Score 70 or more", "offering.sovereigntyScore >= 70.0", 10),
          points(
              "High-assurance certification",
              "offering.certifications.exists(c, c in ['SECNUMCLOUD', 'EUCS_HIGH',"
                  + " 'GAIAX_LABEL_2', 'GAIAX_LABEL_3'])",
              8),
          points(
              "Renewable energy",
              "offering.renewableEnergyPercent >= 90 && offering.hardwareVendorCountry != 'CN'",
              3),
          points("Hardware from an EEA vendor", "offering.hardwareVendorCountry in EEA", 5),
          exclude(
              "Chinese intelligence law",
              "'CN_NATIONAL_INTELLIGENCE_LAW' in supplier.extraterritorialLaws"),
          // Request-dependent: they read the buyer or the requirement.
          points(
              "Supplier in the buyer's country",
              "supplier.headquartersCountry == buyer.country",
              5),
          points(
              "Speaks every language asked for",
              "requirement.languages.size() > 0"
                  + " && requirement.languages.all(l, l in offering.languages)",
              8),
          require(
              "Data & AI at SEAL 2 for confidential data",
              "!(requirement.dataSensitivity in ['CONFIDENTIAL', 'RESTRICTED'])"
                  + " || seal(offering, 'SOV-3') >= 2"),
          points(
              "Runs on site for restricted data",
              "requirement.dataSensitivity == 'RESTRICTED'"
                  + " && offering.deploymentModels.exists(d, d in ['ON_PREMISES', 'AIR_GAPPED'])",
              10),
          points(
              "List price within a tenth of the budget",
              "offering.hasPrice && requirement.budgetMaxEur > 0.0"
                  + " && offering.priceEur * 10.0 <= requirement.budgetMaxEur",
              5),
          points(
              "Verified certifications for public buyers",
              "buyer.publicSector && 'CERTIFICATIONS' in offering.verifiedClaims",
              4));

  private BenchPolicies() {}

  public static CompiledPolicy sovereigntyFirst(RuleCompiler compiler) {
    PolicyTemplates.Template template = PolicyTemplates.SOVEREIGNTY_FIRST_TEMPLATE;
    return new CompiledPolicy(
        template.id(), template.name(), 1, compiler.compileAll(template.rules()));
  }

  public static CompiledPolicy twentyRules(RuleCompiler compiler) {
    return new CompiledPolicy(
        UUID.nameUUIDFromBytes(
            ("bench-policy:" + TWENTY_RULES_NAME).getBytes(StandardCharsets.UTF_8)),
        TWENTY_RULES_NAME,
        1,
        compiler.compileAll(TWENTY_RULES));
  }

  private static RuleDefinition points(String name, String condition, int points) {
    return new RuleDefinition(
        name, condition, RuleEffect.POINTS, BigDecimal.valueOf(points), "Benchmark rule: " + name);
  }

  private static RuleDefinition exclude(String name, String condition) {
    return new RuleDefinition(name, condition, RuleEffect.EXCLUDE, null, "Benchmark rule: " + name);
  }

  private static RuleDefinition require(String name, String condition) {
    return new RuleDefinition(name, condition, RuleEffect.REQUIRE, null, "Benchmark rule: " + name);
  }
}
