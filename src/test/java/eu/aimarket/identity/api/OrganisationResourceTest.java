package eu.aimarket.identity.api;

import static eu.aimarket.catalog.OfferingFixtures.MISTRAL;
import static eu.aimarket.catalog.OfferingFixtures.validOffering;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationResourceTest {

  private static final String PROBLEM = "application/problem+json";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private static String uniqueVat() {
    return "DE9"
        + String.format(
            "%08d", (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet()) % 100_000_000L);
  }

  private static Map<String, Object> supplierProfile() {
    Map<String, Object> profile = new HashMap<>();
    profile.put("headquartersCountry", "DE");
    profile.put("controllingEntity", "Test Holding GmbH");
    profile.put("controlCountry", "DE");
    profile.put("nonEuOwnershipPercent", 10);
    profile.put("extraterritorialLaws", List.of());
    profile.put("euPresence", "FULL");
    profile.put("sme", true);
    return profile;
  }

  private static Map<String, Object> supplierOrganisation(String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("legalName", name);
    body.put("registrationId", uniqueVat());
    body.put("country", "DE");
    body.put("website", "https://example.org");
    body.put("kind", "SUPPLIER");
    body.put("supplier", supplierProfile());
    return body;
  }

  @Test
  void listsOrganisationsByKindWithSupplierProfiles() {
    given()
        .queryParam("kind", "SUPPLIER")
        .queryParam("limit", 100)
        .when()
        .get("/api/v1/organisations")
        .then()
        .statusCode(200)
        .body("items.kind", everyItem(org.hamcrest.Matchers.oneOf("SUPPLIER", "BOTH")))
        .body("items.supplier", everyItem(notNullValue()));
    given()
        .queryParam("kind", "GOVERNMENT")
        .when()
        .get("/api/v1/organisations")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  void readsOneOrganisationAndAnswers404ForAnUnknownOne() {
    given()
        .when()
        .get("/api/v1/organisations/" + MISTRAL)
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("supplier.headquartersCountry", equalTo("FR"))
        .body("supplier.claims.attribute", hasItem("CONTROL"));
    given()
        .when()
        .get("/api/v1/organisations/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  void registeringNeedsASignedInUser() {
    given()
        .contentType(ContentType.JSON)
        .body(supplierOrganisation("Anonymous GmbH"))
        .when()
        .post("/api/v1/organisations")
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "newcomer", roles = "supplier")
  void aRegisteredSupplierCanPublishOfferingsRightAway() {
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(supplierOrganisation("Newcomer AI GmbH"))
            .when()
            .post("/api/v1/organisations")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/organisations/"))
            .body("supplier.controlCountry", equalTo("DE"))
            .body("supplier.claims.status", everyItem(equalTo("DECLARED")))
            .extract()
            .jsonPath()
            .getString("id");
    given()
        .contentType(ContentType.JSON)
        .body(validOffering("Newcomer model"))
        .when()
        .post("/api/v1/offerings")
        .then()
        .statusCode(201)
        .body("supplier.id", equalTo(id))
        .body("supplier.name", equalTo("Newcomer AI GmbH"));
  }

  @Test
  @TestSecurity(user = "registrar", roles = "supplier")
  void rejectsInvalidRegistrationsAndSavesNothing() {
    Map<String, Object> noProfile = supplierOrganisation("No profile GmbH");
    noProfile.remove("supplier");
    given()
        .contentType(ContentType.JSON)
        .body(noProfile)
        .when()
        .post("/api/v1/organisations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("supplier"));

    Map<String, Object> badProfile = supplierOrganisation("Bad profile GmbH");
    @SuppressWarnings("unchecked")
    Map<String, Object> profile = (Map<String, Object>) badProfile.get("supplier");
    profile.put("controlCountry", "ZZ");
    profile.put("nonEuOwnershipPercent", 101);
    badProfile.put("registrationId", "not a vat id");
    given()
        .contentType(ContentType.JSON)
        .body(badProfile)
        .when()
        .post("/api/v1/organisations")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("supplier.controlCountry"))
        .body("errors.field", hasItem("supplier.nonEuOwnershipPercent"))
        .body("errors.field", hasItem("registrationId"));

    given()
        .queryParam("limit", 100)
        .when()
        .get("/api/v1/organisations")
        .then()
        .body("items.legalName", not(hasItem("No profile GmbH")))
        .body("items.legalName", not(hasItem("Bad profile GmbH")));
  }

  @Test
  @TestSecurity(user = "duplicator", roles = "supplier")
  void aRegistrationIdCanBeRegisteredOnlyOnce() {
    Map<String, Object> first = supplierOrganisation("First GmbH");
    given()
        .contentType(ContentType.JSON)
        .body(first)
        .when()
        .post("/api/v1/organisations")
        .then()
        .statusCode(201);
    Map<String, Object> second = supplierOrganisation("Second GmbH");
    second.put("registrationId", first.get("registrationId"));
    given()
        .contentType(ContentType.JSON)
        .body(second)
        .when()
        .post("/api/v1/organisations")
        .then()
        .statusCode(409)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "supplier2", roles = "supplier")
  void onlyMembersMayChangeAnOrganisation() {
    JsonPath mistral =
        given().when().get("/api/v1/organisations/" + MISTRAL).then().extract().jsonPath();
    Map<String, Object> change = supplierOrganisation("Taken over SAS");
    change.put("registrationId", mistral.getString("registrationId"));
    change.put("version", mistral.getLong("version"));
    given()
        .contentType(ContentType.JSON)
        .body(change)
        .when()
        .put("/api/v1/organisations/" + MISTRAL)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  @TestSecurity(user = "owner", roles = "supplier")
  void aChangeOfControlSendsTheVerifiedClaimBackToReviewAndStaleVersionsAreRefused() {
    Map<String, Object> body = supplierOrganisation("Owner AI GmbH");
    JsonPath created =
        given()
            .contentType(ContentType.JSON)
            .body(body)
            .when()
            .post("/api/v1/organisations")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String id = created.getString("id");
    @SuppressWarnings("unchecked")
    Map<String, Object> profile = (Map<String, Object>) body.get("supplier");
    profile.put("controllingEntity", "Overseas Parent Inc.");
    profile.put("controlCountry", "US");
    profile.put("nonEuOwnershipPercent", 100);
    profile.put("extraterritorialLaws", List.of("US_CLOUD_ACT"));
    body.put("version", 0);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put("/api/v1/organisations/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("supplier.controlCountry", equalTo("US"))
        .body("supplier.claims.find { it.attribute == 'CONTROL' }.status", equalTo("DECLARED"));
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put("/api/v1/organisations/" + id)
        .then()
        .statusCode(409);
    body.remove("version");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put("/api/v1/organisations/" + id)
        .then()
        .statusCode(428);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body)
        .when()
        .put("/api/v1/organisations/" + id)
        .then()
        .statusCode(412);
  }

  @Test
  @TestSecurity(user = "buyer-registrar", roles = "buyer")
  void aBuyerRegistersWithoutASupplierProfile() {
    Map<String, Object> body = supplierOrganisation("Buying Stadtwerke");
    body.put("kind", "BUYER");
    body.remove("supplier");
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/organisations")
        .then()
        .statusCode(201)
        .body("kind", equalTo("BUYER"))
        .body("supplier", nullValue());
    body.put("registrationId", uniqueVat());
    body.put("supplier", supplierProfile());
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/organisations")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("supplier"));
  }

  @Test
  @TestSecurity(user = "nobody", roles = "supplier")
  void updatingAnUnknownOrganisationIsNotFound() {
    Map<String, Object> body = supplierOrganisation("Ghost GmbH");
    body.put("version", 0);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put("/api/v1/organisations/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .body("status", is(404));
  }
}
