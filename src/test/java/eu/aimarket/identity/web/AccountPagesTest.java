package eu.aimarket.identity.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountPagesTest {

  @Test
  void theDashboardSendsAnonymousVisitorsToSignIn() {
    given()
        .accept("text/html")
        .redirects()
        .follow(false)
        .when()
        .get("/dashboard")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/login?next=%2Fdashboard"));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void theDashboardShowsWhoIsSignedInWithTheirOrganisationsAndRoles() {
    given()
        .accept("text/html")
        .when()
        .get("/dashboard")
        .then()
        .statusCode(200)
        .body(containsString("You are signed in as supplier."))
        .body(containsString("<td>Mistral AI SAS</td><td>supplier</td>"))
        .body(containsString("Signed in as <strong>supplier</strong> (Mistral AI SAS)"))
        .body(containsString("href=\"/logout\""))
        .body(not(containsString("href=\"/login\"")));
  }

  @Test
  @TestSecurity(user = "newcomer-without-organisation", roles = "buyer")
  void aPersonWithoutOrganisationIsToldSo() {
    given()
        .accept("text/html")
        .when()
        .get("/dashboard")
        .then()
        .statusCode(200)
        .body(containsString("You are not a member of any organisation yet."));
  }

  @Test
  void anonymousPagesOfferSignIn() {
    given()
        .accept("text/html")
        .when()
        .get("/")
        .then()
        .statusCode(200)
        .body(containsString("href=\"/login\""))
        .body(not(containsString("Signed in as")));
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void afterSignInThePersonGoesWhereTheyWereGoingButNeverOffSite() {
    given()
        .redirects()
        .follow(false)
        .queryParam("next", "/catalogue?category=LLM_API")
        .when()
        .get("/login")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/catalogue?category=LLM_API"));
    for (String elsewhere :
        new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example", "dashboard"}) {
      given()
          .redirects()
          .follow(false)
          .queryParam("next", elsewhere)
          .when()
          .get("/login")
          .then()
          .statusCode(303)
          .header("Location", endsWith("/dashboard"))
          .header("Location", not(containsString("evil")));
    }
  }

  @Test
  void signingOutWithoutASessionGoesHome() {
    given()
        .redirects()
        .follow(false)
        .when()
        .get("/logout")
        .then()
        .statusCode(303)
        .header("Location", endsWith("/"));
  }

  @Test
  void withoutAnIdentityProviderSignInSaysSoInsteadOfLooping() {
    given().redirects().follow(false).when().get("/login").then().statusCode(equalTo(401));
  }
}
