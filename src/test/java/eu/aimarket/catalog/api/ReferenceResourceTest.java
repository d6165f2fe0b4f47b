package eu.aimarket.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceResourceTest {

  @Test
  void countriesCarryTheirEuAndEeaMembership() {
    given()
        .when()
        .get("/api/v1/reference/countries")
        .then()
        .statusCode(200)
        .body("find { it.code == 'DE' }.eu", equalTo(true))
        .body("find { it.code == 'NO' }.eu", equalTo(false))
        .body("find { it.code == 'NO' }.eea", equalTo(true))
        .body("find { it.code == 'CH' }.eea", equalTo(false))
        .body("find { it.code == 'CH' }.gdprAdequate", equalTo(true))
        .body("findAll { it.eu }", hasSize(27))
        .body("findAll { it.eea }", hasSize(30));
  }

  @Test
  void categoriesCertificationsAndObjectivesAreListed() {
    given()
        .when()
        .get("/api/v1/reference/categories")
        .then()
        .statusCode(200)
        .body("id", hasItem("GPU_COMPUTE"));
    given()
        .when()
        .get("/api/v1/reference/certifications")
        .then()
        .statusCode(200)
        .body("id", hasItem("SECNUMCLOUD"));
    given()
        .when()
        .get("/api/v1/reference/sovereignty-objectives")
        .then()
        .statusCode(200)
        .body("", hasSize(8))
        .body("find { it.id == 'SOV-5' }.weightPercent", equalTo(20));
  }

  @Test
  void anUnknownReferenceListIsNotFound() {
    given()
        .when()
        .get("/api/v1/reference/planets")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
