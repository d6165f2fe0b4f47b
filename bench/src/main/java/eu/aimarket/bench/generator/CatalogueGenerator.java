package eu.aimarket.bench.generator;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.ClaimAttribute;
import eu.aimarket.catalog.ClaimStatus;
import eu.aimarket.catalog.Countries;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.EuPresence;
import eu.aimarket.catalog.ExtraterritorialLaw;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.PricingModel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A seeded, repeatable synthetic catalogue: the same seed and size always give the same suppliers
 * and offerings, byte for byte. The shares are chosen to look like the European AI market the
 * platform serves: mostly EU suppliers (Germany and France first), a minority of US incumbents that
 * offer EU regions, and some Chinese, British and Swiss suppliers; open weights mostly among model
 * offerings; SOC 2 common among US suppliers, BSI C5 among German and SecNumCloud among French
 * ones; list prices rounded to two significant digits, as price lists are.
 */
public final class CatalogueGenerator {

  /** When generated records are dated; fixed, so that the output does not depend on the day. */
  static final OffsetDateTime EPOCH = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  /** Published offerings per supplier, on average. */
  static final int OFFERINGS_PER_SUPPLIER = 5;

  /** Drafts and retired offerings on top of the published ones, in percent of them. */
  static final int UNPUBLISHED_PERCENT = 5;

  private static final Weighted<String> EU_COUNTRIES =
      Weighted.of(
          "DE", 22, "FR", 17, "NL", 8, "ES", 6, "IT", 6, "SE", 4, "PL", 4, "BE", 3, "AT", 3, "FI",
          3, "DK", 3, "IE", 3, "PT", 2, "CZ", 2, "RO", 1, "GR", 1, "HU", 1, "LU", 1, "EE", 1, "LT",
          1, "SI", 1);

  /** The kinds of supplier, by where control sits; the shares add up to 100. */
  private enum Kind {
    EU(70),
    EEA_NON_EU(2),
    EU_SUBSIDIARY_OF_US(5),
    US(12),
    CN(3),
    UK(5),
    CH(3);

    final int share;

    Kind(int share) {
      this.share = share;
    }
  }

  private static final Weighted<Kind> KINDS = Weighted.ofEnum(Kind.values(), k -> k.share);

  private static final Weighted<Category> CATEGORIES =
      Weighted.of(
          Category.LLM_API,
          22,
          Category.HOSTED_OPEN_MODEL,
          12,
          Category.AI_PLATFORM,
          15,
          Category.GPU_COMPUTE,
          12,
          Category.AI_CHIP,
          3,
          Category.SPEECH,
          8,
          Category.VISION,
          8,
          Category.PROFESSIONAL_SERVICES,
          20);

  private static final Weighted<String> OPEN_LICENCES =
      Weighted.of(
          "Apache-2.0",
          50,
          "MIT",
          15,
          "CC-BY-4.0",
          5,
          "LicenseRef-Llama-3.3",
          15,
          "LicenseRef-Gemma",
          8,
          "CC-BY-NC-4.0",
          7);

  private static final Weighted<String> HARDWARE_COUNTRIES =
      Weighted.of("US", 70, "TW", 8, "NL", 6, "FR", 4, "DE", 4, "KR", 3, "CN", 3, "GB", 2);

  private static final Weighted<String> OTHER_LANGUAGES =
      Weighted.of(
          "de", 20, "fr", 18, "es", 12, "it", 10, "nl", 8, "pl", 6, "sv", 4, "pt", 4, "da", 3, "fi",
          3, "cs", 3, "ro", 2, "el", 2, "hu", 2, "uk", 2, "ja", 1, "zh", 1);

  private static final String[] NAME_STARTS = {
    "Aur", "Bel", "Cor", "Dal", "Eri", "Fen", "Gal", "Hel", "Ist", "Jor", "Kal", "Lum", "Mar",
    "Nor", "Or", "Pol", "Quin", "Rho", "Sil", "Tar", "Ul", "Ver", "Wen", "Xan", "Yl", "Zel"
  };
  private static final String[] NAME_ENDS = {
    "ix", "ora", "ent", "ium", "ara", "is", "on", "eo", "ant", "ys", "ica", "ode", "ane", "ivo"
  };
  private static final String[] LEGAL_FORMS = {
    "GmbH", "SAS", "B.V.", "S.L.", "S.r.l.", "AB", "sp. z o.o.", "SA", "Oy", "ApS", "Ltd", "AG"
  };

