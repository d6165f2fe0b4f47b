package eu.aimarket.integration.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.catalog.OfferingData;
import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.catalog.demo.DemoCatalogLoader;
import eu.aimarket.demand.RequirementData;
import eu.aimarket.demand.RequirementFixtures;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.integration.csv.CsvReader;
import eu.aimarket.integration.csv.OfferingCsv;
import eu.aimarket.matching.MatchRunView;
import eu.aimarket.matching.MatchService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CsvExportTest {

  private static final String PROBLEM = "application/problem+json";

  @Inject OfferingService offerings;
  @Inject RequirementService requirements;
  @Inject MatchService matches;
  @Inject ObjectMapper json;

  private OfferingView offering(String name, String description) {
    Map<String, Object> body = OfferingFixtures.validOffering(name);
    body.put("description", description);
    return offerings.create(OfferingFixtures.MISTRAL, json.convertValue(body, OfferingData.class));
  }

  private MatchRunView run() {
    RequirementView requirement =
        requirements.create(
            DemoCatalogLoader.organisationId("gemeente-demo"),
            json.convertValue(
                RequirementFixtures.germanLlmInTheEu("CSV export"), RequirementData.class),
            "buyer");
    return matches.run(requirement, null, "buyer");
  }

  private static List<CsvReader.Record> csv(ExtractableResponse<Response> response) {
    assertEquals(200, response.statusCode());
    assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
    assertTrue(response.contentType().toLowerCase().contains("charset=utf-8"));
    return CsvReader.read(new String(response.asByteArray(), StandardCharsets.UTF_8));
  }

  @Test
  void theCatalogueExportIsRfc4180WithAHeaderAndSurvivesCommasQuotesLineBreaksAndUmlauts() {
    String tag = UUID.randomUUID().toString();
    String description = "Für Behörden, \"souverän\"\nzweite Zeile";
    OfferingView tricky = offering("Export " + tag, description);
    offering("=cmd Export " + tag, "A name a spreadsheet would run");

    List<CsvReader.Record> rows =
        csv(given().queryParam("q", tag).when().get("/api/v1/offerings.csv").then().extract());

    assertEquals(OfferingCsv.exportHeader(), rows.get(0).fields());
    assertEquals(3, rows.size(), "header and two offerings");
    List<String> first =
        rows.stream()
            .filter(r -> r.fields().get(0).equals(tricky.id().toString()))
            .findFirst()
            .orElseThrow()
            .fields();
    int name = OfferingCsv.exportHeader().indexOf("name");
    assertEquals("Export " + tag, first.get(name));
    assertEquals(description, first.get(name + 1));
    assertEquals(
        "SAAS|ON_PREMISES", first.get(OfferingCsv.exportHeader().indexOf("deploymentModels")));
    assertTrue(
        rows.stream().anyMatch(r -> r.fields().get(name).equals("'=cmd Export " + tag)),
        "formula defused");
  }

  @Test
  void theCatalogueExportTakesTheListsFilters() {
    given()
        .queryParam("category", "TOASTERS")
        .when()
        .get("/api/v1/offerings.csv")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    List<CsvReader.Record> rows =
        csv(
            given()
                .queryParam("category", "AI_CHIP")
                .when()
                .get("/api/v1/offerings.csv")
                .then()
                .extract());
    int category = OfferingCsv.exportHeader().indexOf("category");
    assertTrue(rows.size() > 1);
    assertTrue(rows.stream().skip(1).allMatch(r -> r.fields().get(category).equals("AI_CHIP")));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aMatchRunExportListsTheRankingWithItsTermsThenTheExclusions() {
    MatchRunView run = run();

    List<CsvReader.Record> rows =
        csv(given().when().get("/api/v1/match-runs/" + run.id() + ".csv").then().extract());

    assertEquals(MatchRunCsvResource.HEADER, rows.get(0).fields());
    assertEquals(1 + run.ranking().ranked().size() + run.ranking().excluded().size(), rows.size());
    List<String> best = rows.get(1).fields();
    assertEquals("1", best.get(0));
    assertEquals("ranked", best.get(1));
    assertEquals(run.ranking().ranked().get(0).offeringId().toString(), best.get(2));
    assertEquals(run.ranking().ranked().get(0).score().toPlainString(), best.get(10));
    assertTrue(best.get(11).contains(": "), best.get(11));
    List<String> lastRow = rows.get(rows.size() - 1).fields();
    assertEquals("excluded", lastRow.get(1));
    assertTrue(!lastRow.get(12).isBlank(), "an exclusion says why");
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void anotherOrganisationsMatchRunIsNotFound() {
    MatchRunView run = run();
    given()
        .when()
        .get("/api/v1/match-runs/" + run.id() + ".csv")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    given().when().get("/api/v1/match-runs/" + UUID.randomUUID() + ".csv").then().statusCode(404);
  }

  @Test
  void aMatchRunExportNeedsSignIn() {
    given()
        .when()
        .get("/api/v1/match-runs/" + UUID.randomUUID() + ".csv")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }
}
