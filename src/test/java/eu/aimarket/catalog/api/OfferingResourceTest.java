package eu.aimarket.catalog.api;

import static eu.aimarket.catalog.OfferingFixtures.ALEPH_ALPHA;
import static eu.aimarket.catalog.OfferingFixtures.GPT_NL_DRAFT;
import static eu.aimarket.catalog.OfferingFixtures.MISTRAL;
import static eu.aimarket.catalog.OfferingFixtures.MISTRAL_LARGE;
import static eu.aimarket.catalog.OfferingFixtures.MISTRAL_SMALL;
import static eu.aimarket.catalog.OfferingFixtures.validOffering;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.catalog.Countries;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OfferingResourceTest {

  private static final String PROBLEM = "application/problem+json";

  /** Follows nextCursor to the end and returns every item of the listing. */
  private static List<Map<String, Object>> listAll(String query) {
    List<Map<String, Object>> all = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request = given().queryParam("limit", 25);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page =
          request
              .when()
              .get("/api/v1/offerings" + query)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      all.addAll(page.getList("items"));
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null && pages < 100);
    return all;
  }

  private static long publishedCount() {
    return listAll("").size();
  }

  @Test
  void listsTheDemoCatalogueAcrossPagesWithSovereigntyForEveryOffering() {
    List<Map<String, Object>> offerings = listAll("");
    assertTrue(offerings.size() >= 80, "at least 80 offerings, got " + offerings.size());
    Set<Object> ids = new HashSet<>();
    Set<Object> countries = new HashSet<>();
    Set<Object> usControlledSuppliers = new HashSet<>();
    for (Map<String, Object> offering : offerings) {
      assertTrue(ids.add(offering.get("id")), "no offering appears twice across pages");
      @SuppressWarnings("unchecked")
      Map<String, Object> supplier = (Map<String, Object>) offering.get("supplier");
      countries.add(supplier.get("headquartersCountry"));
      if ("US".equals(supplier.get("controlCountry"))) {
        usControlledSuppliers.add(supplier.get("id"));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> sovereignty = (Map<String, Object>) offering.get("sovereignty");
      double score = ((Number) sovereignty.get("score")).doubleValue();
      assertTrue(score >= 0 && score <= 100, "score in 0..100");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> objectives =
          (List<Map<String, Object>>) sovereignty.get("objectives");
      assertEquals(8, objectives.size());
      for (int i = 0; i < 8; i++) {
        assertEquals("SOV-" + (i + 1), objectives.get(i).get("id"));
        int seal = (Integer) objectives.get(i).get("seal");
        assertTrue(seal >= 0 && seal <= 4, "seal in 0..4");
        assertFalse(
            ((List<?>) objectives.get(i).get("reasons")).isEmpty(), "every level has reasons");
      }
      assertEquals("PUBLISHED", offering.get("status"), "the public listing shows published only");
    }
    assertTrue(countries.size() >= 12, "suppliers from at least 12 countries: " + countries);
    assertTrue(usControlledSuppliers.size() >= 5, "at least 5 US-controlled suppliers");
  }

  @Test
  void filtersByCategoryLanguageAndDataLocation() {
    List<Map<String, Object>> found = listAll("?category=LLM_API&language=de&dataIn=EU");
    assertFalse(found.isEmpty());
    for (Map<String, Object> offering : found) {
      assertEquals("LLM_API", offering.get("category"));
      assertTrue(((List<?>) offering.get("languages")).contains("de"));
      for (Object country : (List<?>) offering.get("dataStorageCountries")) {
        assertTrue(Countries.isEu((String) country), "stored in the EU: " + country);
      }
      for (Object country : (List<?>) offering.get("dataProcessingCountries")) {
        assertTrue(Countries.isEu((String) country), "processed in the EU: " + country);
      }
    }
  }

  @Test
  void filtersByHeadquartersOpenWeightsCertificationAndText() {
    given()
        .queryParam("hqCountry", "FR")
        .queryParam("openWeights", "true")
        .when()
        .get("/api/v1/offerings")
        .then()
        .statusCode(200)
        .body("items.supplier.headquartersCountry", everyItem(equalTo("FR")))
        .body("items.openWeights", everyItem(is(true)))
        .body("items", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
    given()
        .queryParam("certification", "BSI_C5")
        .when()
        .get("/api/v1/offerings")
        .then()
        .statusCode(200)
        .body("items.certifications", everyItem(hasItem("BSI_C5")));
    given()
        .queryParam("q", "mistral")
        .when()
        .get("/api/v1/offerings")
        .then()
        .statusCode(200)
        .body("items.name", hasItem(containsString("Mistral")));
  }

  @Test
  void rejectsInvalidFiltersWithTheParameterNamed() {
    for (String[] bad :
        new String[][] {
          {"category", "TOASTER"},
          {"hqCountry", "XX"},
          {"dataIn", "MARS"},
          {"openWeights", "maybe"},
          {"language", "zz"},
          {"certification", "ISO_9001"},
          {"cursor", "not-a-cursor"},
          {"limit", "0"},
          {"limit", "1000"},
          {"supplierId", "nope"}
        }) {
      given()
          .queryParam(bad[0], bad[1])
          .when()
          .get("/api/v1/offerings")
          .then()
          .statusCode(400)
          .contentType(PROBLEM)
          .body("errors[0].field", equalTo(bad[0]));
    }
  }

  @Test
  void readsOneOfferingWithItsVersionAsEntityTag() {
    given()
        .when()
        .get("/api/v1/offerings/" + MISTRAL_SMALL)
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("supplier.id", equalTo(MISTRAL.toString()))
        .body("supplier.name", notNullValue())
        .body("sovereignty.objectives", hasSize(8));
  }

  @Test
  void unknownOfferingIsNotFound() {
    given()
        .when()
        .get("/api/v1/offerings/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("status", equalTo(404));
  }

  @Test
  void draftsAreHiddenFromThePublicAndFromOtherSuppliers() {
    given().when().get("/api/v1/offerings/" + GPT_NL_DRAFT).then().statusCode(404);
    List<Map<String, Object>> listed = listAll("");
    assertTrue(listed.stream().noneMatch(o -> GPT_NL_DRAFT.toString().equals(o.get("id"))));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierSeesItsOwnDraftsWhenFilteringByItself() {
    String created = createAs(validOffering("Own draft " + System.nanoTime()), "DRAFT");
    given()
        .queryParam("supplierId", MISTRAL.toString())
        .queryParam("limit", 100)
        .when()
        .get("/api/v1/offerings")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(created));
    given()
        .when()
        .get("/api/v1/offerings/" + created)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"));
  }

  @Test
  void creatingWithoutSigningInIsUnauthorised() {
    given()
        .contentType(ContentType.JSON)
        .body(validOffering("Anonymous"))
        .when()
        .post("/api/v1/offerings")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierCreatesAnOfferingForItsOwnOrganisation() {
    Map<String, Object> body = validOffering("Created " + System.nanoTime());
    Response response =
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/offerings");
    response
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/offerings/"))
        .header("ETag", equalTo("\"0\""))
        .body("supplier.id", equalTo(MISTRAL.toString()))
        .body("version", equalTo(0))
        .body(
            "claims.findAll { it.attribute in ['DATA_LOCATION', 'SUPPORT_LOCATION', 'DEPLOYMENT',"
                + " 'OPEN_WEIGHTS', 'CERTIFICATIONS', 'HARDWARE_ORIGIN', 'ENVIRONMENT'] }.status",
            equalTo(java.util.Collections.nCopies(7, "DECLARED")))
        .body("sovereignty.fullyVerified", is(false));
    String id = response.jsonPath().getString("id");
    given()
        .when()
        .get("/api/v1/offerings/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo(body.get("name")));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void rejectsAnUnknownCountryCodeNamingTheFieldAndSavesNothing() {
    long before = publishedCount();
    Map<String, Object> body = validOffering("Bad country");
    body.put("dataStorageCountries", List.of("DE", "XX"));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/offerings")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem(containsString("dataStorageCountries")))
        .body("errors.message", hasItem(containsString("XX")));
    assertEquals(before, publishedCount());
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void reportsEveryInvalidFieldAtOnce() {
    Map<String, Object> body = validOffering("x".repeat(201));
    body.remove("category");
    body.put("renewableEnergyPercent", 150);
    body.put("languages", List.of("english"));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/offerings")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("name"))
        .body("errors.field", hasItem("category"))
        .body("errors.field", hasItem("renewableEnergyPercent"))
        .body("errors.field", hasItem(containsString("languages")));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void rejectsAnUnknownEnumValueNamingTheField() {
    Map<String, Object> body = validOffering("Bad enum");
    body.put("category", "TOASTER");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/offerings")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("category"))
        .body("errors[0].message", containsString("LLM_API"));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void rejectsMalformedJsonAndUnknownFields() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\": ")
        .when()
        .post("/api/v1/offerings")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    Map<String, Object> body = validOffering("Extra field");
    body.put("sovereigntyScore", 100);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/offerings")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("sovereigntyScore"));
    given()
        .contentType(ContentType.JSON)
        .body("[1, 2]")
        .when()
        .post("/api/v1/offerings")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "supplier2", roles = "supplier")
  void anotherSupplierMayNotChangeOrRetireTheOffering() {
    Map<String, Object> body = validOffering("Hijacked");
    body.put("version", currentVersion(MISTRAL_SMALL.toString()));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put("/api/v1/offerings/" + MISTRAL_SMALL)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    given().when().delete("/api/v1/offerings/" + MISTRAL_SMALL).then().statusCode(403);
    Map<String, Object> forMistral = validOffering("Planted");
    forMistral.put("supplierId", MISTRAL.toString());
    given()
        .contentType(ContentType.JSON)
        .body(forMistral)
        .when()
        .post("/api/v1/offerings")
        .then()
        .statusCode(403);
    given()
        .when()
        .get("/api/v1/offerings/" + MISTRAL_SMALL)
        .then()
        .body("name", org.hamcrest.Matchers.not("Hijacked"));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void updatesWithTheCurrentVersionAndRefusesStaleOnes() {
    String id = createAs(validOffering("Versioned " + System.nanoTime()), "PUBLISHED");
    Map<String, Object> change = validOffering("Versioned, renamed");
    change.put("version", 0);
    given()
        .contentType(ContentType.JSON)
        .body(change)
        .when()
        .put("/api/v1/offerings/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("name", equalTo("Versioned, renamed"));
    // The same change again is based on version 0, which is stale now.
    given()
        .contentType(ContentType.JSON)
        .body(change)
        .when()
        .put("/api/v1/offerings/" + id)
        .then()
        .statusCode(409)
        .contentType(PROBLEM);
    change.remove("version");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(change)
        .when()
        .put("/api/v1/offerings/" + id)
        .then()
        .statusCode(412)
        .contentType(PROBLEM);
    given()
        .contentType(ContentType.JSON)
        .body(change)
        .when()
        .put("/api/v1/offerings/" + id)
        .then()
        .statusCode(428)
        .contentType(PROBLEM);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(change)
        .when()
        .put("/api/v1/offerings/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void anInvalidUpdateChangesNothing() {
    String id = createAs(validOffering("Stays intact"), "PUBLISHED");
    Map<String, Object> change = validOffering("Stays intact");
    change.put("version", 0);
    change.put("supportCountries", List.of("QQ"));
    given()
        .contentType(ContentType.JSON)
        .body(change)
        .when()
        .put("/api/v1/offerings/" + id)
        .then()
        .statusCode(400);
    given()
        .when()
        .get("/api/v1/offerings/" + id)
        .then()
        .body("version", equalTo(0))
        .body("supportCountries", equalTo(List.of("DE")));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void changingAnAttributeSendsOnlyItsVerifiedClaimBackToDeclared() {
    String id = MISTRAL_LARGE.toString();
    JsonPath before = given().when().get("/api/v1/offerings/" + id).then().extract().jsonPath();
    assertEquals("VERIFIED", claimStatus(before, "DATA_LOCATION"));
    assertEquals("VERIFIED", claimStatus(before, "CERTIFICATIONS"));
    Map<String, Object> change = new java.util.HashMap<>();
    for (String field :
        List.of(
            "name",
            "description",
            "category",
            "deploymentModels",
            "dataProcessingCountries",
            "supportCountries",
            "languages",
            "openWeights",
            "licence",
            "certifications",
            "pricingModel",
            "priceEur",
            "priceUnit",
            "hardwareVendorCountry",
            "renewableEnergyPercent",
            "pue",
            "status",
            "version")) {
      change.put(field, before.get(field));
    }
    change.put("dataStorageCountries", List.of("FR", "SE", "NL"));
    JsonPath after =
        given()
            .contentType(ContentType.JSON)
            .body(change)
            .when()
            .put("/api/v1/offerings/" + id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("DECLARED", claimStatus(after, "DATA_LOCATION"));
    assertEquals("VERIFIED", claimStatus(after, "CERTIFICATIONS"));
  }

  private static String claimStatus(JsonPath offering, String attribute) {
    return offering.getString("claims.find { it.attribute == '" + attribute + "' }.status");
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void retiringTakesTheOfferingOutOfThePublicCatalogue() {
    String id = createAs(validOffering("To retire " + System.nanoTime()), "PUBLISHED");
    given()
        .when()
        .delete("/api/v1/offerings/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("RETIRED"));
    given()
        .queryParam("q", "To retire")
        .when()
        .get("/api/v1/offerings")
        .then()
        .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
  }

  @Test
  @TestSecurity(user = "supplier2", roles = "supplier")
  void retiringAnUnknownOfferingIsNotFound() {
    given()
        .when()
        .delete("/api/v1/offerings/00000000-0000-0000-0000-000000000001")
        .then()
        .statusCode(404);
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void anAdminMayCreateForAnySupplierButMustNameIt() {
    given()
        .contentType(ContentType.JSON)
        .body(validOffering("Admin without supplier"))
        .when()
        .post("/api/v1/offerings")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("supplierId"));
    Map<String, Object> body = validOffering("Admin for Aleph Alpha");
    body.put("supplierId", ALEPH_ALPHA.toString());
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/offerings")
        .then()
        .statusCode(201)
        .body("supplier.id", equalTo(ALEPH_ALPHA.toString()));
  }

  private static String createAs(Map<String, Object> body, String status) {
    body.put("status", status);
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/offerings")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  private static long currentVersion(String id) {
    return given()
        .when()
        .get("/api/v1/offerings/" + id)
        .then()
        .extract()
        .jsonPath()
        .getLong("version");
  }
}
