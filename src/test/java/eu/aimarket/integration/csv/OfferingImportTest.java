package eu.aimarket.integration.csv;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.aimarket.catalog.OfferingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OfferingImportTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String HEADER =
      "name,description,category,deploymentModels,dataStorageCountries,languages,openWeights,"
          + "licence,pricingModel,priceEur,status";

  private static String row(String prefix, int i) {
    return "\"Bulk "
        + prefix
        + " "
        + i
        + "\",\"Imported offering "
        + i
        + ", with a comma\",LLM_API,SAAS|ON_PREMISES,DE|fr,de|EN,true,Apache-2.0,PER_TOKEN,1.25,"
        + "PUBLISHED";
  }

  /** 500 rows; {@code brokenRow} (from 1) gets {@code broken} in place of its category. */
  private static String file(String prefix, int brokenRow, String broken) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (int i = 1; i <= 500; i++) {
      String row = row(prefix, i);
      if (i == brokenRow) {
        row = row.replace(",LLM_API,", "," + broken + ",");
      }
      csv.append(row).append("\r\n");
    }
    return csv.toString();
  }

  private static JsonPath importing(String csv, boolean dryRun, int status) {
    return given()
        .contentType("text/csv; charset=UTF-8")
        .queryParam("dryRun", dryRun)
        .body(csv)
        .when()
        .post("/api/v1/offerings/import")
        .then()
        .statusCode(status)
        .extract()
        .jsonPath();
  }

  /** How many of Mistral's offerings (drafts included) carry this prefix, through the export. */
  private static int importedWith(String prefix) {
    String csv =
        given()
            .queryParam("supplierId", OfferingFixtures.MISTRAL.toString())
            .queryParam("q", "Bulk " + prefix)
            .when()
            .get("/api/v1/offerings.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return CsvReader.read(csv).size() - 1;
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void oneBadRowAmong500WritesNothingAndIsReportedWithLineAndColumn() {
    String prefix = UUID.randomUUID().toString();
    String csv = file(prefix, 345, "TOASTERS");

    JsonPath dryRun = importing(csv, true, 200);
    assertEquals(500, dryRun.getInt("rows"));
    assertEquals(499, dryRun.getInt("validRows"));
    assertEquals(1, dryRun.getList("errors").size());
    assertEquals(346, dryRun.getInt("errors[0].line"), "the header is line 1");
    assertEquals(3, dryRun.getInt("errors[0].column"));
    assertEquals("category", dryRun.getString("errors[0].field"));
    assertEquals(0, importedWith(prefix), "a dry run writes nothing");

    given()
        .contentType("text/csv")
        .body(csv)
        .when()
        .post("/api/v1/offerings/import")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("nothing was imported"))
        .body("errors", hasSize(1))
        .body("errors[0].line", equalTo(346))
        .body("errors[0].column", equalTo(3))
        .body("errors[0].field", equalTo("category"))
        .body("errors[0].message", containsString("LLM_API"));
    assertEquals(0, importedWith(prefix), "all or nothing");
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aCleanFileImportsAll500() {
    String prefix = UUID.randomUUID().toString();
    String csv = file(prefix, 0, null);

    assertEquals(true, importing(csv, true, 200).getBoolean("errors.isEmpty()"));
    JsonPath imported = importing(csv, false, 201);

    assertEquals(500, imported.getList("created").size());
    assertEquals(500, importedWith(prefix));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void eachRowIsValidatedLikeTheApiBodyAndEveryErrorIsListed() {
    String csv =
        HEADER
            + "\n"
            + row("v", 1).replace("DE|fr", "DE|XX")
            + "\n"
            + row("v", 2).replace("\"Bulk v 2\"", "\" \"")
            + "\n"
            + row("v", 3).replace(",true,", ",maybe,").replace(",1.25,", ",cheap,")
            + "\n"
            + row("v", 4)
            + ",extra\n";

    JsonPath report = importing(csv, true, 200);

    assertEquals(4, report.getInt("rows"));
    assertEquals(0, report.getInt("validRows"));
    List<Object> errors = report.getList("errors");
    assertEquals(5, errors.size(), errors.toString());
    assertEquals(2, report.getInt("errors[0].line"));
    assertEquals(5, report.getInt("errors[0].column"));
    assertEquals("dataStorageCountries", report.getString("errors[0].field"));
    assertEquals(true, report.getString("errors[0].message").startsWith("'XX'"));
    assertEquals(3, report.getInt("errors[1].line"));
    assertEquals(1, report.getInt("errors[1].column"));
    assertEquals("name", report.getString("errors[1].field"));
    assertEquals(4, report.getInt("errors[2].line"));
    assertEquals(7, report.getInt("errors[2].column"));
    assertEquals("openWeights", report.getString("errors[2].field"));
    assertEquals(10, report.getInt("errors[3].column"));
    assertEquals("priceEur", report.getString("errors[3].field"));
    assertEquals(5, report.getInt("errors[4].line"));
    assertEquals(12, report.getInt("errors[4].column"));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aBrokenHeaderOrQuoteIsReportedWhereItIs() {
    JsonPath unknown = importing("name,description,colour\nx,y,z\n", true, 200);
    assertEquals(1, unknown.getInt("errors[0].line"));
    assertEquals(3, unknown.getInt("errors[0].column"));
    assertEquals("colour", unknown.getString("errors[0].field"));
    assertEquals(
        List.of("category", "deploymentModels", "openWeights", "pricingModel"),
        unknown.getList("errors.findAll { it.column == null }.field"));

    JsonPath unclosed = importing(HEADER + "\n" + row("q", 1) + "\n\"open,", true, 200);
    assertEquals(3, unclosed.getInt("errors[0].line"));
    assertEquals(1, unclosed.getInt("errors[0].column"));

    JsonPath empty = importing("", true, 200);
    assertEquals(1, empty.getInt("errors[0].line"));
  }

  @Test
  void anonymousCallersMustSignIn() {
    given()
        .contentType("text/csv")
        .body(HEADER + "\n" + row("a", 1))
        .when()
        .post("/api/v1/offerings/import")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "supplier2", roles = "supplier")
  void aSupplierImportsOnlyIntoItsOwnCatalogue() {
    given()
        .contentType("text/csv")
        .queryParam("supplierId", OfferingFixtures.MISTRAL.toString())
        .body(HEADER + "\n" + row("b", 1))
        .when()
        .post("/api/v1/offerings/import")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    given()
        .contentType("application/json")
        .body("{}")
        .when()
        .post("/api/v1/offerings/import")
        .then()
        .statusCode(415)
        .contentType(PROBLEM);
    given()
        .contentType("text/csv")
        .queryParam("dryRun", "perhaps")
        .body(HEADER + "\n" + row("b", 1))
        .when()
        .post("/api/v1/offerings/import")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("dryRun"));
  }
}
