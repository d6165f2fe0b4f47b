package eu.aimarket.identity.security;

import eu.aimarket.catalog.ClaimReview;
import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.demand.RequirementFixtures;
import eu.aimarket.identity.IdentityFixtures;
import eu.aimarket.identity.security.Tenants.Tenant;
import eu.aimarket.policy.PolicyFixtures;
import eu.aimarket.policy.PolicyTemplates;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * For each operation, a request that an authorised caller would send successfully, aimed at the
 * objects of one organisation (the target). Operations that change or remove what they reach get a
 * new object for every call, so that the cells do not depend on each other.
 */
final class MatrixRequests {

  /** The organisation whose objects a request is aimed at, and a way to make new ones. */
  record Target(Tenant tenant, Tenants tenants) {
    UUID id() {
      return tenant.id();
    }

    Tenants.TenderObjects objects() {
      return tenants.tenderObjects(tenant);
    }
  }

  @FunctionalInterface
  interface Request {
    Response send(RequestSpecification spec, Target target);
  }

  static final Map<String, Request> ALL = new LinkedHashMap<>();

  private MatrixRequests() {}

  private static void on(String key, Request request) {
    if (ALL.put(key, request) != null) {
      throw new IllegalStateException("Two requests for " + key);
    }
  }

  private static RequestSpecification json(RequestSpecification spec, Object body) {
    return spec.contentType(ContentType.JSON).body(body);
  }

  private static RequestSpecification form(RequestSpecification spec, Map<String, ?> fields) {
    fields.forEach(
        (name, value) -> {
          if (value instanceof List<?> values) {
            spec.formParam(name, values.toArray());
          } else {
            spec.formParam(name, value);
          }
        });
    return spec;
  }

  private static Map<String, Object> offering(Target t) {
    Map<String, Object> body = OfferingFixtures.validOffering(IdentityFixtures.unique("Offering"));
    body.put("supplierId", t.id().toString());
    return body;
  }

  private static Map<String, Object> requirement(Target t) {
    Map<String, Object> body =
        RequirementFixtures.germanLlmInTheEu(IdentityFixtures.unique("Requirement"));
    body.put("buyerOrganisationId", t.id().toString());
    body.put("status", "DRAFT");
    return body;
  }

  private static List<Map<String, Object>> rules() {
    return List.of(PolicyFixtures.rule("Open weights", "offering.openWeights", 40));
  }

  private static Map<String, Object> policyForm(int basedOn) {
    return Map.of(
        "basedOn", Integer.toString(basedOn),
        "name", IdentityFixtures.unique("Policy"),
        "description", "Rewards open weights.",
        "changeNote", "More points",
        "rule-0-name", "Open weights",
        "rule-0-condition", "offering.openWeights",
        "rule-0-effect", "POINTS",
        "rule-0-points", "40",
        "rule-0-reason", "Open weights let us run the model ourselves.");
  }

  private static Map<String, Object> requirementForm(String title) {
    return Map.ofEntries(
        Map.entry("title", title),
        Map.entry("description", "An LLM for drafting German administrative letters."),
        Map.entry("category", "LLM_API"),
        Map.entry("buyerType", "PRIVATE"),
        Map.entry("dataSensitivity", "CONFIDENTIAL"),
        Map.entry("budgetMaxEur", "50000"),
        Map.entry("budgetUnit", "per year"),
        Map.entry("status", "DRAFT"),
        Map.entry("dataLocation", "EU"),
        Map.entry("languages", "de"),
        Map.entry("niceOpenWeightsWeight", "20"));
  }

