package eu.aimarket.identity.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import eu.aimarket.catalog.ClaimReview;
import eu.aimarket.catalog.ClaimService;
import eu.aimarket.catalog.ClaimStatus;
import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.demand.RequirementFixtures;
import eu.aimarket.identity.IdentityFixtures;
import eu.aimarket.identity.security.Tenants.Csrf;
import eu.aimarket.testsupport.BearerTokenProfile;
import eu.aimarket.testsupport.TestClock;
import eu.aimarket.testsupport.TestOidcProvider;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Classic XSS payloads stored through the API in every free-text field (organisation names, the
 * supplier's controlling entity, offering names, descriptions and price units, requirement titles,
 * descriptions and budget units, policy names, descriptions, change notes, rule names and reasons,
 * webhook descriptions, member labels, the claim note an admin writes; a tender's question, answer,
 * response price unit and evidence, evaluation note and no-suitable reason, and saved-search
 * names). Every page showing them must show them as text: no element, attribute or script of
 * theirs. The API returns them as sent.
 */
@QuarkusTest
@TestProfile(BearerTokenProfile.class)
class XssBatteryTest {

  /** At most 60 characters each: the shortest free-text field (a price unit) takes that many. */
  static List<String> payloads() {
    return List.of(
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "javascript:alert(1)",
        "</title><script>alert(1)</script>",
        "</textarea><script>alert(1)</script>",
        "\" autofocus onfocus=\"alert(1)\" x=\"",
        "--><script>alert(1)</script><!--",
        "{inject:csrf.token} {#include layout/base}{/include}",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E \u202Etxt.exe\u202C a\u200Bb");
  }

  @Inject ClaimService claims;
  @Inject Tenants tenants;
  @Inject TestClock clock;

  @ParameterizedTest
  @MethodSource("payloads")
  void everyFreeTextFieldComesBackAsTextOnEveryPageAndUnchangedInTheApi(String payload) {
    String supplier = IdentityFixtures.unique("xss-supplier");
    String buyer = IdentityFixtures.unique("xss-buyer");
    String admin = IdentityFixtures.unique("xss-admin");
    List<String> problems = new ArrayList<>();

    // The supplier's organisation and offering.
    Map<String, Object> profile = new HashMap<>();
    profile.put("headquartersCountry", "DE");
    profile.put("controllingEntity", payload);
    profile.put("controlCountry", "DE");
    profile.put("nonEuOwnershipPercent", 0);
    profile.put("euPresence", "FULL");
    profile.put("sme", true);
    Map<String, Object> organisation = organisation(payload, "SUPPLIER");
    organisation.put("supplier", profile);
    UUID supplierOrg = create(as(supplier, "supplier"), "/api/v1/organisations", organisation);
    Map<String, Object> offering = OfferingFixtures.validOffering(payload);
    offering.put("description", payload);
    offering.put("priceUnit", payload);
    UUID offeringId = create(as(supplier, "supplier"), "/api/v1/offerings", offering);

    // The buyer's organisation, requirement, policy, match run, webhook and a member.
    UUID buyerOrg =
        create(as(buyer, "buyer"), "/api/v1/organisations", organisation(payload, "BUYER"));
    Map<String, Object> requirement = RequirementFixtures.germanLlmInTheEu(payload);
    requirement.put("description", payload);
    requirement.put("budgetUnit", payload);
    UUID requirementId = create(as(buyer, "buyer"), "/api/v1/requirements", requirement);
    UUID policyId = create(as(buyer, "buyer"), "/api/v1/policies", policy(payload, "BUYER"));
    UUID runId =
        create(as(buyer, "buyer"), "/api/v1/requirements/" + requirementId + "/matches", Map.of());
    UUID webhookId =
        create(
            as(buyer, "buyer"),
            "/api/v1/webhooks",
            Map.of(
                "url",
                "http://127.0.0.1:9/hooks/" + UUID.randomUUID(),
                "events",
                List.of("offering.published"),
                "description",
                payload));
    UUID memberId =
        create(
            as(admin, "admin"),
            "/api/v1/organisations/" + buyerOrg + "/members",
            Map.of(
                "subject",
                IdentityFixtures.unique("colleague"),
                "role",
                "BUYER",
                "label",
                payload));

    // A platform policy, and the note of a verified claim: an administrator's free text.
    UUID platformPolicy =
        create(as(admin, "admin"), "/api/v1/policies", policy(payload, "PLATFORM"));
    verifyAClaim(admin, supplierOrg, offeringId, payload);

    // The requirement as a tender: the supplier asks and responds, the buyer answers, then, after
    // the responses deadline, evaluates and finds no response suitable.
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    UUID tenderId =
        create(
            as(buyer, "buyer"),
            "/api/v1/tenders",
            Map.of(
                "requirementId", requirementId.toString(),
                "questionsDeadline", now.plusDays(1).toString(),
                "responsesDeadline", now.plusDays(2).toString()));
    String tender = "/api/v1/tenders/" + tenderId;
    UUID questionId =
        create(as(supplier, "supplier"), tender + "/questions", Map.of("question", payload));
    as(buyer, "buyer")
        .contentType(ContentType.JSON)
        .body(Map.of("answer", payload))
        .put(tender + "/questions/" + questionId + "/answer")
        .then()
        .statusCode(200);
    Map<String, String> evidence = new HashMap<>();
    for (String key : read(as(buyer, "buyer"), tender).getList("criteria.key", String.class)) {
      evidence.put(key, payload);
    }
    UUID responseId =
        create(
            as(supplier, "supplier"),
            tender + "/responses",
            Map.of(
                "offeringIds",
                List.of(offeringId.toString()),
                "priceEur",
                1000,
                "priceUnit",
                payload,
                "evidence",
                evidence));
    as(supplier, "supplier")
        .contentType(ContentType.JSON)
        .post(tender + "/responses/" + responseId + "/submit")
        .then()
        .statusCode(200);
    clock.advance(Duration.ofDays(3));
    try {
      long version =
          read(as(buyer, "buyer"), tender + "/responses/" + responseId).getLong("version");
      as(buyer, "buyer")
          .contentType(ContentType.JSON)
          .body(Map.of("shortlisted", true, "note", payload, "version", version))
          .put(tender + "/responses/" + responseId + "/evaluation")
          .then()
          .statusCode(200);
      as(buyer, "buyer")
          .contentType(ContentType.JSON)
          .body(
              Map.of(
                  "outcome",
                  "NONE_SUITABLE",
                  "reason",
                  payload,
                  "version",
                  read(as(buyer, "buyer"), tender).getLong("version")))
          .post(tender + "/conclusion")
          .then()
          .statusCode(200);
    } finally {
      clock.reset();
    }
    UUID savedSearchId =
        create(
            as(buyer, "buyer"),
            "/api/v1/saved-searches",
            Map.of(
                "kind", "CATALOGUE",
                "name", payload,
                "criteria", Map.of("category", "LLM_API"),
                "frequency", "WEEKLY",
                "email", "alerts@example.org"));

    // The API returns every field exactly as it was sent.
    JsonPath org = read(as(admin, "admin"), "/api/v1/organisations/" + supplierOrg);
    same(problems, "organisation legalName", org.getString("legalName"), payload);
    same(problems, "controllingEntity", org.getString("supplier.controllingEntity"), payload);
    JsonPath offered = read(as(admin, "admin"), "/api/v1/offerings/" + offeringId);
    for (String field : List.of("name", "description", "priceUnit")) {
      same(problems, "offering " + field, offered.getString(field), payload);
    }
    JsonPath required = read(as(buyer, "buyer"), "/api/v1/requirements/" + requirementId);
    for (String field : List.of("title", "description", "budgetUnit")) {
      same(problems, "requirement " + field, required.getString(field), payload);
    }
    for (UUID id : List.of(policyId, platformPolicy)) {
      JsonPath policy = read(as(buyer, "buyer"), "/api/v1/policies/" + id);
      same(problems, "policy name", policy.getString("name"), payload);
      same(problems, "policy description", policy.getString("description"), payload);
      same(problems, "rule name", policy.getString("rules[0].name"), payload);
      same(problems, "rule reason", policy.getString("rules[0].reason"), payload);
    }
    same(
        problems,
        "webhook description",
        read(as(buyer, "buyer"), "/api/v1/webhooks/" + webhookId).getString("description"),
        payload);
    JsonPath question = read(as(supplier, "supplier"), tender + "/questions");
    same(problems, "question", question.getString("items[0].question"), payload);
    same(problems, "answer", question.getString("items[0].answer"), payload);
    JsonPath responded = read(as(buyer, "buyer"), tender + "/responses/" + responseId);
    same(problems, "response priceUnit", responded.getString("priceUnit"), payload);
    for (String key : evidence.keySet()) {
      same(problems, "evidence " + key, (String) responded.getMap("evidence").get(key), payload);
    }
    same(problems, "evaluation note", responded.getString("buyerNote"), payload);
    same(
        problems,
        "no-suitable reason",
        read(as(buyer, "buyer"), tender).getString("outcome.reason"),
        payload);
    same(
        problems,
        "saved-search name",
        read(as(buyer, "buyer"), "/api/v1/saved-searches?limit=100")
            .getString("items.find { it.id == '" + savedSearchId + "' }.name"),
        payload);
    JsonPath members = read(as(admin, "admin"), "/api/v1/organisations/" + buyerOrg + "/members");
    same(
        problems,
        "member label",
        members.getString("items.find { it.id == '" + memberId + "' }.label"),
        payload);

    // Every page that shows them.
    RequestSpecification anonymous = null;
    List<Map.Entry<String, RequestSpecification>> pages =
        List.of(
            Map.entry("/offerings/" + offeringId, page(anonymous)),
            Map.entry("/suppliers/" + supplierOrg, page(anonymous)),
            Map.entry("/compare?ids=" + offeringId, page(anonymous)),
            Map.entry("/transparency", page(anonymous)),
            Map.entry("/dashboard", page(as(supplier, "supplier"))),
            Map.entry("/supplier/claims", page(as(supplier, "supplier"))),
            Map.entry("/supplier/leads", page(as(supplier, "supplier"))),
            Map.entry("/dashboard", page(as(buyer, "buyer"))),
            Map.entry("/buyer/requirements", page(as(buyer, "buyer"))),
            Map.entry("/buyer/requirements/" + requirementId, page(as(buyer, "buyer"))),
            Map.entry("/buyer/requirements/" + requirementId + "/edit", page(as(buyer, "buyer"))),
            Map.entry("/buyer/matches/" + runId, page(as(buyer, "buyer"))),
            Map.entry("/buyer/matches/" + runId + "/replay", page(as(buyer, "buyer"))),
            Map.entry("/policies", page(as(buyer, "buyer"))),
            Map.entry("/policies/" + policyId, page(as(buyer, "buyer"))),
            Map.entry("/policies/" + platformPolicy, page(as(admin, "admin"))),
            Map.entry("/admin/claims?organisation=" + supplierOrg, page(as(admin, "admin"))),
            Map.entry("/tenders", page(as(buyer, "buyer"))),
            Map.entry("/tenders/" + tenderId, page(as(buyer, "buyer"))),
            Map.entry("/tenders", page(as(supplier, "supplier"))),
            Map.entry("/tenders/" + tenderId, page(as(supplier, "supplier"))),
            Map.entry("/tenders/" + tenderId + "/response", page(as(supplier, "supplier"))));
    for (var entry : pages) {
      Response response = entry.getValue().get(entry.getKey());
      if (response.statusCode() != 200) {
        problems.add(entry.getKey() + " answered " + response.statusCode());
        continue;
      }
      problems.addAll(injected(entry.getKey(), response.asString(), payload));
    }
    // A search reflects what was typed; it must come back as text too.
    Response search = page(null).queryParam("q", payload).get("/catalogue");
    assertEquals(200, search.statusCode());
    for (String problem : injected("/catalogue?q=", search.asString(), null)) {
      problems.add(problem);
    }
    if (!problems.isEmpty()) {
      fail("With the payload " + payload + ":\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * What a browser would run or follow that the page's author did not write: a script with the
   * payload's code, an event handler attribute, a {@code javascript:} address; and whether the
   * payload shows as text at all (it must, unless {@code payload} is null).
   */
  static List<String> injected(String path, String html, String payload) {
    List<String> problems = new ArrayList<>();
    Document page = Jsoup.parse(html);
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          problems.add(path + ": <" + element.tagName() + "> has an event handler " + name);
        }
        if (value.replaceAll("[\\s\\u0000-\\u001f]", "").startsWith("javascript:")
            && Set.of("href", "src", "action", "formaction", "xlink:href", "data").contains(name)) {
          problems.add(path + ": <" + element.tagName() + " " + name + "> runs javascript:");
        }
      }
    }
    for (Element script : page.select("script")) {
      if (!script.data().isBlank() || script.text().contains("alert")) {
        problems.add(path + ": an inline <script>: " + script.outerHtml());
      }
    }
    if (!page.select("img[src=x], svg[onload]").isEmpty()) {
      problems.add(path + ": an injected element " + page.select("img[src=x], svg[onload]"));
    }
    if (payload != null && !shows(page, payload)) {
      problems.add(path + ": does not show the payload as text");
    }
    return problems;
  }

  /**
   * The payload as text or as a form field's value. jsoup's text leaves out zero-width characters
   * and joins white space, so the comparison does too.
   */
  private static boolean shows(Document page, String payload) {
    String wanted = visible(payload);
    if (visible(page.text()).contains(wanted) || visible(page.title()).contains(wanted)) {
      return true;
    }
    for (Element field : page.select("input[value], textarea, option")) {
      String value = field.tagName().equals("input") ? field.attr("value") : field.wholeText();
      if (value.contains(payload)) {
        return true;
      }
    }
    return false;
  }

  private static String visible(String text) {
    return text.replace("\u200B", "").replaceAll("\\s+", " ");
  }

  private void verifyAClaim(String admin, UUID supplier, UUID offering, String note) {
    ClaimReview claim =
        claims.ofSupplier(supplier).stream()
            .filter(c -> offering.equals(c.offeringId()))
            .filter(c -> c.claim().status() == ClaimStatus.DECLARED)
            .findFirst()
            .orElseThrow();
    Csrf csrf = tenants.csrf();
    as(admin, "admin")
        .redirects()
        .follow(false)
        .accept("text/html")
        .cookie(Csrf.NAME, csrf.cookie())
        .formParam(Csrf.NAME, csrf.field())
        .formParam("version", Long.toString(claim.claim().version()))
        .formParam("note", note)
        .formParam("evidenceUrl", "https://trade-register.example/entry/1")
        .formParam("expiresOn", LocalDate.now().plusMonths(6).toString())
        .post("/admin/claims/" + claim.claim().id() + "/verify")
        .then()
        .statusCode(303);
  }

  private static void same(List<String> problems, String field, String actual, String payload) {
    if (!payload.equals(actual)) {
      problems.add("the API changed " + field + " to " + actual);
    }
  }

  private static Map<String, Object> organisation(String name, String kind) {
    Map<String, Object> body = new HashMap<>();
    body.put("legalName", name);
    body.put("registrationId", IdentityFixtures.uniqueVat());
    body.put("country", "DE");
    body.put("website", "https://example.org");
    body.put("kind", kind);
    return body;
  }

  private static Map<String, Object> policy(String text, String scope) {
    Map<String, Object> rule = new HashMap<>();
    rule.put("name", text);
    rule.put("condition", "offering.openWeights");
    rule.put("effect", "POINTS");
    rule.put("points", 5);
    rule.put("reason", text);
    Map<String, Object> body = new HashMap<>();
    body.put("name", text);
    body.put("description", text);
    body.put("changeNote", text);
    body.put("scope", scope);
    body.put("rules", List.of(rule));
    return body;
  }

  private static RequestSpecification as(String subject, String role) {
    return given().auth().oauth2(TestOidcProvider.token(subject, Set.of(role)));
  }

  private static RequestSpecification page(RequestSpecification spec) {
    return (spec == null ? given() : spec).accept("text/html").redirects().follow(false);
  }

  private static UUID create(RequestSpecification spec, String path, Object body) {
    return Tenants.created(spec, path, body);
  }

  private static JsonPath read(RequestSpecification spec, String path) {
    return spec.get(path).then().statusCode(200).extract().jsonPath();
  }
}
