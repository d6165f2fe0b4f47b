package eu.aimarket.catalog;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * ISO 3166-1 alpha-2 countries with the memberships that sovereignty rules care about: the EU, the
 * EEA, and GDPR adequacy decisions (a separate attribute: the UK and Switzerland have adequacy but
 * are neither EU nor EEA).
 */
public final class Countries {

  /** The 27 member states of the European Union. */
  public static final Set<String> EU =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  /** The European Economic Area: the EU plus Iceland, Liechtenstein and Norway. */
  public static final Set<String> EEA =
      Set.copyOf(
          java.util.stream.Stream.concat(EU.stream(), java.util.stream.Stream.of("IS", "LI", "NO"))
              .toList());

  /**
   * Countries with a European Commission adequacy decision under the GDPR (the US one covers only
   * companies certified under the EU-US Data Privacy Framework, so it is listed separately).
   */
  public static final Set<String> GDPR_ADEQUATE =
      Set.of(
          "AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY", "BR");

  private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

  private Countries() {}

  public static boolean isKnown(String code) {
    return code != null && ISO_CODES.contains(code);
  }

  public static boolean isEu(String code) {
    return code != null && EU.contains(code);
  }

  public static boolean isEea(String code) {
    return code != null && EEA.contains(code);
  }

  /** Whether personal data may flow there without further safeguards: EEA or adequacy decision. */
  public static boolean hasGdprProtection(String code) {
    return code != null && (EEA.contains(code) || GDPR_ADEQUATE.contains(code));
  }

  public static boolean allIn(Collection<String> codes, Set<String> region) {
    return !codes.isEmpty() && codes.stream().allMatch(c -> c != null && region.contains(c));
  }

  public static String name(String code) {
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }

  public static String name(String code, Locale locale) {
    return new Locale("", code).getDisplayCountry(locale);
  }

  /** Every known country, sorted by code. */
  public static List<Country> all() {
    return Arrays.stream(Locale.getISOCountries())
        .sorted(Comparator.naturalOrder())
        .map(Countries::describe)
        .toList();
  }

  public static Country describe(String code) {
    return new Country(
        code, name(code), isEu(code), isEea(code), GDPR_ADEQUATE.contains(code) || isEea(code));
  }

  public static Set<String> unknownAmong(Collection<String> codes) {
    return codes.stream().filter(code -> !isKnown(code)).collect(Collectors.toSet());
  }

  /** A country as the reference API describes it. */
  public record Country(
      @Schema(example = "FR") String code,
      String name,
      boolean eu,
      boolean eea,
      boolean gdprAdequate) {}
}
