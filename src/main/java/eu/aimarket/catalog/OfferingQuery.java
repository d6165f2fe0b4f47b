package eu.aimarket.catalog;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.QueryParams;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A catalogue search as it arrives in a URL (the API's query string or the catalogue page's), kept
 * as text so a page can echo it back; {@link #toFilter} validates it with clear messages.
 */
public record OfferingQuery(
    String q,
    String category,
    String hqCountry,
    String dataIn,
    String openWeights,
    String language,
    String certification,
    String cursor) {

  public OfferingFilter toFilter(UUID supplierId, Set<OfferingStatus> statuses) {
    return new OfferingFilter(
        QueryParams.enumValue("category", category, Category.class),
        country("hqCountry", hqCountry),
        region(dataIn),
        QueryParams.booleanValue("openWeights", openWeights),
        language(language),
        QueryParams.enumValue("certification", certification, Certification.class),
        QueryParams.text("q", q, 200),
        supplierId,
        statuses);
  }

  /** The same search at another cursor, as a relative URL of the given path. */
  public String url(String path, String atCursor) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("q", q);
    parameters.put("category", category);
    parameters.put("hqCountry", hqCountry);
    parameters.put("dataIn", dataIn);
    parameters.put("openWeights", openWeights);
    parameters.put("language", language);
    parameters.put("certification", certification);
    parameters.put("cursor", atCursor);
    String query =
        parameters.entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().isBlank())
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return query.isEmpty() ? path : path + "?" + query;
  }

  private static String country(String name, String value) {
    String code = QueryParams.text(name, value, 2);
    if (code == null) {
      return null;
    }
    code = code.toUpperCase(Locale.ROOT);
    if (!Countries.isKnown(code)) {
      throw DomainException.invalid(name, "is not an ISO 3166-1 alpha-2 country code");
    }
    return code;
  }

  private static String region(String value) {
    String region = QueryParams.text("dataIn", value, 3);
    if (region == null) {
      return null;
    }
    region = region.toUpperCase(Locale.ROOT);
    if (region.equals("EU") || region.equals("EEA") || Countries.isKnown(region)) {
      return region;
    }
    throw DomainException.invalid(
        "dataIn", "must be EU, EEA or an ISO 3166-1 alpha-2 country code");
  }

  private static String language(String value) {
    String code = QueryParams.text("language", value, 2);
    if (code == null) {
      return null;
    }
    code = code.toLowerCase(Locale.ROOT);
    if (!LanguageCode.Validator.isKnown(code)) {
      throw DomainException.invalid("language", "is not an ISO 639-1 language code");
    }
    return code;
  }
}
