package eu.aimarket.integration.ocds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The parts of the Open Contracting Data Standard 1.1.5 that the marketplace publishes, named as
 * the standard names them. Absent values are left out rather than written as null.
 */
public final class Ocds {

  /** The schema version a package declares. */
  public static final String VERSION = "1.1";

  private Ocds() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ReleasePackage(
      @Schema(
              example =
                  "https://ai-marketplace.eu/api/v1/requirements/0190f3c5-1111-7222-8333-444455556666/ocds")
          String uri,
      String version,
      String publishedDate,
      Publisher publisher,
      List<Release> releases) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Publisher(String name, String uri) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Release(
      String ocid,
      String id,
      String date,
      List<String> tag,
      String initiationType,
      String language,
      List<Organization> parties,
      OrganizationReference buyer,
      Tender tender,
      List<Award> awards) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Organization(
      String id, String name, Identifier identifier, Address address, List<String> roles) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Identifier(String legalName) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Address(String countryName) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OrganizationReference(String id, String name) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Tender(
      String id,
      String title,
      String description,
      String status,
      OrganizationReference procuringEntity,
      List<Item> items,
      Value value,
      String mainProcurementCategory,
      String awardCriteria,
      String awardCriteriaDetails,
      String eligibilityCriteria,
      Period tenderPeriod,
      Period enquiryPeriod) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(String id, String description) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Value(BigDecimal amount, String currency) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Period(String startDate, String endDate) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Award(
      String id,
      String title,
      String description,
      String status,
      String date,
      Value value,
      List<OrganizationReference> suppliers,
      Period contractPeriod) {}
}
