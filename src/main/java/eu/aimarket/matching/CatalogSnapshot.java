package eu.aimarket.matching;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.OfferingView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An immutable picture of the published catalogue at one catalogue version: candidates in a stable
 * order (offering id), indexed by category. Work that depends only on the catalogue and a policy
 * version (request-independent rules) is computed once and kept with the snapshot.
 */
public final class CatalogSnapshot {

  private final long catalogVersion;
  private final Candidate[] candidates;
  private final int[][] byCategory;
  private final Map<UUID, Candidate> byId;
  private final CandidateColumns columns;
  private final List<OfferingView> views;
  private final Map<String, Object> perPolicy = new ConcurrentHashMap<>();

  private CatalogSnapshot(long catalogVersion, Candidate[] candidates) {
    this.catalogVersion = catalogVersion;
    this.candidates = candidates;
    Category[] categories = Category.values();
    List<List<Integer>> lists = new ArrayList<>();
    for (int i = 0; i < categories.length; i++) {
      lists.add(new ArrayList<>());
    }
    Map<UUID, Candidate> ids = new java.util.HashMap<>();
    for (Candidate candidate : candidates) {
      lists.get(candidate.category).add(candidate.index);
      ids.put(candidate.view.id(), candidate);
    }
    this.byCategory = new int[categories.length][];
    for (int i = 0; i < categories.length; i++) {
      byCategory[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    this.byId = Map.copyOf(ids);
    this.columns = new CandidateColumns(candidates);
    OfferingView[] inOrder = new OfferingView[candidates.length];
    for (Candidate candidate : candidates) {
      inOrder[candidate.index] = candidate.view;
    }
    this.views = List.of(inOrder);
  }

  public static CatalogSnapshot of(long catalogVersion, List<OfferingView> published) {
    Builder builder = new Builder(catalogVersion);
    published.forEach(builder::add);
    return builder.build();
  }

  /**
   * Takes the published offerings one at a time, as they are read, so a large catalogue is never
   * held twice: each view is reduced to its shared values as it arrives, and what was read to make
   * it can be collected at once.
   */
  public static final class Builder {

    private final long catalogVersion;
    private final SharedValues shared = new SharedValues();
    private final List<OfferingView> views = new ArrayList<>();

    public Builder(long catalogVersion) {
      this.catalogVersion = catalogVersion;
    }

    public void add(OfferingView published) {
      views.add(shared.offering(published));
    }

    public CatalogSnapshot build() {
      views.sort(Comparator.comparing(OfferingView::id));
      Candidate[] candidates = new Candidate[views.size()];
      for (int i = 0; i < candidates.length; i++) {
        candidates[i] = new Candidate(views.get(i), i);
      }
      return new CatalogSnapshot(catalogVersion, candidates);
    }
  }

  public long catalogVersion() {
    return catalogVersion;
  }

  public int size() {
    return candidates.length;
  }

  /** The published offerings in the snapshot's order (by id); an immutable list kept with it. */
  public List<OfferingView> offerings() {
    return views;
  }

  Candidate candidate(int index) {
    return candidates[index];
  }

  /** The candidates' attributes as the ranking loop reads them, one array per attribute. */
  CandidateColumns columns() {
    return columns;
  }

  Candidate candidate(UUID offeringId) {
    return byId.get(offeringId);
  }

  int[] inCategory(Category category) {
    return byCategory[category.ordinal()];
  }

  /**
   * Evaluates on this snapshot the published policy versions that rankings evaluated on {@code
   * previous}, so that the first rankings after a catalogue change do not pay for it.
   */
  void preparePoliciesOf(CatalogSnapshot previous) {
    for (Object prepared : previous.perPolicy.values()) {
      if (prepared instanceof PolicyEvaluation evaluation) {
        PolicyEvaluation.of(this, evaluation.policy, true);
      }
    }
  }

  /** Per-policy-version precomputation, made once per snapshot and kept while it lives. */
  @SuppressWarnings("unchecked")
  <T> T perPolicy(String key, Function<CatalogSnapshot, T> compute) {
    return (T) perPolicy.computeIfAbsent(key, k -> compute.apply(this));
  }
}
