package eu.aimarket.matching;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.ClaimAttribute;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.EuPresence;
import eu.aimarket.catalog.ExtraterritorialLaw;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.catalog.PricingModel;
import eu.aimarket.catalog.SupplierSummary;
import eu.aimarket.catalog.sovereignty.SovereigntyAssessor;
import eu.aimarket.catalog.sovereignty.SovereigntyFacts;
import eu.aimarket.demand.BuyerType;
import eu.aimarket.demand.DataLocation;
import eu.aimarket.demand.DataSensitivity;
import eu.aimarket.demand.MustHaves;
import eu.aimarket.demand.NiceToHaves;
import eu.aimarket.demand.RequirementStatus;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.identity.OrganisationKind;
import eu.aimarket.identity.OrganisationSummary;
import eu.aimarket.policy.CompiledPolicy;
import eu.aimarket.policy.RuleCompiler;
import eu.aimarket.policy.RuleDefinition;
import eu.aimarket.policy.RuleEffect;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Offerings, requirements and policies built by hand for engine tests without a database. */
final class Fixtures {

  static final RuleCompiler COMPILER = new RuleCompiler();

  private Fixtures() {}

  static UUID id(int n) {
    return new UUID(0, n);
  }

  /**
   * An offering builder with EU defaults: an open-weights LLM from a French company, data in FR.
   */
  static final class Offering {
    int number;
    String name;
    Category category = Category.LLM_API;
    String hq = "FR";
    String control = "FR";
    Set<ExtraterritorialLaw> laws = Set.of();
    Set<DeploymentModel> deployment = EnumSet.of(DeploymentModel.SAAS, DeploymentModel.ON_PREMISES);
    Set<String> dataCountries = Set.of("FR");
    Set<String> support = Set.of("FR");
    Set<String> languages = Set.of("en", "fr", "de");
    boolean openWeights = true;
    String licence = "Apache-2.0";
    Set<Certification> certifications = EnumSet.of(Certification.ISO_27001);
    BigDecimal price = new BigDecimal("1.00");
    PricingModel pricing = PricingModel.PER_TOKEN;

    Offering(int number) {
      this.number = number;
      this.name = "Offering " + number;
    }

    Offering usHyperscaler() {
      hq = "US";
      control = "US";
      laws = EnumSet.of(ExtraterritorialLaw.US_CLOUD_ACT, ExtraterritorialLaw.US_FISA_702);
      openWeights = false;
      licence = null;
      return this;
    }

    Offering category(Category value) {
      category = value;
      return this;
    }

    Offering data(String... countries) {
      dataCountries = Set.of(countries);
      return this;
    }

    Offering deployment(DeploymentModel... models) {
      deployment = EnumSet.copyOf(List.of(models));
      return this;
    }

    Offering languages(String... codes) {
      languages = Set.of(codes);
      return this;
    }

    Offering closed() {
      openWeights = false;
      licence = null;
      return this;
    }

    Offering price(String eur) {
      price = eur == null ? null : new BigDecimal(eur);
      return this;
    }

    Offering certifications(Certification... values) {
      certifications = values.length == 0 ? Set.of() : EnumSet.copyOf(List.of(values));
      return this;
    }

    OfferingView build() {
      SovereigntyFacts facts =
          new SovereigntyFacts(
              hq,
              control,
              "US".equals(control) ? 100 : 0,
              laws,
              EuPresence.FULL,
              category,
              deployment,
              dataCountries,
              dataCountries,
              support,
              openWeights,
              licence,
              certifications,
              "US",
              80,
              new BigDecimal("1.3"),
              Set.<ClaimAttribute>of());
      SupplierSummary supplier =
          new SupplierSummary(
              id(1000 + number),
              "Supplier " + number,
              hq,
              control,
              "Parent " + number,
              "US".equals(control) ? 100 : 0,
              List.copyOf(laws),
              EuPresence.FULL,
              false);
      return new OfferingView(
          id(number),
          supplier,
          name,
          "Test offering",
          category,
          List.copyOf(deployment),
          List.copyOf(dataCountries),
          List.copyOf(dataCountries),
          List.copyOf(support),
          List.copyOf(languages),
          openWeights,
          licence,
          List.copyOf(certifications),
          pricing,
          price,
          "per 1M tokens",
          "US",
          80,
          new BigDecimal("1.3"),
          OfferingStatus.PUBLISHED,
          0,
          OffsetDateTime.parse("2026-01-01T00:00:00Z"),
          OffsetDateTime.parse("2026-01-01T00:00:00Z"),
          List.of(),
          SovereigntyAssessor.assess(facts));
    }
  }

  static Offering offering(int number) {
    return new Offering(number);
  }

  static RequirementView requirement(MustHaves must, NiceToHaves nice) {
    return new RequirementView(
        id(9000),
        new OrganisationSummary(id(8000), "Gemeente Test", "NL", OrganisationKind.BUYER),
        "Test requirement",
        "For tests",
        Category.LLM_API,
        new BigDecimal("10000"),
        "per year",
        DataSensitivity.CONFIDENTIAL,
        BuyerType.PUBLIC_SECTOR,
        null,
        RequirementStatus.OPEN,
        null,
        must,
        nice,
        0,
        OffsetDateTime.parse("2026-01-01T00:00:00Z"),
        OffsetDateTime.parse("2026-01-01T00:00:00Z"));
  }

  static MustHaves mustHaves(
      DataLocation location, Set<DeploymentModel> deployment, Set<String> languages) {
    return new MustHaves(location, null, deployment, null, null, languages, null, null);
  }

  static NiceToHaves languagesAndOpenWeights(
      Set<String> languages, int languagesWeight, int openWeightsWeight) {
    return new NiceToHaves(languages, languagesWeight, null, 0, openWeightsWeight, null, 0, 0, 0);
  }

  static CompiledPolicy policy(String name, RuleDefinition... rules) {
    return new CompiledPolicy(
        id(7000 + name.length()), name, 1, COMPILER.compileAll(List.of(rules)));
  }

  static RuleDefinition points(String name, String condition, String points) {
    return new RuleDefinition(
        name, condition, RuleEffect.POINTS, new BigDecimal(points), "Because: " + name);
  }

  static RuleDefinition exclude(String name, String condition) {
    return new RuleDefinition(name, condition, RuleEffect.EXCLUDE, null, "Excluded: " + name);
  }

  static RuleDefinition require(String name, String condition) {
    return new RuleDefinition(name, condition, RuleEffect.REQUIRE, null, "Required: " + name);
  }

  static MatchEngine.Evaluation rank(
      CatalogSnapshot snapshot, RequirementView requirement, CompiledPolicy policy) {
    return MatchEngine.evaluate(
        snapshot,
        requirement,
        RuleVariables.buyer(requirement),
        RuleVariables.requirement(requirement),
        policy,
        true);
  }

  static Map<String, Object> none() {
    return Map.of();
  }
}
