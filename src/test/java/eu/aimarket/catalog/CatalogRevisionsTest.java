package eu.aimarket.catalog;

import static eu.aimarket.catalog.OfferingFixtures.MISTRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogRevisionsTest {

  @Inject CatalogRevisions revisions;
  @Inject OfferingService offerings;
  @Inject ObjectMapper json;

  private OfferingData data(String name, String status) {
    Map<String, Object> body = OfferingFixtures.validOffering(name);
    body.put("status", status);
    return json.convertValue(body, OfferingData.class);
  }

  private Optional<OfferingView> at(long version, java.util.UUID id) {
    return revisions.publishedAt(version).stream().filter(o -> o.id().equals(id)).findFirst();
  }

  @Test
  void theCatalogueCanBeReadAsItWasAtEachVersion() {
    OfferingView created = offerings.create(MISTRAL, data("Historic v1", "PUBLISHED"));
    long first = revisions.currentVersion();
    offerings.update(created.id(), data("Historic v2", "PUBLISHED"), created.version());
    long second = revisions.currentVersion();
    offerings.retire(created.id(), null);
    long third = revisions.currentVersion();

    assertTrue(first < second && second < third, "every change takes a new catalogue version");
    assertEquals("Historic v1", at(first, created.id()).orElseThrow().name());
    assertEquals("Historic v2", at(second, created.id()).orElseThrow().name());
    assertTrue(
        at(third, created.id()).isEmpty(), "a retired offering leaves the published catalogue");
    assertTrue(at(first - 1, created.id()).isEmpty(), "it did not exist before it was created");
  }

  @Test
  void draftsAreNotPartOfThePublishedCatalogue() {
    OfferingView draft = offerings.create(MISTRAL, data("Unpublished idea", "DRAFT"));
    assertTrue(at(revisions.currentVersion(), draft.id()).isEmpty());
  }
}
