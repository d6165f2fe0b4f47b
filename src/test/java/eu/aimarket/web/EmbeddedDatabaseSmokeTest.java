package eu.aimarket.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The embedded default of {@code quarkus:dev}: the same migrations and demo catalogue on H2 in
 * PostgreSQL mode, so the quick start keeps working while the other tests run on PostgreSQL.
 */
@QuarkusTest
@TestProfile(EmbeddedDatabaseSmokeTest.EmbeddedH2.class)
public class EmbeddedDatabaseSmokeTest {

  public static class EmbeddedH2 implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.datasource.db-kind", "h2",
          "quarkus.datasource.jdbc.url",
              "jdbc:h2:mem:smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
          "quarkus.datasource.username", "sa",
          "quarkus.datasource.password", "");
    }
  }

  @Test
  void startsOnH2WithTheDemoCatalogue() {
    given().when().get("/q/health/ready").then().statusCode(200);
    given()
        .queryParam("limit", 100)
        .queryParam("dataIn", "EU")
        .queryParam("q", "model")
        .when()
        .get("/api/v1/offerings")
        .then()
        .statusCode(200);
    given()
        .queryParam("limit", 100)
        .when()
        .get("/api/v1/offerings")
        .then()
        .statusCode(200)
        .body("items.size()", greaterThanOrEqualTo(80))
        .body("nextCursor", org.hamcrest.Matchers.notNullValue());
    given().accept("text/html").when().get("/catalogue").then().statusCode(200);
    given()
        .when()
        .get("/api/v1/reference/sovereignty-objectives")
        .then()
        .body("size()", equalTo(8));
  }
}
