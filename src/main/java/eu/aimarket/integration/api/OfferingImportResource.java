package eu.aimarket.integration.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.Problem;
import eu.aimarket.common.ProblemType;
import eu.aimarket.common.QueryParams;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.Role;
import eu.aimarket.integration.csv.OfferingImport;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Suppliers import many offerings at once from CSV. */
@Path("/api/v1/offerings/import")
@Tag(name = "Offerings")
public class OfferingImportResource {

  /**
   * problem+json for a file with errors: the standard members, and in {@code errors} each problem's
   * line and column besides the field and message.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ImportProblem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      List<OfferingImport.ImportError> errors) {}

  private final OfferingImport imports;
  private final AccessPolicy access;

  public OfferingImportResource(OfferingImport imports, AccessPolicy access) {
    this.imports = imports;
    this.access = access;
  }

  @POST
  @Consumes("text/csv")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "importOfferings",
      summary = "Import offerings from CSV",
      description =
          "RFC 4180 CSV in UTF-8 with a header row whose columns are the offering body's fields"
              + " (lists separated by |). With dryRun=true every row is checked and the report"
              + " lists each error with its line and column; nothing is written. Otherwise the"
              + " import is all or nothing: any error writes no offering.")
  @APIResponse(
      responseCode = "200",
      description = "Dry run: the report",
      content = @Content(schema = @Schema(implementation = OfferingImport.Report.class)))
  @APIResponse(
      responseCode = "201",
      description = "Imported: the report with the new ids",
      content = @Content(schema = @Schema(implementation = OfferingImport.Report.class)))
  @APIResponse(
      responseCode = "400",
      description = "The file has errors (each with line and column); nothing was imported",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = ImportProblem.class)))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not a member of that supplier")
  @APIResponse(responseCode = "415", description = "Not text/csv")
  public Response importCsv(
      String csv,
      @QueryParam("dryRun") String dryRun,
      @QueryParam("supplierId") String supplierId,
      @Context UriInfo uri) {
    access.requireSignedIn();
    boolean checkOnly = Boolean.TRUE.equals(QueryParams.booleanValue("dryRun", dryRun));
    UUID supplier = QueryParams.uuidValue("supplierId", supplierId);
    if (supplier == null) {
      supplier =
          access
              .user()
              .organisationFor(Role.SUPPLIER)
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          "supplierId",
                          "is required: you do not supply for exactly one organisation"));
    }
    access.requireCanManageOfferingsOf(supplier);
    if (checkOnly) {
      return Response.ok(imports.dryRun(csv)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
    OfferingImport.Report report = imports.importAll(supplier, csv);
    if (!report.valid()) {
      int count = report.errors().size();
      return Response.status(Response.Status.BAD_REQUEST)
          .type(Problem.MEDIA_TYPE)
          .entity(
              new ImportProblem(
                  ProblemType.VALIDATION.uri(),
                  ProblemType.VALIDATION.title(),
                  400,
                  "The file has "
                      + count
                      + " error"
                      + (count == 1 ? "" : "s")
                      + "; nothing was imported",
                  uri.getPath(),
                  report.errors()))
          .build();
    }
    return Response.status(Response.Status.CREATED)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(report)
        .build();
  }
}
