package eu.aimarket.identity.security;

import static io.restassured.RestAssured.given;

import eu.aimarket.catalog.ClaimReview;
import eu.aimarket.catalog.ClaimService;
import eu.aimarket.catalog.ClaimStatus;
import eu.aimarket.catalog.EuPresence;
import eu.aimarket.catalog.OfferingFixtures;
import eu.aimarket.catalog.OrganisationRegistration;
import eu.aimarket.catalog.SupplierProfileData;
import eu.aimarket.demand.RequirementFixtures;
import eu.aimarket.identity.IdentityFixtures;
import eu.aimarket.identity.NewMember;
import eu.aimarket.identity.OrganisationDetails;
import eu.aimarket.identity.OrganisationKind;
import eu.aimarket.identity.OrganisationService;
import eu.aimarket.identity.Role;
import eu.aimarket.identity.security.AuthorizationMatrixTest.Caller;
import eu.aimarket.policy.PolicyFixtures;
import eu.aimarket.testsupport.TestOidcProvider;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations for the authorisation tests, each with a buyer, a supplier and a procurement
 * system's service account as members, and private objects of every kind: a draft offering, a draft
 * requirement with a match run, a buyer policy and a webhook subscription. Each private object
 * carries the organisation's marker, so that an answer showing it to a stranger is easy to find.
 * Objects are made through the API by an administrator that belongs to no organisation.
 */
@ApplicationScoped
public class Tenants {

  /** One organisation and its objects. */
  public record Tenant(
      String name,
      UUID id,
      String marker,
      UUID publishedOffering,
      UUID draftOffering,
      UUID draftRequirement,
      UUID policy,
      UUID webhook,
      UUID matchRun) {}

  /**
   * A buyer, a supplier and a procurement system's service account of one organisation, and an
   * administrator who belongs to none. Each operation of the matrix gets new ones, so that what one
   * operation does to its callers (e.g. registering an organisation makes the caller its member)
   * cannot change another's cells.
   */
  public record Callers(String buyer, String supplier, String service, String admin) {}

  /** A CSRF cookie and the form field that goes with it, as a page's form carries them. */
  public record Csrf(String cookie, String field) {
    public static final String NAME = "csrf-token";
  }

  private static final Map<String, Object> PROFILE =
      Map.of(
          "headquartersCountry", "NL",
          "controllingEntity", "Authz Holding B.V.",
          "controlCountry", "NL",
          "nonEuOwnershipPercent", 0,
          "extraterritorialLaws", List.of(),
          "euPresence", "FULL",
          "sme", true);

  private static final Pattern HIDDEN_TOKEN =
      Pattern.compile("name=\"" + Csrf.NAME + "\" value=\"([^\"]+)\"");

  private final OrganisationRegistration registration;
  private final OrganisationService organisations;
  private final ClaimService claims;
  private final String fixtures = IdentityFixtures.unique("authz-fixtures");

  Tenants(
      OrganisationRegistration registration,
      OrganisationService organisations,
      ClaimService claims) {
    this.registration = registration;
    this.organisations = organisations;
    this.claims = claims;
  }