  private static Map<String, Object> publication(UUID requirement) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return Map.of(
        "requirementId", requirement.toString(),
        "questionsDeadline", now.plusDays(14).toString(),
        "responsesDeadline", now.plusDays(28).toString());
  }

  /**
   * A new complete response of the target's supplier to a new tender of the third organisation,
   * submitted or still a draft: its path.
   */
  private static String freshResponse(Target t, boolean submitted) {
    UUID tender = t.tenants().tenderOfTenderer();
    UUID offering = t.tenant().publishedOffering();
    UUID response =
        submitted
            ? t.tenants().submittedResponse(tender, t.id(), offering, "Fresh.")
            : t.tenants().response(tender, t.id(), offering, "Fresh.");
    return "/api/v1/tenders/" + tender + "/responses/" + response;
  }

  /** The third organisation's submitted response to a new tender of the target: its path. */
  private static String tenderersResponse(Target t) {
    UUID tender = t.tenants().tender(t.id());
    Tenant tenderer = t.tenants().tenderer();
    UUID response =
        t.tenants().submittedResponse(tender, tenderer.id(), tenderer.publishedOffering(), "Sent.");
    return "/api/v1/tenders/" + tender + "/responses/" + response;
  }

  private static Map<String, Object> organisation(String name) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("legalName", name);
    body.put("registrationId", IdentityFixtures.uniqueVat());
    body.put("country", "NL");
    body.put("kind", "BUYER");
    return body;
  }

  static {
    // Identity: the caller, organisations, members, the audit log.
    on("GET /api/v1/me", (spec, t) -> spec.get("/api/v1/me"));
    on("GET /api/v1/audit-events", (spec, t) -> spec.get("/api/v1/audit-events"));
    on("GET /api/v1/organisations", (spec, t) -> spec.get("/api/v1/organisations"));
    on(
        "POST /api/v1/organisations",
        (spec, t) ->
            json(spec, organisation(IdentityFixtures.unique("Registered")))
                .post("/api/v1/organisations"));
    on("GET /api/v1/organisations/{id}", (spec, t) -> spec.get("/api/v1/organisations/" + t.id()));
    on(
        "PUT /api/v1/organisations/{id}",
        (spec, t) ->
            json(spec, t.tenants().unchangedOrganisation(t.id()))
                .put("/api/v1/organisations/" + t.id()));
    on(
        "GET /api/v1/organisations/{organisationId}/members",
        (spec, t) -> spec.get("/api/v1/organisations/" + t.id() + "/members"));
    on(
        "POST /api/v1/organisations/{organisationId}/members",
        (spec, t) ->
            json(spec, Map.of("subject", IdentityFixtures.unique("colleague"), "role", "BUYER"))
                .post("/api/v1/organisations/" + t.id() + "/members"));
    on(
        "DELETE /api/v1/organisations/{organisationId}/members/{memberId}",
        (spec, t) ->
            spec.delete(
                "/api/v1/organisations/" + t.id() + "/members/" + t.tenants().member(t.id())));
    on(
        "POST /api/v1/organisations/{organisationId}/invitations",
        (spec, t) ->
            json(
                    spec,
                    Map.of(
                        "email",
                        IdentityFixtures.unique("colleague") + "@example.org",
                        "role",
                        "BUYER"))
                .post("/api/v1/organisations/" + t.id() + "/invitations"));

    // Catalogue.
    on(
        "GET /api/v1/offerings",
        (spec, t) -> spec.queryParam("supplierId", t.id().toString()).get("/api/v1/offerings"));
    on(
        "GET /api/v1/offerings/{id}",
        (spec, t) -> spec.get("/api/v1/offerings/" + t.tenant().draftOffering()));
    on("POST /api/v1/offerings", (spec, t) -> json(spec, offering(t)).post("/api/v1/offerings"));
    on(
        "PUT /api/v1/offerings/{id}",
        (spec, t) -> {
          UUID id = t.tenants().publishedOffering(t.id());
          Map<String, Object> body = offering(t);
          body.put("version", 0);
          return json(spec, body).put("/api/v1/offerings/" + id);
        });
    on(
        "DELETE /api/v1/offerings/{id}",
        (spec, t) -> spec.delete("/api/v1/offerings/" + t.tenants().publishedOffering(t.id())));
    on(
        "GET /api/v1/offerings.csv",
        (spec, t) -> spec.queryParam("supplierId", t.id().toString()).get("/api/v1/offerings.csv"));
    on(
        "POST /api/v1/offerings/import",
        (spec, t) ->
            spec.contentType("text/csv; charset=UTF-8")
                .queryParam("supplierId", t.id().toString())
                .body(
                    "name,description,category,deploymentModels,dataStorageCountries,languages,"
                        + "openWeights,licence,pricingModel,priceEur,status\r\n"
                        + IdentityFixtures.unique("Imported")
                        + ",Imported offering,LLM_API,SAAS,DE,de,true,Apache-2.0,PER_TOKEN,1.25,"
                        + "DRAFT\r\n")
                .post("/api/v1/offerings/import"));
    on(
        "GET /api/v1/offerings/{id}/matching-requirements",
        (spec, t) ->
            spec.get(
                "/api/v1/offerings/" + t.tenant().publishedOffering() + "/matching-requirements"));
    for (String vocabulary :
        List.of(
            "countries",
            "categories",
            "certifications",
            "deployment-models",
            "extraterritorial-laws",
            "claim-attributes",
            "sovereignty-objectives")) {
      on(
          "GET /api/v1/reference/" + vocabulary,
          (spec, t) -> spec.get("/api/v1/reference/" + vocabulary));
    }

    // Demand and matching.
    on("GET /api/v1/requirements", (spec, t) -> spec.get("/api/v1/requirements"));
    on("GET /api/v1/requirements/open", (spec, t) -> spec.get("/api/v1/requirements/open"));
    on(
        "GET /api/v1/requirements/{id}",
        (spec, t) -> spec.get("/api/v1/requirements/" + t.tenant().draftRequirement()));
    on(
        "POST /api/v1/requirements",
        (spec, t) -> json(spec, requirement(t)).post("/api/v1/requirements"));
    on(
        "PUT /api/v1/requirements/{id}",
        (spec, t) -> {
          UUID id = t.tenants().requirement(t.id(), IdentityFixtures.unique("Requirement"));
          Map<String, Object> body = requirement(t);
          body.put("version", 0);
          return json(spec, body).put("/api/v1/requirements/" + id);
        });
    on(
        "GET /api/v1/requirements/{id}/matches",
        (spec, t) ->
            spec.get("/api/v1/requirements/" + t.tenant().draftRequirement() + "/matches"));
    on(
        "POST /api/v1/requirements/{id}/matches",
        (spec, t) ->
            json(spec, Map.of())
                .post("/api/v1/requirements/" + t.tenant().draftRequirement() + "/matches"));
    on(
        "GET /api/v1/requirements/{id}/ocds",
        (spec, t) -> spec.get("/api/v1/requirements/" + t.tenant().draftRequirement() + "/ocds"));
    on(
        "GET /api/v1/match-runs/{id}",
        (spec, t) -> spec.get("/api/v1/match-runs/" + t.tenant().matchRun()));
    on(
        "POST /api/v1/match-runs/{id}/replay",
        (spec, t) ->
            spec.contentType(ContentType.JSON)
                .post("/api/v1/match-runs/" + t.tenant().matchRun() + "/replay"));
    on(
        "GET /api/v1/match-runs/{id}.csv",
        (spec, t) -> spec.get("/api/v1/match-runs/" + t.tenant().matchRun() + ".csv"));
    on(
        "GET /api/v1/ocds/releases",
        (spec, t) -> spec.queryParam("from", "2020-01-01").get("/api/v1/ocds/releases"));

    // Incentive policies.
    on(
        "GET /api/v1/policies",
        (spec, t) -> spec.queryParam("ownerId", t.id().toString()).get("/api/v1/policies"));
    on(
        "GET /api/v1/policies/{id}",
        (spec, t) -> spec.get("/api/v1/policies/" + t.tenant().policy()));
    on(
        "GET /api/v1/policies/{id}/versions/{version}",
        (spec, t) -> spec.get("/api/v1/policies/" + t.tenant().policy() + "/versions/1"));
    on(
        "POST /api/v1/policies",
        (spec, t) -> {
          Map<String, Object> body =
              PolicyFixtures.openWeightsPolicy(IdentityFixtures.unique("Policy"));
          body.put("ownerId", t.id().toString());
          return json(spec, body).post("/api/v1/policies");
        });
    on(
        "POST /api/v1/policies/{id}/versions",
        (spec, t) ->
            json(spec, Map.of("basedOnVersion", 1, "rules", rules()))
                .post(
                    "/api/v1/policies/"
                        + t.tenants().policy(t.id(), IdentityFixtures.unique("Policy"))
                        + "/versions"));
    on(
        "POST /api/v1/policies/{id}/preview",
        (spec, t) ->
            json(spec, Map.of("rules", rules()))
                .post("/api/v1/policies/" + t.tenant().policy() + "/preview"));
    on(
        "GET /api/v1/organisations/{id}/policy",
        (spec, t) -> spec.get("/api/v1/organisations/" + t.id() + "/policy"));
    on(
        "PUT /api/v1/organisations/{id}/policy",
        (spec, t) ->
            json(spec, Map.of("policyId", PolicyTemplates.SOVEREIGNTY_FIRST.toString()))
                .put("/api/v1/organisations/" + t.id() + "/policy"));

    // Webhooks.
    on(
        "GET /api/v1/webhooks",
        (spec, t) -> spec.queryParam("organisationId", t.id().toString()).get("/api/v1/webhooks"));
    on(
        "POST /api/v1/webhooks",
        (spec, t) ->
            json(
                    spec,
                    Map.of(
                        "organisationId", t.id().toString(),
                        "url", "http://127.0.0.1:9/hooks/" + UUID.randomUUID(),
                        "events", List.of("offering.published")))
                .post("/api/v1/webhooks"));
    on(
        "GET /api/v1/webhooks/{id}",
        (spec, t) -> spec.get("/api/v1/webhooks/" + t.tenant().webhook()));
    on(
        "DELETE /api/v1/webhooks/{id}",
        (spec, t) ->
            spec.delete("/api/v1/webhooks/" + t.tenants().webhook(t.id(), "To be deleted")));
    on(
        "GET /api/v1/webhooks/{id}/deliveries",
        (spec, t) -> spec.get("/api/v1/webhooks/" + t.tenant().webhook() + "/deliveries"));

    // Public pages.
    on("GET /", (spec, t) -> spec.get("/"));
    on("GET /catalogue", (spec, t) -> spec.get("/catalogue"));
    on("GET /transparency", (spec, t) -> spec.get("/transparency"));
    on("GET /offerings/{id}", (spec, t) -> spec.get("/offerings/" + t.tenant().draftOffering()));
    on("GET /suppliers/{id}", (spec, t) -> spec.get("/suppliers/" + t.id()));
    on(
        "GET /compare",
        (spec, t) ->
            spec.queryParam("ids", t.tenant().publishedOffering().toString()).get("/compare"));
    on(
        "GET /language",
        (spec, t) -> spec.queryParam("lang", "de").queryParam("next", "/").get("/language"));

    // Signing in and the dashboard.
    on("GET /login", (spec, t) -> spec.get("/login"));
    on("GET /logout", (spec, t) -> spec.get("/logout"));
    on("GET /dashboard", (spec, t) -> spec.get("/dashboard"));

    // Claims review.
    on("GET /admin/claims", (spec, t) -> spec.get("/admin/claims"));
    on(
        "POST /admin/claims/{id}/verify",
        (spec, t) -> {
          ClaimReview claim = t.tenants().declaredClaim(t.id());
          return form(
                  spec,
                  Map.of(
                      "version",
                      Long.toString(claim.claim().version()),
                      "note",
                      "Checked the registry entry.",
                      "evidenceUrl",
                      "https://trade-register.example/entry/1",
                      "expiresOn",
                      LocalDate.now().plusMonths(6).toString()))
              .post("/admin/claims/" + claim.claim().id() + "/verify");
        });
    on(
        "POST /admin/claims/{id}/reject",
        (spec, t) -> {
          ClaimReview claim = t.tenants().declaredClaim(t.id());
          return form(
                  spec,
                  Map.of("version", Long.toString(claim.claim().version()), "note", "No evidence."))
              .post("/admin/claims/" + claim.claim().id() + "/reject");
        });
    on(
        "GET /supplier/claims",
        (spec, t) -> spec.queryParam("organisation", t.id().toString()).get("/supplier/claims"));
    on("GET /supplier/leads", (spec, t) -> spec.get("/supplier/leads"));

    // Supplier onboarding: each person's own draft, whatever organisation they belong to.
    on("GET /supplier/onboarding", (spec, t) -> spec.get("/supplier/onboarding"));
    on(
        "POST /supplier/onboarding/organisation",
        (spec, t) ->
            form(
                    spec,
                    Map.of(
                        "legalName", "Nordlicht KI GmbH",
                        "registrationId", IdentityFixtures.uniqueVat(),
                        "country", "DE",
                        "website", "https://nordlicht.example",
                        "kind", "SUPPLIER"))
                .post("/supplier/onboarding/organisation"));
    on(
        "POST /supplier/onboarding/ownership",
        (spec, t) ->
            form(
                    spec,
                    Map.of(
                        "headquartersCountry", "DE",
                        "controllingEntity", "Nordlicht KI GmbH",
                        "controlCountry", "DE",
                        "nonEuOwnershipPercent", "10",
                        "euPresence", "FULL",
                        "sme", "true"))
                .post("/supplier/onboarding/ownership"));
    on(
        "POST /supplier/onboarding/offerings",
        (spec, t) ->
            form(
                    spec,
                    Map.ofEntries(
                        Map.entry("action", "add"),
                        Map.entry("name", "Nordlicht Sprache"),
                        Map.entry("description", "A German language model."),
                        Map.entry("category", "LLM_API"),
                        Map.entry("deploymentModels", List.of("SAAS")),
                        Map.entry("dataStorageCountries", "DE"),
                        Map.entry("dataProcessingCountries", "DE"),
                        Map.entry("supportCountries", "DE"),
                        Map.entry("languages", "de"),
                        Map.entry("openWeights", "true"),
                        Map.entry("licence", "Apache-2.0"),
                        Map.entry("pricingModel", "PER_TOKEN"),
                        Map.entry("priceEur", "0.80"),
                        Map.entry("priceUnit", "per 1M tokens")))
                .post("/supplier/onboarding/offerings"));
    on(
        "POST /supplier/onboarding/offerings/remove",
        (spec, t) ->
            form(spec, Map.of("index", "0")).post("/supplier/onboarding/offerings/remove"));
    on("POST /supplier/onboarding/submit", (spec, t) -> spec.post("/supplier/onboarding/submit"));
    on("POST /supplier/onboarding/discard", (spec, t) -> spec.post("/supplier/onboarding/discard"));

    // The buyer's pages.
    on("GET /buyer/requirements", (spec, t) -> spec.get("/buyer/requirements"));
    on("GET /buyer/requirements/new", (spec, t) -> spec.get("/buyer/requirements/new"));
    on(
        "POST /buyer/requirements",
        (spec, t) ->
            form(spec, requirementForm(IdentityFixtures.unique("Requirement")))
                .post("/buyer/requirements"));
    on(
        "GET /buyer/requirements/{id}",
        (spec, t) -> spec.get("/buyer/requirements/" + t.tenant().draftRequirement()));
    on(
        "GET /buyer/requirements/{id}/edit",
        (spec, t) -> spec.get("/buyer/requirements/" + t.tenant().draftRequirement() + "/edit"));
    on(
        "POST /buyer/requirements/{id}",
        (spec, t) -> {
          UUID id = t.tenants().requirement(t.id(), IdentityFixtures.unique("Requirement"));
          Map<String, Object> fields =
              new LinkedHashMap<>(requirementForm(IdentityFixtures.unique("Changed")));
          fields.put("version", "0");
          return form(spec, fields).post("/buyer/requirements/" + id);
        });
    on(
        "POST /buyer/requirements/{id}/matches",
        (spec, t) ->
            spec.post("/buyer/requirements/" + t.tenant().draftRequirement() + "/matches"));
    on("GET /buyer/matches/{id}", (spec, t) -> spec.get("/buyer/matches/" + t.tenant().matchRun()));
    on(
        "GET /buyer/matches/{id}/replay",
        (spec, t) -> spec.get("/buyer/matches/" + t.tenant().matchRun() + "/replay"));
    on(
        "GET /buyer/matches/{id}/ranking.csv",
        (spec, t) -> spec.get("/buyer/matches/" + t.tenant().matchRun() + "/ranking.csv"));

    // Tenders through the API. Buyer-side operations aim at the target's own tender; supplier-side
    // ones at the target's supplier acting on a third organisation's tender.
    on("GET /api/v1/tenders", (spec, t) -> spec.get("/api/v1/tenders"));
    on(
        "POST /api/v1/tenders",
        (spec, t) ->
            json(spec, publication(t.tenants().openRequirement(t.id()))).post("/api/v1/tenders"));
    on(
        "GET /api/v1/tenders/{id}",
        (spec, t) -> spec.get("/api/v1/tenders/" + t.objects().tender()));
    on(
        "POST /api/v1/tenders/{id}/conclusion",
        (spec, t) ->
            json(spec, Map.of("outcome", "CANCELLED", "reason", "No budget.", "version", 0))
                .post("/api/v1/tenders/" + t.tenants().tender(t.id()) + "/conclusion"));
    on(
        "GET /api/v1/tenders/{id}/questions",
        (spec, t) -> spec.get("/api/v1/tenders/" + t.objects().tender() + "/questions"));
    on(
        "POST /api/v1/tenders/{id}/questions",
        (spec, t) ->
            json(
                    spec,
                    Map.of(
                        "supplierOrganisationId",
                        t.id().toString(),
                        "question",
                        "Is on-premises hosting acceptable?"))
                .post("/api/v1/tenders/" + t.tenants().tenderOfTenderer() + "/questions"));
    on(
        "PUT /api/v1/tenders/{id}/questions/{questionId}/answer",
        (spec, t) -> {
          UUID tender = t.objects().tender();
          UUID question =
              t.tenants().question(tender, t.tenants().tenderer().id(), "Which region?");
          return json(spec, Map.of("answer", "Any EU region."))
              .put("/api/v1/tenders/" + tender + "/questions/" + question + "/answer");
        });
    on(
        "GET /api/v1/tenders/{id}/responses",
        (spec, t) -> spec.get("/api/v1/tenders/" + t.objects().tender() + "/responses"));
    on(
        "POST /api/v1/tenders/{id}/responses",
        (spec, t) -> {
          UUID tender = t.tenants().tenderOfTenderer();
          return json(
                  spec,
                  t.tenants()
                      .responseBody(tender, t.id(), t.tenant().publishedOffering(), "Drafted."))
              .post("/api/v1/tenders/" + tender + "/responses");
        });
    on(
        "GET /api/v1/tenders/{id}/responses/{responseId}",
        (spec, t) ->
            spec.get(
                "/api/v1/tenders/"
                    + t.objects().foreignTender()
                    + "/responses/"
                    + t.objects().response()));
    on(
        "PUT /api/v1/tenders/{id}/responses/{responseId}",
        (spec, t) -> {
          String path = freshResponse(t, false);
          UUID tender = UUID.fromString(path.split("/")[4]);
          Map<String, Object> body =
              new LinkedHashMap<>(
                  t.tenants()
                      .responseBody(tender, t.id(), t.tenant().publishedOffering(), "Changed."));
          body.put("version", 0);
          return json(spec, body).put(path);
        });
    on(
        "POST /api/v1/tenders/{id}/responses/{responseId}/submit",
        (spec, t) -> spec.contentType(ContentType.JSON).post(freshResponse(t, false) + "/submit"));
    on(
        "POST /api/v1/tenders/{id}/responses/{responseId}/withdraw",
        (spec, t) -> spec.contentType(ContentType.JSON).post(freshResponse(t, true) + "/withdraw"));
    on(
        "PUT /api/v1/tenders/{id}/responses/{responseId}/evaluation",
        (spec, t) ->
            json(spec, Map.of("shortlisted", true, "note", "Strong on sovereignty.", "version", 1))
                .put(tenderersResponse(t) + "/evaluation"));

    // Saved searches.
    on(
        "GET /api/v1/saved-searches",
        (spec, t) -> {
          t.objects();
          return spec.get("/api/v1/saved-searches");
        });
    on(
        "POST /api/v1/saved-searches",
        (spec, t) ->
            json(
                    spec,
                    Map.of(
                        "organisationId", t.id().toString(),
                        "kind", "CATALOGUE",
                        "name", "Sovereign LLMs",
                        "criteria", Map.of("category", "LLM_API"),
                        "frequency", "WEEKLY",
                        "email", "alerts@example.org"))
                .post("/api/v1/saved-searches"));
    on(
        "DELETE /api/v1/saved-searches/{id}",
        (spec, t) ->
            spec.delete("/api/v1/saved-searches/" + t.tenants().savedSearch(t.id(), "To delete")));

    // The tender pages. Supplier-side pages act for the caller's own supplier organisation, on a
    // third organisation's tender: the one the target responded to, or a new one.
    on(
        "GET /tenders",
        (spec, t) -> {
          t.objects();
          return spec.get("/tenders");
        });
    on(
        "GET /tenders/new",
        (spec, t) ->
            spec.queryParam("requirement", t.tenants().openRequirement(t.id()).toString())
                .get("/tenders/new"));
    on(
        "POST /tenders",
        (spec, t) -> {
          OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0);
          return form(
                  spec,
                  Map.of(
                      "requirementId", t.tenants().openRequirement(t.id()).toString(),
                      "questionsDeadline", now.plusDays(14).toLocalDateTime().toString(),
                      "responsesDeadline", now.plusDays(28).toLocalDateTime().toString()))
              .post("/tenders");
        });
    on("GET /tenders/{id}", (spec, t) -> spec.get("/tenders/" + t.objects().tender()));
    on(
        "POST /tenders/{id}/questions",
        (spec, t) ->
            form(spec, Map.of("question", "Is on-premises hosting acceptable?"))
                .post("/tenders/" + t.tenants().tenderOfTenderer() + "/questions"));
    on(
        "POST /tenders/{id}/questions/{questionId}/answer",
        (spec, t) -> {
          UUID tender = t.objects().tender();
          UUID question =
              t.tenants().question(tender, t.tenants().tenderer().id(), "Which region?");
          return form(spec, Map.of("answer", "Any EU region."))
              .post("/tenders/" + tender + "/questions/" + question + "/answer");
        });
    on(
        "POST /tenders/{id}/responses/{responseId}/evaluation",
        (spec, t) ->
            form(spec, Map.of("shortlisted", "on", "note", "Strong on sovereignty."))
                .post(tenderersResponse(t).substring("/api/v1".length()) + "/evaluation"));
    on(
        "POST /tenders/{id}/conclusion",
        (spec, t) ->
            form(spec, Map.of("outcome", "CANCELLED", "reason", "No budget."))
                .post("/tenders/" + t.tenants().tender(t.id()) + "/conclusion"));
    on(
        "GET /tenders/{id}/response",
        (spec, t) -> spec.get("/tenders/" + t.objects().foreignTender() + "/response"));
    on(
        "POST /tenders/{id}/response",
        (spec, t) ->
            form(
                    spec,
                    Map.of(
                        "action", "save",
                        "priceEur", "1000",
                        "priceUnit", "per year",
                        "evidence.must.languages", "German."))
                .post("/tenders/" + t.tenants().tenderOfTenderer() + "/response"));

    // The policy editor.
    on("GET /policies", (spec, t) -> spec.get("/policies"));
    on("GET /policies/{id}", (spec, t) -> spec.get("/policies/" + t.tenant().policy()));
    on(
        "POST /policies/{id}/preview",
        (spec, t) ->
            form(spec, policyForm(1)).post("/policies/" + t.tenant().policy() + "/preview"));
    on(
        "POST /policies/{id}/publish",
        (spec, t) ->
            form(spec, policyForm(1))
                .post(
                    "/policies/"
                        + t.tenants().policy(t.id(), IdentityFixtures.unique("Policy"))
                        + "/publish"));
    on(
        "POST /policies/{id}/choose",
        (spec, t) -> spec.post("/policies/" + t.tenant().policy() + "/choose"));
  }
}
