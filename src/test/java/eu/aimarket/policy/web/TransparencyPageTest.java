package eu.aimarket.policy.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TransparencyPageTest {

  @Test
  void anyoneReadsEveryShippedPolicyRuleByRule() {
    given()
        .accept("text/html")
        .when()
        .get("/transparency")
        .then()
        .statusCode(200)
        .body(containsString("How the ranking works"))
        .body(containsString("Sovereignty first"))
        .body(containsString("Public buyer, GPA-safe"))
        .body(containsString("Neutral"))
        .body(containsString("supplier.controlCountry in EEA"))
        .body(containsString("Excludes the offering when the condition does not hold"))
        .body(containsString("Sovereignty Score = Σ (points ÷ 4) × weight"))
        .body(containsString("SOV-5 "))
        .body(containsString("20 %"))
        .body(containsString("Directive 2014/24/EU Art. 25"))
        .body(containsString("Full digital sovereignty"));
  }

  @Test
  void theExplanationsAreInGermanAndFrenchToo() {
    given()
        .accept("text/html")
        .header("Accept-Language", "de")
        .when()
        .get("/transparency")
        .then()
        .statusCode(200)
        .body(containsString("Wie die Reihung funktioniert"))
        .body(containsString("Souveränitätswert = Σ"))
        .body(not(containsString("How the ranking works")));
    given()
        .accept("text/html")
        .when()
        .get("/transparency?lang=fr")
        .then()
        .statusCode(200)
        .body(containsString("Comment fonctionne le classement"))
        .body(containsString("Pourquoi la politique des acheteurs publics"));
  }
}
