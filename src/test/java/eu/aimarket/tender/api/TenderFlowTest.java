package eu.aimarket.tender.api;

import static eu.aimarket.demand.RequirementFixtures.germanLlmInTheEu;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.catalog.demo.DemoCatalogLoader;
import eu.aimarket.integration.ocds.OcdsSchema;
import eu.aimarket.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole tender flow through the API, one step per test in order, each as the person who takes
 * it: the buyer of the demo municipality, the suppliers Mistral AI ({@code supplier}) and Aleph
 * Alpha ({@code supplier2}), and an administrator. Deadlines pass by moving the application's
 * clock.
 */
@QuarkusTest
@TestMethodOrder(OrderAnnotation.class)
class TenderFlowTest {

  private static final String PROBLEM = "application/problem+json";
  private static final UUID GEMEENTE = DemoCatalogLoader.organisationId("gemeente-demo");
  private static final UUID MISTRAL = DemoCatalogLoader.organisationId("mistral-ai");
  private static final UUID ALEPH_ALPHA = DemoCatalogLoader.organisationId("aleph-alpha");
  private static final UUID SILO = DemoCatalogLoader.organisationId("silo-ai");
  private static final UUID MISTRAL_LARGE = DemoCatalogLoader.offeringId("mistral-large-api");
  private static final UUID MISTRAL_MEDIUM = DemoCatalogLoader.offeringId("mistral-medium-api");
  private static final UUID PHARIA = DemoCatalogLoader.offeringId("pharia-1-llm");
  private static final UUID PORO = DemoCatalogLoader.offeringId("poro-viking-models");

  /** Past both deadlines: responses close two days after publication. */
  private static final Duration AFTER_RESPONSES = Duration.ofDays(3);

  private static String requirementId;
  private static String tenderId;
  private static String questionId;
  private static String mistralResponse;
  private static String alephResponse;
  private static String siloResponse;
  private static String buyerHook;
  private static String supplierHook;
  private static boolean mistralRanked;

  @Inject TestClock clock;
  @Inject ObjectMapper json;

  /**
   * Submit and withdraw have no body. RestAssured labels a bodiless POST as a form, which the CSRF
   * filter then checks for a form token; API clients say they speak JSON, as here.
   */
  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private static String tenders() {
    return "/api/v1/tenders/" + tenderId;
  }

  private static Map<String, Object> completeResponse(List<UUID> offerings, int price) {
    Map<String, Object> body = new HashMap<>();
    body.put("offeringIds", offerings);
    body.put("priceEur", price);
    body.put("priceUnit", "per year");
    body.put(
        "evidence",
        Map.of(
            "must.dataLocation", "Hosted in Paris and Frankfurt only.",
            "must.deploymentModels", "On premises or dedicated cloud, as the buyer prefers.",
            "must.languages", "German is a first-class language of the model.",
            "nice.openWeights", "Weights available under licence."));
    return body;
  }