  private final long seed;

  public CatalogueGenerator(long seed) {
    this.seed = seed;
  }

  /** {@code published} published offerings, a few unpublished ones, and their suppliers. */
  public GeneratedCatalogue generate(int published) {
    SplittableRandom random = new SplittableRandom(seed);
    int supplierCount = Math.max(1, published / OFFERINGS_PER_SUPPLIER);
    List<Rows.Supplier> suppliers = new ArrayList<>(supplierCount);
    for (int i = 0; i < supplierCount; i++) {
      suppliers.add(supplier(random, i));
    }
    int unpublished = (int) ((long) published * UNPUBLISHED_PERCENT / 100);
    List<Rows.Offering> offerings = new ArrayList<>(published + unpublished);
    for (int i = 0; i < published + unpublished; i++) {
      Rows.Supplier supplier = suppliers.get(random.nextInt(supplierCount));
      OfferingStatus status =
          i < published
              ? OfferingStatus.PUBLISHED
              : random.nextInt(2) == 0 ? OfferingStatus.DRAFT : OfferingStatus.RETIRED;
      offerings.add(offering(random, i, supplier, status));
    }
    return new GeneratedCatalogue(seed, suppliers, offerings);
  }

  private Rows.Supplier supplier(SplittableRandom random, int number) {
    UUID id = uuid(random);
    Kind kind = KINDS.pick(random);
    String hq;
    String control;
    int nonEuOwnership;
    Set<ExtraterritorialLaw> laws = EnumSet.noneOf(ExtraterritorialLaw.class);
    EuPresence presence;
    boolean sme;
    String controllingEntity;
    String name = name(random);
    switch (kind) {
      case EU -> {
        hq = EU_COUNTRIES.pick(random);
        control = hq;
        nonEuOwnership = random.nextInt(10) < 8 ? random.nextInt(25) : 25 + random.nextInt(30);
        presence = random.nextInt(10) < 9 ? EuPresence.FULL : EuPresence.PARTIAL;
        sme = random.nextInt(100) < 75;
        controllingEntity = name + " founders and investors";
      }
      case EEA_NON_EU -> {
        hq = random.nextInt(3) == 0 ? "IS" : "NO";
        control = hq;
        nonEuOwnership = random.nextInt(20);
        presence = EuPresence.FULL;
        sme = random.nextInt(100) < 70;
        controllingEntity = name + " founders";
      }
      case EU_SUBSIDIARY_OF_US -> {
        hq = random.nextInt(2) == 0 ? "IE" : EU_COUNTRIES.pick(random);
        control = "US";
        nonEuOwnership = 100;
        laws.add(ExtraterritorialLaw.US_CLOUD_ACT);
        if (random.nextInt(2) == 0) {
          laws.add(ExtraterritorialLaw.US_FISA_702);
        }
        presence = EuPresence.FULL;
        sme = false;
        controllingEntity = name + " Holdings Inc.";
      }
      case US -> {
        hq = "US";
        control = "US";
        nonEuOwnership = 100;
        laws.add(ExtraterritorialLaw.US_CLOUD_ACT);
        laws.add(ExtraterritorialLaw.US_FISA_702);
        if (random.nextInt(3) == 0) {
          laws.add(ExtraterritorialLaw.US_EO_12333);
        }
        presence = random.nextInt(3) == 0 ? EuPresence.NONE : EuPresence.PARTIAL;
        sme = random.nextInt(100) < 20;
        controllingEntity = name + " Inc.";
      }
      case CN -> {
        hq = "CN";
        control = "CN";
        nonEuOwnership = 100;
        laws.add(ExtraterritorialLaw.CN_NATIONAL_INTELLIGENCE_LAW);
        laws.add(ExtraterritorialLaw.CN_DATA_SECURITY_LAW);
        presence = random.nextInt(4) == 0 ? EuPresence.PARTIAL : EuPresence.NONE;
        sme = random.nextInt(100) < 30;
        controllingEntity = name + " Technology Co., Ltd.";
      }
      case UK -> {
        hq = "GB";
        control = "GB";
        nonEuOwnership = 100;
        if (random.nextInt(2) == 0) {
          laws.add(ExtraterritorialLaw.UK_INVESTIGATORY_POWERS_ACT);
        }
        presence = random.nextInt(2) == 0 ? EuPresence.PARTIAL : EuPresence.NONE;
        sme = random.nextInt(100) < 60;
        controllingEntity = name + " Ltd";
      }
      case CH -> {
        hq = "CH";
        control = "CH";
        nonEuOwnership = 100;
        presence = EuPresence.PARTIAL;
        sme = random.nextInt(100) < 60;
        controllingEntity = name + " AG";
      }
      default -> throw new IllegalStateException("Unknown kind " + kind);
    }
    OffsetDateTime created = EPOCH.minusDays(random.nextInt(700));
    List<Rows.Claim> claims = new ArrayList<>();
    for (ClaimAttribute attribute : ClaimAttribute.values()) {
      if (attribute.supplierLevel()) {
        claims.add(claim(random, attribute, created, kind == Kind.EU ? 35 : 15));
      }
    }
    return new Rows.Supplier(
        id,
        name + " " + LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)],
        "BENCH-" + seed + "-" + number,
        hq,
        "https://" + name.toLowerCase(java.util.Locale.ROOT) + number + ".example",
        hq,
        controllingEntity,
        control,
        nonEuOwnership,
        laws,
        presence,
        sme,
        created,
        claims);
  }

  private Rows.Offering offering(
      SplittableRandom random, int number, Rows.Supplier supplier, OfferingStatus status) {
    UUID id = uuid(random);
    Category category = CATEGORIES.pick(random);
    boolean foreign = !Countries.isEea(supplier.controlCountry());
    String home = supplier.headquartersCountry();

    Set<DeploymentModel> deployment = EnumSet.noneOf(DeploymentModel.class);
    if (category == Category.AI_CHIP) {
      deployment.add(DeploymentModel.ON_PREMISES);
    } else if (category == Category.PROFESSIONAL_SERVICES) {
      deployment.add(random.nextInt(2) == 0 ? DeploymentModel.ON_PREMISES : DeploymentModel.SAAS);
    } else {
      if (random.nextInt(100) < 85) {
        deployment.add(DeploymentModel.SAAS);
      }
      if (random.nextInt(100) < 30) {
        deployment.add(DeploymentModel.DEDICATED_CLOUD);
      }
      if (random.nextInt(100) < (foreign ? 8 : 22)) {
        deployment.add(DeploymentModel.ON_PREMISES);
      }
      if (random.nextInt(100) < 4) {
        deployment.add(DeploymentModel.AIR_GAPPED);
      }
      if (deployment.isEmpty()) {
        deployment.add(DeploymentModel.SAAS);
      }
    }

    Set<String> storage = new TreeSet<>();
    Set<String> processing = new TreeSet<>();
    if (category != Category.AI_CHIP) {
      if (!foreign) {
        storage.add(Countries.isEea(home) ? home : EU_COUNTRIES.pick(random));
        if (random.nextInt(100) < 30) {
          storage.add(EU_COUNTRIES.pick(random));
        }
        processing.addAll(storage);
        if (random.nextInt(100) < 6) {
          processing.add("US");
        }
      } else {
        String controller = supplier.controlCountry();
        if (random.nextInt(100) < (controller.equals("US") ? 55 : 25)) {
          storage.add(random.nextInt(2) == 0 ? "IE" : random.nextInt(2) == 0 ? "DE" : "NL");
          processing.addAll(storage);
          if (random.nextInt(100) < 40) {
            processing.add(controller);
          }
        } else {
          storage.add(controller);
          processing.add(controller);
          if (random.nextInt(100) < 30) {
            storage.add("IE");
          }
        }
      }
    }

    Set<String> support = new TreeSet<>();
    if (!foreign || Countries.isEea(home)) {
      support.add(home);
      if (random.nextInt(100) < 25) {
        support.add(EU_COUNTRIES.pick(random));
      }
    } else {
      support.add(supplier.controlCountry());
      if (random.nextInt(100) < 50) {
        support.add("IE");
      }
    }

    Set<String> languages = new TreeSet<>();
    if (random.nextInt(100) < 95) {
      languages.add("en");
    }
    String homeLanguage = homeLanguage(home);
    if (homeLanguage != null) {
      languages.add(homeLanguage);
    }
    int extra = category == Category.LLM_API || category == Category.SPEECH ? 5 : 2;
    for (int i = random.nextInt(extra + 1); i > 0; i--) {
      languages.add(OTHER_LANGUAGES.pick(random));
    }

    boolean model =
        category == Category.LLM_API
            || category == Category.HOSTED_OPEN_MODEL
            || category == Category.SPEECH
            || category == Category.VISION;
    boolean openWeights =
        category == Category.HOSTED_OPEN_MODEL
            ? random.nextInt(100) < 90
            : model && random.nextInt(100) < (foreign ? 15 : 40);
    String licence = null;
    if (openWeights) {
      licence = OPEN_LICENCES.pick(random);
    } else if (category == Category.AI_PLATFORM && random.nextInt(100) < 25) {
      licence = random.nextInt(2) == 0 ? "Apache-2.0" : "AGPL-3.0-only";
    }

    Set<Certification> certifications = EnumSet.noneOf(Certification.class);
    if (random.nextInt(100) < (foreign ? 80 : 50)) {
      certifications.add(Certification.ISO_27001);
    }
    if (random.nextInt(100) < (supplier.controlCountry().equals("US") ? 85 : 15)) {
      certifications.add(Certification.SOC_2);
    }
    if (random.nextInt(100) < 10) {
      certifications.add(Certification.ISO_42001);
    }
    if (random.nextInt(100)
        < (home.equals("DE") ? 30 : supplier.controlCountry().equals("US") ? 40 : 5)) {
      certifications.add(Certification.BSI_C5);
    }
    if (home.equals("FR") && !foreign && random.nextInt(100) < 10) {
      certifications.add(Certification.SECNUMCLOUD);
    }
    int eucs = random.nextInt(100);
    if (eucs < 6) {
      certifications.add(
          eucs < 3
              ? Certification.EUCS_BASIC
              : eucs < 5 ? Certification.EUCS_SUBSTANTIAL : Certification.EUCS_HIGH);
    }
    int gaiax = random.nextInt(100);
    if (!foreign && gaiax < 12) {
      certifications.add(
          gaiax < 5
              ? Certification.GAIAX_STANDARD_COMPLIANCE
              : gaiax < 9
                  ? Certification.GAIAX_LABEL_1
                  : gaiax < 11 ? Certification.GAIAX_LABEL_2 : Certification.GAIAX_LABEL_3);
    }

    PricingModel pricing = pricing(category, random);
    BigDecimal price = random.nextInt(100) < 8 ? null : price(category, pricing, random);
    String hardware = random.nextInt(100) < 15 ? null : HARDWARE_COUNTRIES.pick(random);
    Integer renewable = random.nextInt(100) < 45 ? null : 20 + random.nextInt(81);
    BigDecimal pue =
        renewable == null || random.nextInt(3) == 0
            ? null
            : BigDecimal.valueOf(105 + random.nextInt(50), 2);
    OffsetDateTime created = supplier.createdAt().plusDays(random.nextInt(300));

    List<Rows.Claim> claims = new ArrayList<>();
    for (ClaimAttribute attribute : ClaimAttribute.values()) {
      if (!attribute.supplierLevel()) {
        claims.add(claim(random, attribute, created, foreign ? 15 : 30));
      }
    }
    String productName = name(random) + " " + productWord(category) + " " + (1 + number % 9);
    return new Rows.Offering(
        id,
        supplier.id(),
        productName,
        productWord(category)
            + " by "
            + supplier.legalName()
            + ", generated for benchmarks; not a real product.",
        category,
        deployment,
        storage,
        processing,
        support,
        languages,
        openWeights,
        licence,
        certifications,
        pricing,
        price,
        price == null ? null : unit(pricing),
        hardware,
        renewable,
        pue,
        status,
        created,
        claims);
  }

  private static Rows.Claim claim(
      SplittableRandom random,
      ClaimAttribute attribute,
      OffsetDateTime since,
      int verifiedPercent) {
    UUID id = uuid(random);
    if (random.nextInt(100) >= verifiedPercent) {
      return new Rows.Claim(id, attribute, ClaimStatus.DECLARED, null, null, null, null, since);
    }
    OffsetDateTime verifiedAt = since.plusDays(30 + random.nextInt(200));
    // A few verifications have lapsed: they no longer count, as after a real expiry.
    OffsetDateTime expiresAt =
        random.nextInt(100) < 5
            ? OffsetDateTime.of(2025, 6, 30, 0, 0, 0, 0, ZoneOffset.UTC)
            : OffsetDateTime.of(2028 + random.nextInt(2), 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);
    return new Rows.Claim(
        id,
        attribute,
        ClaimStatus.VERIFIED,
        "https://evidence.example/" + id,
        "admin",
        verifiedAt,
        expiresAt,
        verifiedAt);
  }

  private static PricingModel pricing(Category category, SplittableRandom random) {
    return switch (category) {
      case LLM_API, HOSTED_OPEN_MODEL ->
          random.nextInt(10) < 8 ? PricingModel.PER_TOKEN : PricingModel.SUBSCRIPTION;
      case SPEECH -> random.nextInt(2) == 0 ? PricingModel.PER_MINUTE : PricingModel.PER_CHARACTER;
      case VISION -> random.nextInt(2) == 0 ? PricingModel.PER_UNIT : PricingModel.SUBSCRIPTION;
      case GPU_COMPUTE -> PricingModel.PER_HOUR;
      case AI_CHIP -> PricingModel.PER_UNIT;
      case AI_PLATFORM -> random.nextInt(4) == 0 ? PricingModel.LICENCE : PricingModel.SUBSCRIPTION;
      case PROFESSIONAL_SERVICES -> PricingModel.PROJECT;
    };
  }

  /** A log-normal list price around the pricing model's typical one, to two significant digits. */
  private static BigDecimal price(
      Category category, PricingModel pricing, SplittableRandom random) {
    double typical =
        switch (pricing) {
          case PER_TOKEN -> 2.0; // per million tokens
          case PER_CHARACTER -> 15.0; // per million characters
          case PER_MINUTE -> 0.02;
          case PER_HOUR -> category == Category.GPU_COMPUTE ? 2.5 : 100;
          case SUBSCRIPTION -> 400;
          case LICENCE -> 20_000;
          case PER_UNIT -> category == Category.AI_CHIP ? 15_000 : 0.002;
          case PROJECT -> 60_000;
        };
    double gaussian = gaussian(random);
    double value = typical * Math.exp(0.8 * gaussian);
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_UP));
    // The column keeps four decimals; tiny per-unit prices stay above zero.
    BigDecimal stored = rounded.setScale(4, RoundingMode.HALF_UP);
    return stored.signum() == 0 ? new BigDecimal("0.0001") : stored.stripTrailingZeros();
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller from two uniform draws; SplittableRandom has no nextGaussian on Java 17.
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  private static String unit(PricingModel pricing) {
    return switch (pricing) {
      case PER_TOKEN -> "per 1M tokens";
      case PER_CHARACTER -> "per 1M characters";
      case PER_MINUTE -> "per minute";
      case PER_HOUR -> "per hour";
      case SUBSCRIPTION -> "per month";
      case LICENCE -> "per year";
      case PER_UNIT -> "per unit";
      case PROJECT -> "per project";
    };
  }

  private static String productWord(Category category) {
    return switch (category) {
      case LLM_API -> "LLM API";
      case HOSTED_OPEN_MODEL -> "Hosted Model";
      case AI_PLATFORM -> "AI Platform";
      case GPU_COMPUTE -> "GPU Cloud";
      case AI_CHIP -> "Accelerator";
      case SPEECH -> "Speech";
      case VISION -> "Vision";
      case PROFESSIONAL_SERVICES -> "AI Services";
    };
  }

  static String homeLanguage(String country) {
    return switch (country) {
      case "DE", "AT", "LI" -> "de";
      case "FR", "LU" -> "fr";
      case "BE" -> "nl";
      case "NL" -> "nl";
      case "ES" -> "es";
      case "IT" -> "it";
      case "SE" -> "sv";
      case "PL" -> "pl";
      case "FI" -> "fi";
      case "DK" -> "da";
      case "PT" -> "pt";
      case "CZ" -> "cs";
      case "RO" -> "ro";
      case "GR" -> "el";
      case "HU" -> "hu";
      case "EE" -> "et";
      case "LT" -> "lt";
      case "SI" -> "sl";
      case "NO" -> "no";
      case "IS" -> "is";
      case "CN" -> "zh";
      case "CH" -> "de";
      default -> null;
    };
  }

  private static String name(SplittableRandom random) {
    return NAME_STARTS[random.nextInt(NAME_STARTS.length)]
        + NAME_ENDS[random.nextInt(NAME_ENDS.length)];
  }

  /** A version 4 UUID from the seeded stream. */
  static UUID uuid(SplittableRandom random) {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }
}
