package eu.aimarket.bench.generator;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.demand.BuyerType;
import eu.aimarket.demand.DataLocation;
import eu.aimarket.demand.DataSensitivity;
import eu.aimarket.demand.MustHaves;
import eu.aimarket.demand.NiceToHaves;
import eu.aimarket.demand.RequirementStatus;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.identity.OrganisationKind;
import eu.aimarket.identity.OrganisationSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Seeded buyers and open requirements. {@link #typical()} is the one requirement the engine
 * benchmarks rank: a German public buyer looking for an LLM API with data kept in the EEA, and
 * nice-to-haves on every criterion, so that every part of the fit is computed.
 */
public final class RequirementGenerator {

  private static final Weighted<String> BUYER_COUNTRIES =
      Weighted.of(
          "DE", 25, "FR", 18, "NL", 10, "ES", 8, "IT", 8, "AT", 5, "BE", 5, "SE", 4, "PL", 4, "DK",
          3, "FI", 3, "PT", 3, "IE", 2, "CZ", 2);

  private static final Weighted<Category> CATEGORIES =
      Weighted.of(
          Category.LLM_API,
          40,
          Category.HOSTED_OPEN_MODEL,
          10,
          Category.AI_PLATFORM,
          12,
          Category.GPU_COMPUTE,
          10,
          Category.SPEECH,
          8,
          Category.VISION,
          5,
          Category.PROFESSIONAL_SERVICES,
          15);

  private static final OrganisationSummary TYPICAL_BUYER =
      new OrganisationSummary(
          UUID.nameUUIDFromBytes(
              "bench-buyer:typical".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          "Stadt Musterstadt",
          "DE",
          OrganisationKind.BUYER);

  private final long seed;

  public RequirementGenerator(long seed) {
    this.seed = seed;
  }

  /** The requirement the engine benchmarks rank. */
  public static RequirementView typical() {
    MustHaves must = new MustHaves(DataLocation.EEA, null, null, null, null, null, null, null);
    NiceToHaves nice =
        new NiceToHaves(
            Set.of("de", "en"),
            30,
            EnumSet.of(Certification.ISO_27001, Certification.BSI_C5),
            20,
            15,
            EnumSet.of(DeploymentModel.DEDICATED_CLOUD, DeploymentModel.ON_PREMISES),
            10,
            10,
            15);
    return new RequirementView(
        UUID.nameUUIDFromBytes(
            "bench-requirement:typical".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        TYPICAL_BUYER,
        "Assistant for citizen enquiries",
        "An LLM API for drafting answers to citizens' enquiries in German and English.",
        Category.LLM_API,
        new BigDecimal("50000"),
        "per year",
        DataSensitivity.CONFIDENTIAL,
        BuyerType.PUBLIC_SECTOR,
        null,
        RequirementStatus.OPEN,
        null,
        must,
        nice,
        0,
        CatalogueGenerator.EPOCH,
        CatalogueGenerator.EPOCH);
  }

  /** {@code count} open requirements from {@code count / 4 + 1} buyers. */
  public List<RequirementView> generate(int count, List<Rows.Buyer> buyers) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<RequirementView> requirements = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Rows.Buyer buyer = buyers.get(random.nextInt(buyers.size()));
      requirements.add(requirement(random, i, buyer));
    }
    return requirements;
  }

  public List<Rows.Buyer> buyers(int requirementCount) {
    SplittableRandom random = new SplittableRandom(seed ^ 0xB0B0L);
    int count = requirementCount / 4 + 1;
    List<Rows.Buyer> buyers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String country = BUYER_COUNTRIES.pick(random);
      boolean publicSector = random.nextInt(100) < 45;
      buyers.add(
          new Rows.Buyer(
              CatalogueGenerator.uuid(random),
              (publicSector ? "Municipality " : "Company ") + i + " (" + country + ")",
              "BENCH-BUYER-" + seed + "-" + i,
              country,
              CatalogueGenerator.EPOCH.minusDays(random.nextInt(400))));
    }
    return buyers;
  }

  private RequirementView requirement(SplittableRandom random, int number, Rows.Buyer buyer) {
    Category category = CATEGORIES.pick(random);
    String language = CatalogueGenerator.homeLanguage(buyer.country());
    boolean publicSector = buyer.legalName().startsWith("Municipality");
    int locationDraw = random.nextInt(100);
    DataLocation location =
        locationDraw < 45
            ? DataLocation.EU
            : locationDraw < 60
                ? DataLocation.EEA
                : locationDraw < 70 ? DataLocation.COUNTRIES : DataLocation.ANY;
    Set<String> dataCountries =
        location == DataLocation.COUNTRIES
            ? new TreeSet<>(List.of(buyer.country(), "DE", "FR"))
            : null;
    Set<DeploymentModel> deployment =
        random.nextInt(100) < 20
            ? EnumSet.of(DeploymentModel.ON_PREMISES, DeploymentModel.DEDICATED_CLOUD)
            : null;
    Set<Certification> certifications =
        random.nextInt(100) < 25 ? EnumSet.of(Certification.ISO_27001) : null;
    Set<String> mustLanguages =
        language != null && random.nextInt(100) < 60 ? Set.of(language) : null;
    Map<String, Integer> minimumSeal = random.nextInt(100) < 15 ? Map.of("SOV-3", 2) : null;
    BigDecimal maxPrice =
        random.nextInt(100) < 20 && category == Category.LLM_API ? new BigDecimal("5") : null;
    MustHaves must =
        new MustHaves(
            location,
            dataCountries,
            deployment,
            certifications,
            random.nextInt(100) < 10,
            mustLanguages,
            minimumSeal,
            maxPrice);
    Set<String> niceLanguages = new TreeSet<>(Set.of("en"));
    if (language != null) {
      niceLanguages.add(language);
    }
    NiceToHaves nice =
        new NiceToHaves(
            niceLanguages,
            10 * random.nextInt(6),
            EnumSet.of(Certification.ISO_27001, Certification.BSI_C5, Certification.SECNUMCLOUD),
            10 * random.nextInt(4),
            10 * random.nextInt(4),
            EnumSet.of(DeploymentModel.DEDICATED_CLOUD),
            10 * random.nextInt(3),
            10 * random.nextInt(3),
            10 * random.nextInt(5));
    DataSensitivity sensitivity = DataSensitivity.values()[random.nextInt(4)];
    java.time.OffsetDateTime posted = buyer.createdAt().plusDays(1 + random.nextInt(60));
    return new RequirementView(
        CatalogueGenerator.uuid(random),
        new OrganisationSummary(
            buyer.id(), buyer.legalName(), buyer.country(), OrganisationKind.BUYER),
        "Requirement " + number + ": " + category.label(),
        "Generated for benchmarks; not a real tender.",
        category,
        BigDecimal.valueOf(1000L * (5 + random.nextInt(500))),
        "per year",
        sensitivity,
        publicSector ? BuyerType.PUBLIC_SECTOR : BuyerType.PRIVATE,
        CatalogueGenerator.EPOCH.plusDays(30 + random.nextInt(180)),
        RequirementStatus.OPEN,
        null,
        must,
        nice,
        0,
        posted,
        posted);
  }
}
