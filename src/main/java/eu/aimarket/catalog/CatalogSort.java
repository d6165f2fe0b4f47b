package eu.aimarket.catalog;

import eu.aimarket.common.QueryParams;
import java.util.Comparator;
import java.util.Locale;

/** The orders a catalogue search can ask for. */
public enum CatalogSort {
  /** Best text match first (name, then supplier, then description), then the higher score. */
  RELEVANCE,
  /** Highest Sovereignty Score first. */
  SCORE,
  /** Alphabetical by offering name. */
  NAME;

  public static CatalogSort parse(String value) {
    CatalogSort sort = QueryParams.enumValue("sort", value, CatalogSort.class);
    return sort == null ? RELEVANCE : sort;
  }

  /** The lower-case name used in URLs. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A total order: ties always break on the offering id, so pages never overlap. */
  public Comparator<OfferingView> comparator(String text) {
    Comparator<OfferingView> byScore =
        Comparator.comparingDouble((OfferingView o) -> o.sovereignty().score()).reversed();
    Comparator<OfferingView> byName =
        Comparator.comparing((OfferingView o) -> o.name().toLowerCase(Locale.ROOT));
    Comparator<OfferingView> order =
        switch (this) {
          case RELEVANCE ->
              Comparator.comparingInt((OfferingView o) -> relevance(o, text))
                  .reversed()
                  .thenComparing(byScore)
                  .thenComparing(byName);
          case SCORE -> byScore.thenComparing(byName);
          case NAME -> byName.thenComparing(byScore);
        };
    return order.thenComparing(OfferingView::id);
  }

  /** How strongly an offering matches the search text: in its name, its supplier, its text. */
  static int relevance(OfferingView offering, String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    String needle = text.toLowerCase(Locale.ROOT);
    int relevance = 0;
    if (offering.name().toLowerCase(Locale.ROOT).contains(needle)) {
      relevance += 4;
    }
    String supplier = offering.supplier().name();
    if (supplier != null && supplier.toLowerCase(Locale.ROOT).contains(needle)) {
      relevance += 2;
    }
    if (offering.description().toLowerCase(Locale.ROOT).contains(needle)) {
      relevance += 1;
    }
    return relevance;
  }
}
