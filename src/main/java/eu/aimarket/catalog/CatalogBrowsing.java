package eu.aimarket.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Catalogue searches answered from the in-memory published catalogue. A search (its filters,
 * minimum score, order, and the suppliers whose name matches its text) gives the same matches and
 * facet counts for as long as the catalogue version stays the same, so the last few searches are
 * remembered per version: paging through a search, or many people opening the same category, counts
 * the facets once instead of once per request.
 */
@ApplicationScoped
public class CatalogBrowsing {

  /** Searches remembered; a broad one holds a list of up to every published offering. */
  private static final int SEARCHES_KEPT = 32;

  private final PublishedCatalogue catalogue;
  private final CatalogFacets facets;
  private final Map<Key, Result> remembered =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Result> eldest) {
          return size() > SEARCHES_KEPT;
        }
      };

  CatalogBrowsing(PublishedCatalogue catalogue, CatalogFacets facets) {
    this.catalogue = catalogue;
    this.facets = facets;
  }

  /**
   * The published offerings that match a search, in its order, with the facet counts of the whole
   * search.
   *
   * @param namedSuppliers the suppliers whose name contains the search text (null without text)
   */
  public Result search(CatalogSearch search, Collection<UUID> namedSuppliers) {
    return remembered(search, search.sort(), true, namedSuppliers);
  }

  /**
   * The published offerings that match a filter, in the order the database keeps offering ids
   * (PostgreSQL compares UUIDs byte by byte, unsigned), for the API's keyset-paged listing: the
   * same pages and cursors as the database query gave.
   */
  public List<OfferingView> inIdOrder(OfferingFilter filter, Collection<UUID> namedSuppliers) {
    return remembered(new CatalogSearch(null, filter, null, null, 1), null, false, namedSuppliers)
        .matches();
  }

  /**
   * The published offerings that match a filter and a minimum score, in an order, without facet
   * counts: the API's searches ordered other than by id.
   */
  public List<OfferingView> sorted(
      OfferingFilter filter, Integer minScore, CatalogSort sort, Collection<UUID> namedSuppliers) {
    return remembered(
            new CatalogSearch(null, filter, minScore, sort, 1), sort, false, namedSuppliers)
        .matches();
  }

  /** Compares UUIDs as PostgreSQL orders them: both halves as unsigned numbers. */
  public static final Comparator<UUID> DATABASE_ID_ORDER =
      Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
          .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

  private Result remembered(
      CatalogSearch search, CatalogSort sort, boolean withFacets, Collection<UUID> namedSuppliers) {
    PublishedCatalogue.Published published = catalogue.current();
    Key key =
        new Key(
            published.catalogVersion(),
            search.filter(),
            search.minScore(),
            sort,
            withFacets,
            namedSuppliers == null ? null : Set.copyOf(namedSuppliers));
    synchronized (remembered) {
      Result known = remembered.get(key);
      if (known != null) {
        return known;
      }
    }
    // Computed outside the lock: two requests for the same new search may both compute it, which
    // is cheaper than making every other search wait behind one.
    Result result = compute(published.offerings(), search, sort, withFacets, key.namedSuppliers());
    synchronized (remembered) {
      remembered.put(key, result);
    }
    return result;
  }

  private Result compute(
      List<OfferingView> published,
      CatalogSearch search,
      CatalogSort sort,
      boolean withFacets,
      Set<UUID> namedSuppliers) {
    String text = search.filter().text();
    List<OfferingView> candidates =
        text == null
            ? published
            : published.stream().filter(o -> matchesText(o, text, namedSuppliers)).toList();
    FacetCounts counts = withFacets ? facets.count(candidates, search) : null;
    Comparator<OfferingView> order =
        sort == null
            ? Comparator.comparing(OfferingView::id, DATABASE_ID_ORDER)
            : sort.comparator(text);
    List<OfferingView> matches = candidates.stream().filter(search::matches).sorted(order).toList();
    return new Result(matches, counts);
  }

  /**
   * The search text as the database search reads it: in the offering's name or description, or in
   * its supplier's name (resolved by the organisations' owner, so a renamed supplier is found by
   * its new name at once).
   */
  static boolean matchesText(OfferingView offering, String text, Set<UUID> namedSuppliers) {
    String needle = text.toLowerCase(Locale.ROOT);
    return offering.name().toLowerCase(Locale.ROOT).contains(needle)
        || offering.description().toLowerCase(Locale.ROOT).contains(needle)
        || (namedSuppliers != null && namedSuppliers.contains(offering.supplier().id()));
  }

  /**
   * @param matches every offering of the search, in its order
   * @param facets the counts of the whole search, each facet without its own filter (null when not
   *     asked for)
   */
  public record Result(List<OfferingView> matches, FacetCounts facets) {}

  private record Key(
      long catalogVersion,
      OfferingFilter filter,
      Integer minScore,
      CatalogSort sort,
      boolean withFacets,
      Set<UUID> namedSuppliers) {}
}
