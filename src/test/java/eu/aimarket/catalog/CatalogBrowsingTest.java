package eu.aimarket.catalog;

import static eu.aimarket.catalog.OfferingFixtures.MISTRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Catalogue searches answered from the in-memory catalogue agree with the database. */
@QuarkusTest
class CatalogBrowsingTest {

  @Inject OfferingService offerings;
  @Inject EntityManager entityManager;
  @Inject ObjectMapper json;

  @Test
  void ordersIdsAsPostgresqlDoes() {
    Random random = new Random(20261129);
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      ids.add(new UUID(random.nextLong(), random.nextLong()));
    }
    String array = ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    @SuppressWarnings("unchecked")
    List<Object> ordered =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    entityManager
                        .createNativeQuery(
                            "select cast(x as varchar) from unnest(cast(?1 as uuid[])) x order by x")
                        .setParameter(1, array)
                        .getResultList());
    List<UUID> byDatabase = ordered.stream().map(o -> UUID.fromString((String) o)).toList();

    List<UUID> inMemory = ids.stream().sorted(CatalogBrowsing.DATABASE_ID_ORDER).toList();

    assertEquals(byDatabase, inMemory);
  }

  @Test
  void aSearchFollowsTheCatalogueWhenAnOfferingChanges() {
    String unique = "Browsed" + UUID.randomUUID().toString().substring(0, 8);
    OfferingView created = offerings.create(MISTRAL, data(unique + " first", "PUBLISHED"));
    assertEquals(1, browse(unique).total());
    assertEquals(1, browse(unique).facets().total());

    offerings.update(
        created.id(), data("Renamed " + unique.toLowerCase(), "PUBLISHED"), created.version());
    assertEquals(1, browse(unique).total(), "found by the new name, case aside");
    assertEquals(0, browse(unique + " first").total(), "the old name no longer matches");

    offerings.retire(created.id(), null);
    assertEquals(0, browse(unique).total(), "a retired offering leaves the catalogue");
  }

  private CataloguePage browse(String text) {
    OfferingQuery query = new OfferingQuery(text, null, null, null, null, null, null, null);
    return offerings.browse(CatalogSearch.parse(query, null, null, null), 20);
  }

  private OfferingData data(String name, String status) {
    Map<String, Object> body = OfferingFixtures.validOffering(name);
    body.put("status", status);
    return json.convertValue(body, OfferingData.class);
  }
}
