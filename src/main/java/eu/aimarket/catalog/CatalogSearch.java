package eu.aimarket.catalog;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.QueryParams;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A search of the public catalogue as the catalogue page's URL holds it: the filters of {@link
 * OfferingQuery}, a minimum Sovereignty Score, an order and a page number. Validated on creation,
 * so a bad URL is a clear 400 naming the parameter.
 */
public record CatalogSearch(
    OfferingQuery query, OfferingFilter filter, Integer minScore, CatalogSort sort, int page) {

  /** One of the ways the catalogue can be narrowed; facet counts leave their own one out. */
  public enum Facet {
    CATEGORY,
    HEADQUARTERS,
    DATA_LOCATION,
    OPEN_WEIGHTS,
    LANGUAGE,
    CERTIFICATION,
    MIN_SCORE
  }

  public static CatalogSearch parse(
      OfferingQuery query, String minScore, String sort, String page) {
    Integer score = QueryParams.intValue("minScore", minScore);
    if (score != null && (score < 0 || score > 100)) {
      throw DomainException.invalid("minScore", "must be between 0 and 100");
    }
    Integer pageNumber = QueryParams.intValue("page", page);
    if (pageNumber != null && (pageNumber < 1 || pageNumber > 10_000)) {
      throw DomainException.invalid("page", "must be between 1 and 10000");
    }
    return new CatalogSearch(
        query,
        query.toFilter(null, Set.of(OfferingStatus.PUBLISHED)),
        score,
        CatalogSort.parse(sort),
        pageNumber == null ? 1 : pageNumber);
  }

  /** The same search with only the text: the candidates every facet is counted within. */
  public OfferingFilter textOnly() {
    return new OfferingFilter(
        null, null, null, null, null, null, filter.text(), null, filter.statuses());
  }

  public boolean matches(OfferingView offering) {
    return matchesExcept(offering, null);
  }

  /** Whether an offering passes every filter of this search except {@code ignored}. */
  public boolean matchesExcept(OfferingView offering, Facet ignored) {
    return (ignored == Facet.CATEGORY
            || filter.category() == null
            || offering.category() == filter.category())
        && (ignored == Facet.HEADQUARTERS
            || filter.hqCountry() == null
            || filter.hqCountry().equals(offering.supplier().headquartersCountry()))
        && (ignored == Facet.DATA_LOCATION
            || filter.dataIn() == null
            || dataOnlyIn(offering, OfferingFilter.region(filter.dataIn())))
        && (ignored == Facet.OPEN_WEIGHTS
            || filter.openWeights() == null
            || offering.openWeights() == filter.openWeights())
        && (ignored == Facet.LANGUAGE
            || filter.language() == null
            || offering.languages().contains(filter.language()))
        && (ignored == Facet.CERTIFICATION
            || filter.certification() == null
            || offering.certifications().contains(filter.certification()))
        && (ignored == Facet.MIN_SCORE
            || minScore == null
            || offering.sovereignty().score() >= minScore);
  }

  /** Stored somewhere, and stored and processed only inside {@code region}. */
  public static boolean dataOnlyIn(OfferingView offering, Collection<String> region) {
    return !offering.dataStorageCountries().isEmpty()
        && region.containsAll(offering.dataStorageCountries())
        && region.containsAll(offering.dataProcessingCountries());
  }

  /** This search at another page (1 for a changed search), as a relative URL of the catalogue. */
  public String url(int atPage) {
    Map<String, String> parameters = parameters();
    parameters.put("page", atPage <= 1 ? null : Integer.toString(atPage));
    return "/catalogue" + queryString(parameters);
  }

  /** This search in another order, from its first page. */
  public String urlSortedBy(CatalogSort order) {
    Map<String, String> parameters = parameters();
    parameters.put("sort", order == CatalogSort.RELEVANCE ? null : order.parameter());
    parameters.remove("page");
    return "/catalogue" + queryString(parameters);
  }

  private Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("q", query.q());
    parameters.put("category", query.category());
    parameters.put("hqCountry", query.hqCountry());
    parameters.put("dataIn", query.dataIn());
    parameters.put("openWeights", query.openWeights());
    parameters.put("language", query.language());
    parameters.put("certification", query.certification());
    parameters.put("minScore", minScore == null ? null : minScore.toString());
    parameters.put("sort", sort == CatalogSort.RELEVANCE ? null : sort.parameter());
    return parameters;
  }

  private static String queryString(Map<String, String> parameters) {
    String query =
        parameters.entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().isBlank())
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return query.isEmpty() ? "" : "?" + query;
  }
}