  private static String hook(List<String> events) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("url", "http://127.0.0.1:9/tender-hook", "events", events))
        .when()
        .post("/api/v1/webhooks")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  @Test
  @Order(1)
  @TestSecurity(user = "buyer", roles = "buyer")
  void theBuyerPublishesAnOpenRequirementAsATender() {
    buyerHook =
        hook(
            List.of(
                "tender.published",
                "question.asked",
                "response.submitted",
                "response.withdrawn",
                "tender.awarded"));
    requirementId =
        given()
            .contentType(ContentType.JSON)
            .body(germanLlmInTheEu("Tender flow " + System.nanoTime()))
            .when()
            .post("/api/v1/requirements")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    List<String> rankedSuppliers =
        given()
            .contentType(ContentType.JSON)
            .body("{}")
            .when()
            .post("/api/v1/requirements/" + requirementId + "/matches")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getList("ranking.ranked.supplier.id");
    mistralRanked = rankedSuppliers.contains(MISTRAL.toString());
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

    ExtractableResponse<?> published =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "requirementId", requirementId,
                    "questionsDeadline", now.plusDays(1).toString(),
                    "responsesDeadline", now.plusDays(2).toString()))
            .when()
            .post("/api/v1/tenders")
            .then()
            .statusCode(201)
            .header("ETag", equalTo("\"0\""))
            .body("status", equalTo("OPEN"))
            .body("questionsOpen", equalTo(true))
            .body("responsesOpen", equalTo(true))
            .body("requirement.id", equalTo(requirementId))
            .body(
                "criteria.key",
                hasItems("must.dataLocation", "must.deploymentModels", "must.languages"))
            .extract();
    tenderId = published.jsonPath().getString("id");
  }

  @Test
  @Order(2)
  @TestSecurity(user = "buyer", roles = "buyer")
  void publishingRefusesWhatCannotBeATender() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "requirementId", requirementId,
                "questionsDeadline", now.plusDays(1).toString(),
                "responsesDeadline", now.plusDays(2).toString()))
        .when()
        .post("/api/v1/tenders")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("detail", containsString("already published"));
    Map<String, Object> draft = germanLlmInTheEu("Tender of a draft");
    draft.put("status", "DRAFT");
    String draftId =
        given()
            .contentType(ContentType.JSON)
            .body(draft)
            .post("/api/v1/requirements")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "requirementId", draftId,
                "questionsDeadline", now.minusDays(1).toString(),
                "responsesDeadline", now.plusDays(2).toString()))
        .when()
        .post("/api/v1/tenders")
        .then()
        .statusCode(409)
        .body("detail", containsString("Only an open requirement"));
    String open =
        given()
            .contentType(ContentType.JSON)
            .body(germanLlmInTheEu("Tender with bad deadlines"))
            .post("/api/v1/requirements")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "requirementId", open,
                "questionsDeadline", now.plusDays(3).toString(),
                "responsesDeadline", now.minusDays(1).toString()))
        .when()
        .post("/api/v1/tenders")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItems("questionsDeadline", "responsesDeadline"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("requirementId", open))
        .when()
        .post("/api/v1/tenders")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("questionsDeadline", "responsesDeadline"));
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "requirementId", UUID.randomUUID().toString(),
                "questionsDeadline", now.plusDays(1).toString(),
                "responsesDeadline", now.plusDays(2).toString()))
        .when()
        .post("/api/v1/tenders")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("question", "Can the buyer ask its own tender?"))
        .when()
        .post(tenders() + "/questions")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  @Order(3)
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierFindsTheTenderInItsLeadsAndAsksAQuestion() {
    given()
        .when()
        .get("/api/v1/tenders?limit=100")
        .then()
        .statusCode(200)
        .body("items.find { it.id == '" + tenderId + "' }.matched", equalTo(mistralRanked))
        .body("items.find { it.id == '" + tenderId + "' }.status", equalTo("OPEN"));
    given()
        .when()
        .get(tenders())
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("requirement.buyerName", notNullValue());
    questionId =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("question", "Is a dedicated cloud in Germany acceptable?"))
            .when()
            .post(tenders() + "/questions")
            .then()
            .statusCode(201)
            .body("askedByYou", equalTo(true))
            .body("answer", nullValue())
            .extract()
            .jsonPath()
            .getString("id");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("question", " "))
        .when()
        .post(tenders() + "/questions")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("question"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("supplierOrganisationId", SILO.toString(), "question", "Not my company"))
        .when()
        .post(tenders() + "/questions")
        .then()
        .statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("question", "Anyone there?"))
        .when()
        .post("/api/v1/tenders/" + UUID.randomUUID() + "/questions")
        .then()
        .statusCode(404);
  }

  @Test
  @Order(4)
  @TestSecurity(user = "supplier2", roles = "supplier")
  void anotherSupplierDoesNotSeeAnUnansweredQuestionNorAnswerIt() {
    supplierHook = hook(List.of("question.answered", "response.decided"));
    given().when().get(tenders() + "/questions").then().statusCode(200).body("items.id", empty());
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("answer", "I am not the buyer"))
        .when()
        .put(tenders() + "/questions/" + questionId + "/answer")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  @Order(5)
  @TestSecurity(user = "buyer", roles = "buyer")
  void theBuyerAnswersTheQuestionOnce() {
    given()
        .when()
        .get(tenders() + "/questions")
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo(questionId))
        .body("items[0].supplierOrganisationId", equalTo(MISTRAL.toString()))
        .body("nextCursor", nullValue());
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("answer", "Yes, if the data stays in the EU."))
        .when()
        .put(tenders() + "/questions/" + questionId + "/answer")
        .then()
        .statusCode(200)
        .body("answer", equalTo("Yes, if the data stays in the EU."));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("answer", "Changed my mind"))
        .when()
        .put(tenders() + "/questions/" + questionId + "/answer")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("detail", containsString("already answered"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("answer", ""))
        .when()
        .put(tenders() + "/questions/" + UUID.randomUUID() + "/answer")
        .then()
        .statusCode(400);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("answer", "Nobody asked"))
        .when()
        .put(tenders() + "/questions/" + UUID.randomUUID() + "/answer")
        .then()
        .statusCode(404);
  }

  @Test
  @Order(6)
  @TestSecurity(user = "supplier2", roles = "supplier")
  void everySupplierSeesThePublishedAnswerWithoutWhoAsked() {
    given()
        .when()
        .get(tenders() + "/questions")
        .then()
        .statusCode(200)
        .body("items[0].answer", equalTo("Yes, if the data stays in the EU."))
        .body("items[0].askedByYou", equalTo(false))
        .body("items[0].supplierOrganisationId", nullValue());
    alephResponse =
        given()
            .contentType(ContentType.JSON)
            .body(completeResponse(List.of(PHARIA), 42000))
            .when()
            .post(tenders() + "/responses")
            .then()
            .statusCode(201)
            .body("status", equalTo("DRAFT"))
            .extract()
            .jsonPath()
            .getString("id");
    given()
        .contentType(ContentType.JSON)
        .when()
        .post(tenders() + "/responses/" + alephResponse + "/submit")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"));
  }

  @Test
  @Order(7)
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierDraftsSubmitsWithdrawsAndRespondsAgain() {
    Map<String, Object> incomplete = new HashMap<>();
    incomplete.put("offeringIds", List.of(MISTRAL_LARGE));
    incomplete.put("evidence", Map.of("must.dataLocation", "EU only."));
    ExtractableResponse<?> drafted =
        given()
            .contentType(ContentType.JSON)
            .body(incomplete)
            .when()
            .post(tenders() + "/responses")
            .then()
            .statusCode(201)
            .header("ETag", equalTo("\"0\""))
            .body("status", equalTo("DRAFT"))
            .body("supplier.id", equalTo(MISTRAL.toString()))
            .body("offerings[0].id", equalTo(MISTRAL_LARGE.toString()))
            .body("offerings[0].sovereigntyScore", notNullValue())
            .body("shortlisted", nullValue())
            .extract();
    mistralResponse = drafted.jsonPath().getString("id");
    String response = tenders() + "/responses/" + mistralResponse;

    given()
        .contentType(ContentType.JSON)
        .when()
        .post(response + "/submit")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("detail", containsString("not complete"))
        .body(
            "errors.field",
            hasItems("priceEur", "evidence.must.deploymentModels", "evidence.must.languages"));
    given()
        .contentType(ContentType.JSON)
        .body(incomplete)
        .when()
        .post(tenders() + "/responses")
        .then()
        .statusCode(409)
        .body("detail", containsString("already has response"));

    Map<String, Object> wrong = completeResponse(List.of(PHARIA, MISTRAL_LARGE), 10);
    wrong.put("evidence", Map.of("must.teleportation", "Yes"));
    wrong.put("version", 0);
    given()
        .contentType(ContentType.JSON)
        .body(wrong)
        .when()
        .put(response)
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("offeringIds[0]", "evidence.must.teleportation"))
        .body("errors.field", not(hasItem("offeringIds[1]")));

    Map<String, Object> complete = completeResponse(List.of(MISTRAL_LARGE, MISTRAL_MEDIUM), 38000);
    given()
        .contentType(ContentType.JSON)
        .body(complete)
        .when()
        .put(response)
        .then()
        .statusCode(428);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"7\"")
        .body(complete)
        .when()
        .put(response)
        .then()
        .statusCode(412);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(complete)
        .when()
        .put(response)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("offerings", hasSize(2))
        .body("priceEur", equalTo(38000));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .when()
        .post(response + "/submit")
        .then()
        .statusCode(412);
    given()
        .contentType(ContentType.JSON)
        .when()
        .post(response + "/submit")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("submittedAt", notNullValue());
    given()
        .contentType(ContentType.JSON)
        .when()
        .post(response + "/submit")
        .then()
        .statusCode(409)
        .contentType(PROBLEM);
    complete.put("version", 2);
    given()
        .contentType(ContentType.JSON)
        .body(complete)
        .when()
        .put(response)
        .then()
        .statusCode(409)
        .body("detail", containsString("withdraw it first"));

    given()
        .contentType(ContentType.JSON)
        .when()
        .post(response + "/withdraw")
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));
    given()
        .contentType(ContentType.JSON)
        .when()
        .post(response + "/withdraw")
        .then()
        .statusCode(409);
    complete.put("priceEur", 36000);
    complete.put("version", 3);
    given()
        .contentType(ContentType.JSON)
        .body(complete)
        .when()
        .put(response)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("priceEur", equalTo(36000));
    given()
        .contentType(ContentType.JSON)
        .when()
        .post(response + "/submit")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"));

    given()
        .when()
        .get(tenders() + "/responses")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(mistralResponse)));
    given().when().get(tenders() + "/responses/" + alephResponse).then().statusCode(404);
    given()
        .contentType(ContentType.JSON)
        .when()
        .post(tenders() + "/responses/" + alephResponse + "/withdraw")
        .then()
        .statusCode(404);
  }

  @Test
  @Order(8)
  @TestSecurity(user = "admin", roles = "admin")
  void aThirdSupplierLeavesItsResponseAsADraft() {
    Map<String, Object> body = completeResponse(List.of(PORO), 1000);
    body.put("supplierOrganisationId", SILO.toString());
    siloResponse =
        given()
            .contentType(ContentType.JSON)
            .body(body)
            .when()
            .post(tenders() + "/responses")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
  }

  @Test
  @Order(9)
  @TestSecurity(user = "buyer", roles = "buyer")
  void theBuyerSeesSubmittedResponsesButEvaluatesOnlyAfterTheDeadline() {
    given()
        .when()
        .get(tenders() + "/responses")
        .then()
        .statusCode(200)
        .body("items.id", hasItems(mistralResponse, alephResponse))
        .body("items.id", not(hasItem(siloResponse)))
        .body(
            "items.find { it.id == '" + mistralResponse + "' }.offerings[0].matchRank",
            mistralRanked ? notNullValue() : nullValue())
        .body("items.find { it.id == '" + mistralResponse + "' }.shortlisted", equalTo(false));
    // One response a page: the buyer follows the cursor to the other one.
    String nextCursor =
        given()
            .queryParam("limit", 1)
            .when()
            .get(tenders() + "/responses")
            .then()
            .statusCode(200)
            .body("items.size()", equalTo(1))
            .body("nextCursor", notNullValue())
            .extract()
            .jsonPath()
            .getString("nextCursor");
    given()
        .queryParam("limit", 1)
        .queryParam("cursor", nextCursor)
        .when()
        .get(tenders() + "/responses")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("nextCursor", nullValue());
    given()
        .queryParam("cursor", "not-a-cursor")
        .when()
        .get(tenders() + "/responses")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    given().when().get(tenders() + "/responses/" + siloResponse).then().statusCode(404);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("shortlisted", true, "version", 5))
        .when()
        .put(tenders() + "/responses/" + mistralResponse + "/evaluation")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("detail", containsString("after the deadline"));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("outcome", "AWARDED", "responseId", mistralResponse))
        .when()
        .post(tenders() + "/conclusion")
        .then()
        .statusCode(409)
        .body("detail", containsString("Responses are open until"));
  }

  @Test
  @Order(10)
  void anonymousCallersSeeNothing() {
    given().when().get("/api/v1/tenders").then().statusCode(401).contentType(PROBLEM);
    given().when().get(tenders()).then().statusCode(401);
    given().when().get(tenders() + "/responses").then().statusCode(401);
    given()
        .contentType(ContentType.JSON)
        .when()
        .post(tenders() + "/responses/" + mistralResponse + "/submit")
        .then()
        .statusCode(401);
  }

  @Test
  @Order(11)
  @TestSecurity(user = "supplier", roles = "supplier")
  void questionsCloseAtTheirDeadline() {
    clock.advance(Duration.ofDays(1).plusHours(1));
    given().when().get(tenders()).then().body("questionsOpen", equalTo(false));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("question", "One more thing?"))
        .when()
        .post(tenders() + "/questions")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", containsString("deadline-passed"))
        .body("detail", containsString("Questions closed at"));
  }

  @Test
  @Order(12)
  @TestSecurity(user = "admin", roles = "admin")
  void aLateSubmissionIsRefusedWithAClearMessage() {
    clock.advance(AFTER_RESPONSES);
    given()
        .contentType(ContentType.JSON)
        .when()
        .post(tenders() + "/responses/" + siloResponse + "/submit")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("type", containsString("deadline-passed"))
        .body("detail", containsString("Responses closed at"))
        .body("detail", containsString("not submitted"));
    given()
        .when()
        .get(tenders() + "/responses/" + siloResponse)
        .then()
        .body("status", equalTo("DRAFT"));
  }

  @Test
  @Order(13)
  @TestSecurity(user = "supplier", roles = "supplier")
  void afterTheDeadlineAResponseCanNeitherBeWithdrawnNorChanged() {
    clock.advance(AFTER_RESPONSES);
    String response = tenders() + "/responses/" + mistralResponse;
    given()
        .contentType(ContentType.JSON)
        .when()
        .post(response + "/withdraw")
        .then()
        .statusCode(409);
    Map<String, Object> body = completeResponse(List.of(MISTRAL_LARGE), 1);
    body.put("version", 5);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put(response)
        .then()
        .statusCode(409)
        .body("type", containsString("deadline-passed"));
    given().when().get(response).then().body("status", equalTo("SUBMITTED"));
  }

  @Test
  @Order(14)
  @TestSecurity(user = "buyer", roles = "buyer")
  void theBuyerShortlistsNotesAndAwards() {
    clock.advance(AFTER_RESPONSES);
    String evaluation = tenders() + "/responses/" + mistralResponse + "/evaluation";
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("shortlisted", true))
        .when()
        .put(evaluation)
        .then()
        .statusCode(428);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("shortlisted", true))
        .when()
        .put(evaluation)
        .then()
        .statusCode(412);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"5\"")
        .body(Map.of("shortlisted", true, "note", "Best German; strongest sovereignty"))
        .when()
        .put(evaluation)
        .then()
        .statusCode(200)
        .body("shortlisted", equalTo(true))
        .body("buyerNote", equalTo("Best German; strongest sovereignty"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("shortlisted", "perhaps", "version", 6))
        .when()
        .put(evaluation)
        .then()
        .statusCode(400);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("shortlisted", true, "version", 0))
        .when()
        .put(tenders() + "/responses/" + siloResponse + "/evaluation")
        .then()
        .statusCode(404);

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "AWARDED", "responseId", siloResponse, "version", 0))
        .when()
        .post(tenders() + "/conclusion")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItems("responseId", "valueEur", "contractStart", "contractEnd"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "NONE_SUITABLE", "version", 0))
        .when()
        .post(tenders() + "/conclusion")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "MAYBE", "version", 0))
        .when()
        .post(tenders() + "/conclusion")
        .then()
        .statusCode(400);
    Map<String, Object> award = new HashMap<>();
    award.put("outcome", "AWARDED");
    award.put("responseId", mistralResponse);
    award.put("valueEur", 36000);
    award.put("contractStart", "2027-01-01");
    award.put("contractEnd", "2028-12-31");
    given()
        .contentType(ContentType.JSON)
        .body(award)
        .when()
        .post(tenders() + "/conclusion")
        .then()
        .statusCode(428);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(award)
        .when()
        .post(tenders() + "/conclusion")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("status", equalTo("AWARDED"))
        .body("outcome.awardedResponseId", equalTo(mistralResponse))
        .body("outcome.awardedSupplierId", equalTo(MISTRAL.toString()))
        .body("outcome.valueEur", equalTo(36000))
        .body("outcome.contractEnd", equalTo("2028-12-31"));
    award.put("version", 1);
    given()
        .contentType(ContentType.JSON)
        .body(award)
        .when()
        .post(tenders() + "/conclusion")
        .then()
        .statusCode(409)
        .body("detail", containsString("already concluded"));
    given()
        .when()
        .get("/api/v1/requirements/" + requirementId)
        .then()
        .body("status", equalTo("AWARDED"));
    given()
        .when()
        .get("/api/v1/webhooks/" + buyerHook + "/deliveries?limit=100")
        .then()
        .statusCode(200)
        .body(
            "items.eventType",
            hasItems(
                "tender.published",
                "question.asked",
                "response.submitted",
                "response.withdrawn",
                "tender.awarded"));
  }

  @Test
  @Order(15)
  @TestSecurity(user = "supplier2", roles = "supplier")
  void theUnsuccessfulSupplierIsTold() {
    given()
        .when()
        .get(tenders() + "/responses/" + alephResponse)
        .then()
        .statusCode(200)
        .body("status", equalTo("UNSUCCESSFUL"))
        .body("buyerNote", nullValue());
    given()
        .when()
        .get(tenders())
        .then()
        .body("outcome.outcome", equalTo("AWARDED"))
        .body("outcome.awardedSupplierName", notNullValue());
    given()
        .when()
        .get("/api/v1/webhooks/" + supplierHook + "/deliveries?limit=100")
        .then()
        .statusCode(200)
        .body("items.eventType", hasItems("question.answered", "response.decided"));
  }

  @Test
  @Order(16)
  @TestSecurity(user = "admin", roles = "admin")
  void everyStepIsAuditedAndTheAwardIsOpenContractingData() throws Exception {
    given()
        .when()
        .get("/api/v1/audit-events?objectType=tender&objectId=" + tenderId)
        .then()
        .statusCode(200)
        .body("items.action", hasItems("published", "awarded"));
    given()
        .when()
        .get("/api/v1/audit-events?objectType=tender-question&objectId=" + questionId)
        .then()
        .body("items.action", hasItems("asked", "answered"));
    given()
        .when()
        .get("/api/v1/audit-events?objectType=tender-response&objectId=" + mistralResponse)
        .then()
        .body(
            "items.action", hasItems("drafted", "changed", "submitted", "withdrawn", "evaluated"));

    String body =
        given()
            .when()
            .get("/api/v1/requirements/" + requirementId + "/ocds")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> violations = OcdsSchema.load().violations(body);
    assertTrue(violations.isEmpty(), violations + " in " + body);
    JsonNode release = json.readTree(body).at("/releases/0");
    assertEquals("award", release.at("/tag/0").asText());
    JsonNode award = release.at("/awards/0");
    assertEquals(mistralResponse, award.get("id").asText());
    assertEquals(36000, award.at("/value/amount").asInt());
    assertEquals(MISTRAL.toString(), award.at("/suppliers/0/id").asText());
    assertEquals("2027-01-01T00:00:00Z", award.at("/contractPeriod/startDate").asText());
    assertTrue(release.get("parties").toString().contains("\"supplier\""), release.toString());
  }
}
