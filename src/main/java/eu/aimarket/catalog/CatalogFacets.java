package eu.aimarket.catalog;

import eu.aimarket.catalog.CatalogSearch.Facet;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Counts facet values for a catalogue search over a set of candidate offerings (those matching the
 * search text). It needs nothing but the offerings' views, so the same counting can run over the
 * matching engine's in-memory catalogue snapshot instead of a database read.
 */
@ApplicationScoped
public class CatalogFacets {

  /** The minimum-score choices the catalogue offers. */
  public static final List<Integer> SCORE_THRESHOLDS = List.of(40, 50, 60, 70, 80);

  public FacetCounts count(Collection<OfferingView> candidates, CatalogSearch search) {
    Map<Category, Long> categories = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      categories.put(category, 0L);
    }
    within(candidates, search, Facet.CATEGORY)
        .forEach(o -> categories.merge(o.category(), 1L, Long::sum));

    Map<String, Long> headquarters =
        byCountDescending(
            within(candidates, search, Facet.HEADQUARTERS)
                .map(o -> o.supplier().headquartersCountry()));

    List<OfferingView> located = within(candidates, search, Facet.DATA_LOCATION).toList();
    Map<String, Long> dataLocations = new LinkedHashMap<>();
    dataLocations.put("EU", located.stream().filter(o -> inRegion(o, "EU")).count());
    dataLocations.put("EEA", located.stream().filter(o -> inRegion(o, "EEA")).count());
    Set<String> countries = new TreeSet<>();
    located.forEach(o -> countries.addAll(o.dataStorageCountries()));
    Map<String, Long> singleCountry = new LinkedHashMap<>();
    for (String country : countries) {
      long count =
          located.stream().filter(o -> CatalogSearch.dataOnlyIn(o, Set.of(country))).count();
      if (count > 0) {
        singleCountry.put(country, count);
      }
    }
    dataLocations.putAll(sortedByCount(singleCountry));

    long openWeights =
        within(candidates, search, Facet.OPEN_WEIGHTS).filter(OfferingView::openWeights).count();

    Map<String, Long> languages =
        byCountDescending(
            within(candidates, search, Facet.LANGUAGE).flatMap(o -> o.languages().stream()));

    Map<Certification, Long> certifications = new EnumMap<>(Certification.class);
    for (Certification certification : Certification.values()) {
      certifications.put(certification, 0L);
    }
    within(candidates, search, Facet.CERTIFICATION)
        .flatMap(o -> o.certifications().stream())
        .forEach(c -> certifications.merge(c, 1L, Long::sum));

    List<OfferingView> scored = within(candidates, search, Facet.MIN_SCORE).toList();
    Map<Integer, Long> minScores = new LinkedHashMap<>();
    for (int threshold : SCORE_THRESHOLDS) {
      minScores.put(
          threshold, scored.stream().filter(o -> o.sovereignty().score() >= threshold).count());
    }

    long total = candidates.stream().filter(search::matches).count();
    return new FacetCounts(
        total,
        categories,
        headquarters,
        dataLocations,
        openWeights,
        languages,
        certifications,
        minScores);
  }

  private static Stream<OfferingView> within(
      Collection<OfferingView> candidates, CatalogSearch search, Facet ignored) {
    return candidates.stream().filter(o -> search.matchesExcept(o, ignored));
  }

  private static boolean inRegion(OfferingView offering, String region) {
    return CatalogSearch.dataOnlyIn(offering, OfferingFilter.region(region));
  }

  private static Map<String, Long> byCountDescending(Stream<String> values) {
    return sortedByCount(
        values
            .filter(v -> v != null)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
  }

  /** Most frequent first, then alphabetical, so the order is stable. */
  private static Map<String, Long> sortedByCount(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }
}