  /** A new organisation that buys and supplies, with its members and private objects. */
  public Tenant create(String name) {
    String marker = IdentityFixtures.unique("private-of-" + name);
    OrganisationDetails details =
        new OrganisationDetails(
            null,
            "Authz " + IdentityFixtures.unique(name),
            IdentityFixtures.uniqueVat(),
            "NL",
            null,
            OrganisationKind.BOTH,
            0,
            null,
            null);
    UUID id =
        registration
            .register(
                details,
                new SupplierProfileData(
                    (String) PROFILE.get("headquartersCountry"),
                    (String) PROFILE.get("controllingEntity"),
                    (String) PROFILE.get("controlCountry"),
                    0,
                    Set.of(),
                    EuPresence.FULL,
                    true),
                null)
            .id();

    UUID published = publishedOffering(id);
    Map<String, Object> draft = OfferingFixtures.validOffering("Draft offering " + marker);
    draft.put("supplierId", id.toString());
    draft.put("status", "DRAFT");
    UUID draftOffering = created("/api/v1/offerings", draft);

    UUID draftRequirement = requirement(id, "Draft requirement " + marker);
    UUID policy = policy(id, "Policy " + marker);
    UUID webhook = webhook(id, "Webhook " + marker);
    UUID run =
        UUID.fromString(
            asFixtures()
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/requirements/" + draftRequirement + "/matches")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    Tenant tenant =
        new Tenant(
            name, id, marker, published, draftOffering, draftRequirement, policy, webhook, run);
    callers(tenant);
    return tenant;
  }

  /** New members of the organisation, one of each kind. */
  public Callers callers(Tenant home) {
    String buyer = IdentityFixtures.unique(home.name() + "-buyer");
    String supplier = IdentityFixtures.unique(home.name() + "-supplier");
    String service = IdentityFixtures.unique("service-account-" + home.name());
    organisations.addMember(
        home.id(), new NewMember(buyer, Role.BUYER, "Buyer " + home.marker(), false), null);
    organisations.addMember(
        home.id(),
        new NewMember(supplier, Role.SUPPLIER, "Supplier " + home.marker(), false),
        null);
    organisations.addMember(
        home.id(),
        new NewMember(service, Role.BUYER, "Procurement system " + home.marker(), true),
        null);
    return new Callers(buyer, supplier, service, IdentityFixtures.unique("authz-admin"));
  }

  /** The bearer token of a caller; none for an anonymous caller. */
  public String token(Caller caller, Callers callers) {
    return switch (caller) {
      case ANONYMOUS -> null;
      case BUYER -> TestOidcProvider.token(callers.buyer(), Set.of("buyer"));
      case SUPPLIER -> TestOidcProvider.token(callers.supplier(), Set.of("supplier"));
      case SERVICE -> TestOidcProvider.token(callers.service(), Set.of("buyer"));
      case ADMIN -> TestOidcProvider.token(callers.admin(), Set.of("admin"));
    };
  }

  /** A CSRF token pair as the onboarding page hands it out. */
  public Csrf csrf() {
    Response page =
        given()
            .auth()
            .oauth2(TestOidcProvider.token(fixtures, Set.of("admin")))
            .accept("text/html")
            .get("/supplier/onboarding");
    Matcher field = HIDDEN_TOKEN.matcher(page.asString());
    String cookie = page.getCookie(Csrf.NAME);
    if (cookie == null || !field.find()) {
      throw new AssertionError("The onboarding page has no CSRF token: " + page.statusCode());
    }
    return new Csrf(cookie, field.group(1));
  }

  public UUID publishedOffering(UUID supplier) {
    Map<String, Object> offering =
        OfferingFixtures.validOffering(IdentityFixtures.unique("Published offering"));
    offering.put("supplierId", supplier.toString());
    return created("/api/v1/offerings", offering);
  }

  /** A draft requirement; its title is the caller's to choose. */
  public UUID requirement(UUID buyer, String title) {
    Map<String, Object> requirement = RequirementFixtures.germanLlmInTheEu(title);
    requirement.put("buyerOrganisationId", buyer.toString());
    requirement.put("status", "DRAFT");
    requirement.put("buyerType", "PRIVATE");
    return created("/api/v1/requirements", requirement);
  }

  public UUID policy(UUID owner, String name) {
    Map<String, Object> policy = PolicyFixtures.openWeightsPolicy(name);
    policy.put("ownerId", owner.toString());
    return created("/api/v1/policies", policy);
  }

  public UUID webhook(UUID organisation, String description) {
    return created(
        "/api/v1/webhooks",
        Map.of(
            "organisationId",
            organisation.toString(),
            "url",
            "http://127.0.0.1:9/hooks/" + UUID.randomUUID(),
            "events",
            List.of("offering.published"),
            "description",
            description));
  }

  /**
   * The organisation as it is now, as an update that changes nothing but its version. Read through
   * the API: this test's persistence context would remember an older version.
   */
  public Map<String, Object> unchangedOrganisation(UUID id) {
    Map<String, Object> current =
        given().get("/api/v1/organisations/" + id).then().statusCode(200).extract().path("$");
    Map<String, Object> body = new java.util.HashMap<>();
    for (String field : List.of("legalName", "registrationId", "country", "kind", "version")) {
      body.put(field, current.get(field));
    }
    body.put("supplier", PROFILE);
    return body;
  }

  /** A new member of the organisation, who may be removed again. */
  public UUID member(UUID organisation) {
    return created(
        "/api/v1/organisations/" + organisation + "/members",
        Map.of("subject", IdentityFixtures.unique("colleague"), "role", "BUYER"));
  }

  /** A declared claim of a new offering of the supplier: its id and version. */
  public ClaimReview declaredClaim(UUID supplier) {
    UUID offering = publishedOffering(supplier);
    return claims.ofSupplier(supplier).stream()
        .filter(c -> offering.equals(c.offeringId()))
        .filter(c -> c.claim().status() == ClaimStatus.DECLARED)
        .findFirst()
        .orElseThrow(() -> new AssertionError("A new offering has no declared claim"));
  }

  private UUID created(String path, Object body) {
    return created(asFixtures(), path, body);
  }

  /** Creates through the API as the caller of {@code spec}; the new object's id. */
  static UUID created(RequestSpecification spec, String path, Object body) {
    return UUID.fromString(
        spec.contentType(ContentType.JSON)
            .body(body)
            .post(path)
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  /** The tender objects of one organisation, made once per organisation. */
  public record TenderObjects(
      UUID tender, UUID foreignTender, UUID question, UUID response, UUID savedSearch) {}

  private final Map<UUID, TenderObjects> tenderObjects =
      new java.util.concurrent.ConcurrentHashMap<>();
  private Tenant tenderer;

  /**
   * The organisation's private tender objects, each carrying its marker: its own published tender,
   * with a question and a submitted response of a third organisation (private to the buyer until
   * answered or evaluated); a question and a draft response of its own supplier to the third
   * organisation's tender; and a saved search.
   */
  public synchronized TenderObjects tenderObjects(Tenant tenant) {
    return tenderObjects.computeIfAbsent(
        tenant.id(),
        id -> {
          UUID tender = tender(id);
          question(tender, tenderer().id(), "Question " + tenant.marker());
          submittedResponse(
              tender, tenderer().id(), tenderer().publishedOffering(), tenant.marker());
          UUID foreignTender = tenderOfTenderer();
          UUID question = question(foreignTender, id, "Question " + tenant.marker());
          UUID response =
              response(
                  foreignTender, id, tenant.publishedOffering(), "Price notes " + tenant.marker());
          return new TenderObjects(
              tender, foreignTender, question, response, savedSearch(id, tenant.marker()));
        });
  }

  /** A third organisation that publishes tenders and responds to the others' tenders. */
  public synchronized Tenant tenderer() {
    if (tenderer == null) {
      tenderer = create("tenderer");
    }
    return tenderer;
  }

  /** A new tender of the third organisation, for a supplier to respond to or ask about. */
  public UUID tenderOfTenderer() {
    return tender(tenderer().id());
  }

  /** An open requirement of the buyer, not yet published as a tender. */
  public UUID openRequirement(UUID buyer) {
    Map<String, Object> requirement =
        RequirementFixtures.germanLlmInTheEu(IdentityFixtures.unique("Tendered requirement"));
    requirement.put("buyerOrganisationId", buyer.toString());
    requirement.put("buyerType", "PRIVATE");
    requirement.put("status", "OPEN");
    return created("/api/v1/requirements", requirement);
  }

  /** A new tender of the buyer, open for questions for two weeks and for responses for four. */
  public UUID tender(UUID buyer) {
    java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
    return created(
        "/api/v1/tenders",
        Map.of(
            "requirementId", openRequirement(buyer).toString(),
            "questionsDeadline", now.plusDays(14).toString(),
            "responsesDeadline", now.plusDays(28).toString()));
  }

  /** A question of the supplier organisation about the tender. */
  public UUID question(UUID tender, UUID supplier, String text) {
    return created(
        "/api/v1/tenders/" + tender + "/questions",
        Map.of("supplierOrganisationId", supplier.toString(), "question", text));
  }

  /** A complete draft response of the supplier, which may be submitted. */
  public UUID response(UUID tender, UUID supplier, UUID offering, String notes) {
    return created(
        "/api/v1/tenders/" + tender + "/responses",
        responseBody(tender, supplier, offering, notes));
  }

  /** A response of the supplier, submitted to the tender's buyer. */
  public UUID submittedResponse(UUID tender, UUID supplier, UUID offering, String notes) {
    UUID response = response(tender, supplier, offering, notes);
    asFixtures()
        .contentType(ContentType.JSON)
        .post("/api/v1/tenders/" + tender + "/responses/" + response + "/submit")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
    return response;
  }

  /**
   * The body of a complete response to the tender; the notes go into every criterion's evidence.
   */
  public Map<String, Object> responseBody(UUID tender, UUID supplier, UUID offering, String notes) {
    List<String> criteria =
        asFixtures()
            .get("/api/v1/tenders/" + tender)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("criteria.key", String.class);
    Map<String, String> evidence = new java.util.LinkedHashMap<>();
    criteria.forEach(key -> evidence.put(key, "Evidence for " + key + ". " + notes));
    return Map.of(
        "supplierOrganisationId",
        supplier.toString(),
        "offeringIds",
        List.of(offering.toString()),
        "priceEur",
        1000,
        "priceUnit",
        "per year",
        "evidence",
        evidence);
  }

  /** A saved catalogue search of the organisation, named with the notes. */
  public UUID savedSearch(UUID organisation, String notes) {
    return created(
        "/api/v1/saved-searches",
        Map.of(
            "organisationId",
            organisation.toString(),
            "kind",
            "CATALOGUE",
            "name",
            "Search " + notes,
            "criteria",
            Map.of("text", "sovereign " + notes),
            "frequency",
            "DAILY",
            "email",
            "alerts@example.org"));
  }

  private RequestSpecification asFixtures() {
    return given().auth().oauth2(TestOidcProvider.token(fixtures, Set.of("admin")));
  }
}
