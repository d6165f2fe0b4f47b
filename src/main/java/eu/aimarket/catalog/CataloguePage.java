package eu.aimarket.catalog;

import java.util.List;

/** One page of a catalogue search with the facet counts of the whole search. */
public record CataloguePage(
    List<OfferingView> items, long total, int page, int pageSize, FacetCounts facets) {

  public int pageCount() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pageCount();
  }

  public int previousPage() {
    return Math.max(1, page - 1);
  }

  public int nextPage() {
    return page + 1;
  }

  /** The 1-based position of the first item on this page, for "21 to 40 of 93". */
  public long firstPosition() {
    return items.isEmpty() ? 0 : (long) (page - 1) * pageSize + 1;
  }

  public long lastPosition() {
    return items.isEmpty() ? 0 : firstPosition() + items.size() - 1;
  }
}
