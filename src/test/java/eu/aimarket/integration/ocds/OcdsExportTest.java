package eu.aimarket.integration.ocds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.aimarket.catalog.demo.DemoCatalogLoader;
import eu.aimarket.demand.RequirementData;
import eu.aimarket.demand.RequirementFixtures;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementView;
import eu.aimarket.policy.PolicyTemplates;
import eu.aimarket.tender.Conclusion;
import eu.aimarket.tender.ResponseDraft;
import eu.aimarket.tender.ResponseView;
import eu.aimarket.tender.TenderOutcome;
import eu.aimarket.tender.TenderService;
import eu.aimarket.tender.TenderView;
import eu.aimarket.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every exported package is validated against the official OCDS 1.1.5 schemas. */
@QuarkusTest
class OcdsExportTest {

  private static final String PROBLEM = "application/problem+json";
  private static final UUID GEMEENTE = DemoCatalogLoader.organisationId("gemeente-demo");

  private static OcdsSchema schema;

  @Inject RequirementService requirements;
  @Inject ObjectMapper json;
  @Inject TenderService tenders;
  @Inject TestClock clock;

  @org.junit.jupiter.api.AfterEach
  void realTime() {
    clock.reset();
  }

  /** A public requirement published as a tender, with Mistral AI's submitted response. */
  private ResponseView tenderWithResponse(String title) {
    RequirementView open = requirement(title, "OPEN", "PUBLIC_SECTOR");
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    TenderView tender = tenders.publish(open, now.plusDays(1), now.plusDays(2), "buyer");
    ResponseDraft draft =
        new ResponseDraft(
            null,
            List.of(DemoCatalogLoader.offeringId("mistral-large-api")),
            new java.math.BigDecimal("41000"),
            "per year",
            Map.of(
                "must.dataLocation", "EU only",
                "must.deploymentModels", "Dedicated cloud",
                "must.languages", "German"),
            null);
    ResponseView drafted =
        tenders.draft(
            tender.id(), DemoCatalogLoader.organisationId("mistral-ai"), draft, "supplier");
    return tenders.submit(tender.id(), drafted.id(), null);
  }

  @BeforeAll
  static void loadSchema() {
    schema = OcdsSchema.load();
  }

  private RequirementView requirement(String title, String status, String buyerType) {
    Map<String, Object> body = RequirementFixtures.germanLlmInTheEu(title);
    body.put("status", status);
    body.put("buyerType", buyerType);
    body.put("deadline", "2031-03-31T12:00:00+02:00");
    return requirements.create(GEMEENTE, json.convertValue(body, RequirementData.class), "buyer");
  }

  private RequirementView withStatus(RequirementView requirement, String status) {
    Map<String, Object> body = RequirementFixtures.germanLlmInTheEu(requirement.title());
    body.put("status", status);
    body.put("buyerType", requirement.buyerType().name());
    return requirements.update(
        requirement.id(), json.convertValue(body, RequirementData.class), requirement.version());
  }

