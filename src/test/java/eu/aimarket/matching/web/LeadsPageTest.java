package eu.aimarket.matching.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.demo.DemoCatalogLoader;
import eu.aimarket.demand.BuyerType;
import eu.aimarket.demand.DataLocation;
import eu.aimarket.demand.DataSensitivity;
import eu.aimarket.demand.MustHaves;
import eu.aimarket.demand.NiceToHaves;
import eu.aimarket.demand.RequirementData;
import eu.aimarket.demand.RequirementService;
import eu.aimarket.demand.RequirementStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadsPageTest {

  @Inject RequirementService requirements;

  private String openRequirement(String title, RequirementStatus status) {
    requirements.create(
        DemoCatalogLoader.organisationId("gemeente-demo"),
        new RequirementData(
            null,
            title,
            "An LLM that writes German letters, data in the EU.",
            Category.LLM_API,
            null,
            null,
            DataSensitivity.INTERNAL,
            BuyerType.PUBLIC_SECTOR,
            null,
            status,
            null,
            new MustHaves(DataLocation.EU, null, null, null, null, Set.of("de"), null, null),
            NiceToHaves.none(),
            null),
        "buyer");
    return title;
  }

  @Test
  void theLeadsNeedSignIn() {
    given()
        .accept("text/html")
        .redirects()
        .follow(false)
        .when()
        .get("/supplier/leads")
        .then()
        .statusCode(303);
  }

  @Test
  @TestSecurity(user = "buyer", roles = "buyer")
  void aBuyerHasNoLeadsPage() {
    given()
        .accept("text/html")
        .when()
        .get("/supplier/leads")
        .then()
        .statusCode(403)
        .body(containsString("Error 403"));
  }

  @Test
  @TestSecurity(user = "supplier", roles = "supplier")
  void aSupplierSeesOpenRequirementsItsOfferingsPassButNotDrafts() {
    String open = openRequirement("Open lead " + UUID.randomUUID(), RequirementStatus.OPEN);
    String draft = openRequirement("Draft lead " + UUID.randomUUID(), RequirementStatus.DRAFT);
    given()
        .accept("text/html")
        .when()
        .get("/supplier/leads")
        .then()
        .statusCode(200)
        .body(containsString("Mistral AI"))
        .body(containsString(open))
        .body(not(containsString(draft)))
        .body(containsString(" of "));
  }
}
