package eu.aimarket.catalog.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.catalog.OfferingService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoCatalogLoaderTest {

  @Inject DemoCatalogLoader loader;
  @Inject OfferingService offerings;

  @Test
  void loadingAgainAddsNothing() {
    long before = offerings.countPublished();
    assertTrue(before >= 80);
    assertEquals(0, loader.load(DemoCatalogLoader.read()));
    assertEquals(before, offerings.countPublished());
  }
}