  private JsonNode valid(String body) {
    List<String> violations = schema.violations(body);
    assertTrue(violations.isEmpty(), "OCDS 1.1.5 violations: " + violations + " in " + body);
    try {
      return json.readTree(body);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String ocds(UUID requirementId) {
    return given()
        .when()
        .get("/api/v1/requirements/" + requirementId + "/ocds")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  @Test
  void anOpenPublicRequirementIsAValidTenderWithRatedCriteriaAndItsBuyer() {
    RequirementView open = requirement("OCDS tender", "OPEN", "PUBLIC_SECTOR");

    JsonNode pack = valid(ocds(open.id()));

    assertEquals("1.1", pack.get("version").asText());
    JsonNode release = pack.at("/releases/0");
    assertTrue(release.get("ocid").asText().endsWith(open.id().toString()));
    assertEquals("tender", release.at("/tag/0").asText());
    JsonNode tender = release.get("tender");
    assertEquals(open.id().toString(), tender.get("id").asText());
    assertEquals("active", tender.get("status").asText());
    assertEquals("ratedCriteria", tender.get("awardCriteria").asText());
    String details = tender.get("awardCriteriaDetails").asText();
    assertTrue(details.contains("languages (de, fr, nl) 30"), details);
    assertTrue(details.contains("open model weights 20"), details);
    assertTrue(details.contains(PolicyTemplates.SOVEREIGNTY_FIRST_NAME), details);
    assertTrue(details.contains("+15 points when supplier.headquartersCountry in EEA"), details);
    assertTrue(
        tender.get("eligibilityCriteria").asText().contains("only in the EU"), tender.toString());
    assertEquals(50000, tender.at("/value/amount").asInt());
    assertEquals("EUR", tender.at("/value/currency").asText());
    assertEquals("2031-03-31T10:00:00Z", tender.at("/tenderPeriod/endDate").asText());
    JsonNode buyer = release.at("/parties/0");
    assertEquals(GEMEENTE.toString(), buyer.get("id").asText());
    assertTrue(buyer.get("roles").toString().contains("buyer"));
    assertEquals(buyer.get("id"), release.at("/buyer/id"));
    assertFalse(release.has("awards"));
  }

  @Test
  void anAwardedRequirementHasItsAward() {
    RequirementView awarded =
        withStatus(requirement("OCDS award", "OPEN", "PUBLIC_SECTOR"), "AWARDED");

    JsonNode release = valid(ocds(awarded.id())).at("/releases/0");

    assertEquals("award", release.at("/tag/0").asText());
    assertEquals("complete", release.at("/tender/status").asText());
    assertEquals("active", release.at("/awards/0/status").asText());
    assertNotNull(release.at("/awards/0/date").asText());
  }

  @Test
  void anAwardedTenderNamesTheSupplierTheValueAndTheContractPeriod() {
    ResponseView response = tenderWithResponse("OCDS tender award");
    TenderView tender = tenders.get(response.tenderId());
    clock.advance(java.time.Duration.ofDays(3));
    tenders.conclude(
        tender.id(),
        new Conclusion(
            TenderOutcome.AWARDED,
            response.id(),
            new java.math.BigDecimal("40000"),
            java.time.LocalDate.parse("2027-02-01"),
            java.time.LocalDate.parse("2029-01-31"),
            null,
            null),
        tender.version());

    JsonNode release = valid(ocds(tender.requirement().id())).at("/releases/0");

    assertEquals("award", release.at("/tag/0").asText());
    assertEquals("complete", release.at("/tender/status").asText());
    JsonNode award = release.at("/awards/0");
    assertEquals(response.id().toString(), award.get("id").asText());
    assertEquals("active", award.get("status").asText());
    assertEquals(40000, award.at("/value/amount").asInt());
    assertEquals("EUR", award.at("/value/currency").asText());
    assertEquals(
        DemoCatalogLoader.organisationId("mistral-ai").toString(),
        award.at("/suppliers/0/id").asText());
    assertEquals("2029-01-31T00:00:00Z", award.at("/contractPeriod/endDate").asText());
    assertTrue(release.at("/parties/1/roles").toString().contains("supplier"));
    assertEquals(
        format(tender.responsesDeadline()), release.at("/tender/tenderPeriod/endDate").asText());
    assertEquals(
        format(tender.questionsDeadline()), release.at("/tender/enquiryPeriod/endDate").asText());
  }

  @Test
  void aCancelledTenderIsATenderCancellationWithoutAward() {
    ResponseView response = tenderWithResponse("OCDS tender cancelled");
    TenderView tender = tenders.get(response.tenderId());
    tenders.conclude(
        tender.id(),
        new Conclusion(TenderOutcome.CANCELLED, null, null, null, null, "Budget withdrawn", null),
        tender.version());

    JsonNode release = valid(ocds(tender.requirement().id())).at("/releases/0");

    assertEquals("tenderCancellation", release.at("/tag/0").asText());
    assertEquals("cancelled", release.at("/tender/status").asText());
    assertFalse(release.has("awards"));
  }

  private static String format(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC)
        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)
        .replace("+00:00", "Z");
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aDraftIsAValidPlanningReleaseForItsBuyer() {
    RequirementView draft = requirement("OCDS draft", "DRAFT", "PUBLIC_SECTOR");

    JsonNode release = valid(ocds(draft.id())).at("/releases/0");

    assertEquals("planning", release.at("/tag/0").asText());
    assertEquals("planning", release.at("/tender/status").asText());
  }

  @Test
  void theSchemaCheckRejectsWhatTheStandardForbids() {
    ObjectNode pack = (ObjectNode) valid(ocds(requirement("Broken", "OPEN", "PUBLIC_SECTOR").id()));
    ObjectNode release = (ObjectNode) pack.get("releases").get(0);
    release.putArray("tag").add("tenderAnnouncement");
    ((ObjectNode) release.get("tender")).put("status", "open");
    pack.put("publishedDate", "yesterday");

    List<String> violations = schema.violations(pack);

    assertTrue(violations.size() >= 3, violations.toString());
  }

  @Test
  void draftsAndPrivateBuyersRequirementsAreNotPublic() {
    RequirementView draft = requirement("Hidden draft", "DRAFT", "PUBLIC_SECTOR");
    RequirementView privateOne = requirement("Private", "OPEN", "PRIVATE");
    given().when().get("/api/v1/requirements/" + draft.id() + "/ocds").then().statusCode(401);
    given()
        .when()
        .get("/api/v1/requirements/" + privateOne.id() + "/ocds")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
    given()
        .when()
        .get("/api/v1/requirements/" + UUID.randomUUID() + "/ocds")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void anotherOrganisationsNonPublicRequirementIsNotFound() {
    RequirementView privateOne = requirement("Not yours", "OPEN", "PRIVATE");
    given()
        .when()
        .get("/api/v1/requirements/" + privateOne.id() + "/ocds")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  void theBulkExportHasEveryPublicReleaseOfThePeriodPageByPage() {
    OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
    List<String> published = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      published.add(requirement("Bulk " + i, "OPEN", "PUBLIC_SECTOR").id().toString());
    }
    String privateId = requirement("Bulk private", "OPEN", "PRIVATE").id().toString();
    String draftId = requirement("Bulk draft", "DRAFT", "PUBLIC_SECTOR").id().toString();
    OffsetDateTime to = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1);

    List<String> exported = new ArrayList<>();
    String next = "/api/v1/ocds/releases?from=" + from + "&to=" + to + "&limit=2";
    int pages = 0;
    while (next != null) {
      var response = given().urlEncodingEnabled(false).when().get(next).then().extract();
      assertEquals(200, response.statusCode());
      JsonNode pack = valid(response.asString());
      pack.get("releases").forEach(r -> exported.add(r.at("/tender/id").asText()));
      String link = response.header("Link");
      next =
          link == null
              ? null
              : link.substring(link.indexOf('<') + 1, link.indexOf('>'))
                  .replaceFirst("^https?://[^/]+", "");
      pages++;
    }

    assertTrue(exported.containsAll(published), exported + " has " + published);
    assertFalse(exported.contains(privateId));
    assertFalse(exported.contains(draftId));
    assertTrue(pages >= 2, "paged by two");
  }

  @Test
  void theBulkExportNamesAMissingOrWrongPeriodAndAnswers204WhenItIsEmpty() {
    given()
        .when()
        .get("/api/v1/ocds/releases")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("from"));
    given()
        .queryParam("from", "last tuesday")
        .when()
        .get("/api/v1/ocds/releases")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    given()
        .queryParam("from", "2030-01-02")
        .queryParam("to", "2030-01-01")
        .when()
        .get("/api/v1/ocds/releases")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("to"))
        .body("errors[0].message", containsString("after"));
    given()
        .queryParam("from", "2001-01-01")
        .queryParam("to", "2001-02-01")
        .when()
        .get("/api/v1/ocds/releases")
        .then()
        .statusCode(204);
  }
}
