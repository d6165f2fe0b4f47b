package eu.aimarket.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.aimarket.catalog.sovereignty.SovereigntyAssessment;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Facet counts are disjunctive: each facet counts with every filter but its own applied. */
class CatalogFacetsTest {

  private static OfferingView offering(
      Category category,
      String hq,
      List<String> storage,
      boolean openWeights,
      List<String> languages,
      List<Certification> certifications,
      double score) {
    return new OfferingView(
        UUID.randomUUID(),
        new SupplierSummary(
            UUID.randomUUID(), "Supplier", hq, hq, "Parent", 0, List.of(), EuPresence.FULL, false),
        "Offering",
        "Description",
        category,
        List.of(DeploymentModel.SAAS),
        storage,
        storage,
        List.of(),
        languages,
        openWeights,
        null,
        certifications,
        PricingModel.PER_TOKEN,
        null,
        null,
        null,
        null,
        null,
        OfferingStatus.PUBLISHED,
        0,
        null,
        null,
        List.of(),
        new SovereigntyAssessment(score, 1, false, List.of()));
  }

  private static final List<OfferingView> CATALOGUE =
      List.of(
          offering(Category.LLM_API, "FR", List.of("FR"), true, List.of("fr", "en"), List.of(), 70),
          offering(
              Category.LLM_API,
              "DE",
              List.of("DE", "FR"),
              false,
              List.of("de"),
              List.of(Certification.ISO_27001),
              55),
          offering(Category.GPU_COMPUTE, "DE", List.of("DE"), false, List.of(), List.of(), 45),
          offering(Category.LLM_API, "US", List.of("US"), false, List.of("en"), List.of(), 20),
          offering(Category.SPEECH, "NO", List.of("NO"), true, List.of("en"), List.of(), 62));

  private static CatalogSearch search(String category, String dataIn, String minScore) {
    return CatalogSearch.parse(
        new OfferingQuery(null, category, null, dataIn, null, null, null, null),
        minScore,
        null,
        null);
  }

  private final CatalogFacets facets = new CatalogFacets();

  @Test
  void withoutFiltersEveryFacetCountsTheWholeCatalogue() {
    FacetCounts counts = facets.count(CATALOGUE, search(null, null, null));
    assertEquals(5, counts.total());
    assertEquals(3, counts.categories().get(Category.LLM_API));
    assertEquals(0, counts.categories().get(Category.VISION));
    assertEquals(List.of("DE", "FR", "NO", "US"), List.copyOf(counts.headquarters().keySet()));
    assertEquals(2, counts.headquarters().get("DE"));
    assertEquals(3, counts.dataLocations().get("EU"));
    assertEquals(4, counts.dataLocations().get("EEA"));
    assertEquals(1, counts.dataLocations().get("FR"), "only data in France alone counts for FR");
    assertEquals(2, counts.openWeights());
    assertEquals(3, counts.languages().get("en"));
    assertEquals(1, counts.certifications().get(Certification.ISO_27001));
    assertEquals(2, counts.minScores().get(60));
  }

  @Test
  void aFacetIgnoresItsOwnFilterButHonoursTheOthers() {
    FacetCounts counts = facets.count(CATALOGUE, search("LLM_API", "EU", null));
    assertEquals(2, counts.total(), "LLM APIs with data in the EU");
    assertEquals(
        2, counts.categories().get(Category.LLM_API), "categories count within data in the EU");
    assertEquals(1, counts.categories().get(Category.GPU_COMPUTE));
    assertEquals(0, counts.categories().get(Category.SPEECH), "Norway is EEA, not EU");
    assertEquals(2, counts.dataLocations().get("EU"), "locations count within LLM APIs");
    assertEquals(2, counts.dataLocations().get("EEA"), "the US offering is outside the EEA");
  }

  @Test
  void theMinimumScoreNarrowsTheOtherFacetsAndCountsEachThreshold() {
    FacetCounts counts = facets.count(CATALOGUE, search(null, null, "60"));
    assertEquals(2, counts.total());
    assertEquals(1, counts.categories().get(Category.LLM_API));
    assertEquals(1, counts.categories().get(Category.SPEECH));
    assertEquals(4, counts.minScores().get(40), "thresholds ignore the chosen minimum");
    assertEquals(1, counts.minScores().get(70));
    assertEquals(Set.of("FR", "NO"), counts.headquarters().keySet());
  }
}
