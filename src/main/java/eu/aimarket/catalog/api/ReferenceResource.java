package eu.aimarket.catalog.api;

import eu.aimarket.catalog.Category;
import eu.aimarket.catalog.Certification;
import eu.aimarket.catalog.ClaimAttribute;
import eu.aimarket.catalog.Countries;
import eu.aimarket.catalog.DeploymentModel;
import eu.aimarket.catalog.ExtraterritorialLaw;
import eu.aimarket.catalog.sovereignty.Objective;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The vocabularies the API accepts, so clients can build forms and validate before sending. */
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
@APIResponse(responseCode = "406", description = "The Accept header rules out JSON")
public class ReferenceResource {

  /** One value of an enumerated vocabulary: the code the API takes and an English label. */
  public record Term(@Schema(example = "LLM_API") String id, String label) {}

  /** A sovereignty objective of the EU Cloud Sovereignty Framework and its weight. */
  public record ObjectiveTerm(
      @Schema(example = "SOV-1") String id, String label, int weightPercent) {}

  @GET
  @Path("/countries")
  @APIResponse(responseCode = "200", description = "The countries")
  @Operation(
      operationId = "listCountries",
      summary = "Countries with EU, EEA and GDPR adequacy status")
  public List<Countries.Country> countries() {
    return Countries.all();
  }

  @GET
  @Path("/categories")
  @APIResponse(responseCode = "200", description = "The offering categories")
  @Operation(operationId = "listCategories", summary = "Offering categories")
  public List<Term> categories() {
    return Arrays.stream(Category.values()).map(c -> new Term(c.name(), c.label())).toList();
  }

  @GET
  @Path("/certifications")
  @APIResponse(responseCode = "200", description = "The certifications")
  @Operation(
      operationId = "listCertifications",
      summary = "Certifications, attestations and labels")
  public List<Term> certifications() {
    return Arrays.stream(Certification.values()).map(c -> new Term(c.name(), c.label())).toList();
  }

  @GET
  @Path("/deployment-models")
  @APIResponse(responseCode = "200", description = "The deployment models")
  @Operation(operationId = "listDeploymentModels", summary = "Deployment models")
  public List<Term> deploymentModels() {
    return Arrays.stream(DeploymentModel.values()).map(d -> new Term(d.name(), d.label())).toList();
  }

  @GET
  @Path("/extraterritorial-laws")
  @APIResponse(responseCode = "200", description = "The extraterritorial laws")
  @Operation(
      operationId = "listExtraterritorialLaws",
      summary = "Foreign laws with extraterritorial reach")
  public List<Term> extraterritorialLaws() {
    return Arrays.stream(ExtraterritorialLaw.values())
        .map(l -> new Term(l.name(), l.label()))
        .toList();
  }

  @GET
  @Path("/claim-attributes")
  @APIResponse(responseCode = "200", description = "The attributes a claim can be about")
  @Operation(
      operationId = "listClaimAttributes",
      summary = "Attributes a sovereignty claim can be about")
  public List<Term> claimAttributes() {
    return Arrays.stream(ClaimAttribute.values()).map(a -> new Term(a.name(), a.label())).toList();
  }

  @GET
  @Path("/sovereignty-objectives")
  @APIResponse(responseCode = "200", description = "The eight objectives")
  @Operation(
      operationId = "listSovereigntyObjectives",
      summary = "The eight objectives and their weights")
  public List<ObjectiveTerm> objectives() {
    return Arrays.stream(Objective.values())
        .map(o -> new ObjectiveTerm(o.id(), o.title(), o.weightPercent()))
        .toList();
  }
}
