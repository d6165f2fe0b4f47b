package eu.aimarket.catalog.web;

import static eu.aimarket.catalog.OfferingFixtures.ALEPH_ALPHA;
import static eu.aimarket.catalog.OfferingFixtures.MISTRAL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import eu.aimarket.testsupport.Forms;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimPagesTest {

  private static final Pattern FIRST_CLAIM =
      Pattern.compile(
          "action=\"/admin/claims/([0-9a-f-]{36})/verify\"[\\s\\S]*?name=\"version\" value=\"(\\d+)\"");

  /** The id and version of the first claim in the queue. */
  private static String[] firstQueuedClaim() {
    String body =
        given().accept("text/html").when().get("/admin/claims").then().extract().asString();
    Matcher matcher = FIRST_CLAIM.matcher(body);
    if (!matcher.find()) {
      throw new AssertionError("the queue shows no claim");
    }
    return new String[] {matcher.group(1), matcher.group(2)};
  }

  @Test
  void theQueueNeedsSignInAndIsForAdminsOnly() {
    given()
        .accept("text/html")
        .redirects()
        .follow(false)
        .when()
        .get("/admin/claims")
        .then()
        .statusCode(303);
  }

  @Test
  void theOutcomesNeedSignInToo() {
    given()
        .accept("text/html")
        .redirects()
        .follow(false)
        .when()
        .get("/supplier/claims")
        .then()
        .statusCode(303)
        .header("Location", containsString("/login?next=%2Fsupplier%2Fclaims"));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierGetsAForbiddenPageForTheQueue() {
    given()
        .accept("text/html")
        .when()
        .get("/admin/claims")
        .then()
        .statusCode(403)
        .contentType(containsString("text/html"))
        .body(containsString("Error 403"))
        .body(not(containsString("Exception")));
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void anAdminVerifiesAClaimWithEvidenceAndAnExpiry() {
    String[] claim = firstQueuedClaim();
    String expiry = LocalDate.now().plusYears(1).toString();
    Forms.from("/admin/claims")
        .formParam("version", claim[1])
        .formParam("note", "Checked the registry entry.")
        .formParam("evidenceUrl", "https://trade-register.example/entry/1")
        .formParam("expiresOn", expiry)
        .when()
        .post("/admin/claims/" + claim[0] + "/verify")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/admin/claims?decided=verified"));
    given()
        .accept("text/html")
        .when()
        .get("/admin/claims?decided=verified")
        .then()
        .statusCode(200)
        .body(containsString("The claim is verified."))
        .body(not(containsString("/admin/claims/" + claim[0] + "/verify")));
    // The old version is stale now: a second decision on it is a conflict.
    Forms.from("/admin/claims")
        .formParam("version", claim[1])
        .formParam("note", "Changed my mind.")
        .when()
        .post("/admin/claims/" + claim[0] + "/reject")
        .then()
        .statusCode(409)
        .body(containsString("Someone decided on this claim meanwhile"));
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void aRejectionNeedsANoteAndAVerificationNeedsEvidenceAndAFutureExpiry() {
    String[] claim = firstQueuedClaim();
    Forms.from("/admin/claims")
        .formParam("version", claim[1])
        .when()
        .post("/admin/claims/" + claim[0] + "/reject")
        .then()
        .statusCode(400)
        .body(containsString("<a href=\"#" + claim[0] + "-note\">Note: Enter or choose a value"));
    Forms.from("/admin/claims")
        .formParam("version", claim[1])
        .formParam("evidenceUrl", "javascript:alert(1)")
        .formParam("expiresOn", LocalDate.now().minusDays(1).toString())
        .when()
        .post("/admin/claims/" + claim[0] + "/verify")
        .then()
        .statusCode(400)
        .body(containsString("id=\"" + claim[0] + "-evidenceUrl-error\""))
        .body(containsString("Enter an address starting with http"))
        .body(containsString("Enter a date in the future"));
    Forms.from("/admin/claims")
        .formParam("version", claim[1])
        .formParam("evidenceUrl", "https://trade-register.example/entry/2")
        .formParam("expiresOn", LocalDate.now().plusYears(4).toString())
        .when()
        .post("/admin/claims/" + claim[0] + "/verify")
        .then()
        .statusCode(400)
        .body(containsString("at most 3 years"));
    Forms.from("/admin/claims")
        .formParam("version", claim[1])
        .formParam("evidenceUrl", "https://trade-register.example/entry/2")
        .formParam("expiresOn", "next year")
        .when()
        .post("/admin/claims/" + claim[0] + "/verify")
        .then()
        .statusCode(400)
        .body(containsString("YYYY-MM-DD"));
    // Nothing was decided: the claim still waits with the same version.
    given()
        .accept("text/html")
        .when()
        .get("/admin/claims")
        .then()
        .body(containsString("/admin/claims/" + claim[0] + "/verify"));
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void decidingAnUnknownClaimIsNotFoundAndAMissingVersionABadRequest() {
    Forms.from("/admin/claims")
        .formParam("version", "0")
        .formParam("note", "Nothing here")
        .when()
        .post("/admin/claims/" + java.util.UUID.randomUUID() + "/reject")
        .then()
        .statusCode(404);
    String[] claim = firstQueuedClaim();
    Forms.from("/admin/claims")
        .formParam("note", "No version")
        .when()
        .post("/admin/claims/" + claim[0] + "/reject")
        .then()
        .statusCode(400)
        .body(containsString("version"));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierCannotDecideOnClaims() {
    Forms.from("/supplier/onboarding")
        .formParam("version", "0")
        .formParam("note", "self-verified")
        .when()
        .post("/admin/claims/" + java.util.UUID.randomUUID() + "/reject")
        .then()
        .statusCode(403);
  }

  @Test
  @TestSecurity(user = "supplier2", roles = "supplier")
  void aSupplierSeesTheOutcomeOfItsOwnClaimsOnly() {
    given()
        .accept("text/html")
        .when()
        .get("/supplier/claims")
        .then()
        .statusCode(200)
        .body(containsString("Aleph Alpha"))
        .body(not(containsString("Mistral AI")));
    given()
        .accept("text/html")
        .queryParam("organisation", ALEPH_ALPHA.toString())
        .when()
        .get("/supplier/claims")
        .then()
        .statusCode(200);
    given()
        .accept("text/html")
        .queryParam("organisation", MISTRAL.toString())
        .when()
        .get("/supplier/claims")
        .then()
        .statusCode(403);
    given()
        .accept("text/html")
        .queryParam("organisation", "mistral")
        .when()
        .get("/supplier/claims")
        .then()
        .statusCode(400)
        .body(containsString("organisation"));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void someoneWhoSuppliesNothingIsPointedToTheOnboarding() {
    given()
        .accept("text/html")
        .when()
        .get("/supplier/claims")
        .then()
        .statusCode(200)
        .body(containsString("You do not supply for any organisation"))
        .body(containsString("href=\"/supplier/onboarding\""));
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void theQueueCanBeNarrowedToOneSupplier() {
    given()
        .accept("text/html")
        .queryParam("organisation", ALEPH_ALPHA.toString())
        .when()
        .get("/admin/claims")
        .then()
        .statusCode(200)
        .body(containsString("Aleph Alpha"))
        .body(not(containsString("Mistral AI")))
        .body(containsString("name=\"organisation\" value=\"" + ALEPH_ALPHA + "\""));
    given()
        .accept("text/html")
        .queryParam("organisation", "aleph")
        .when()
        .get("/admin/claims")
        .then()
        .statusCode(400)
        .body(containsString("organisation"));
  }
}
