package eu.aimarket.integration.api;

import eu.aimarket.catalog.OfferingFilter;
import eu.aimarket.catalog.OfferingQuery;
import eu.aimarket.catalog.OfferingService;
import eu.aimarket.catalog.OfferingStatus;
import eu.aimarket.catalog.OfferingView;
import eu.aimarket.common.Page;
import eu.aimarket.common.QueryParams;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.integration.csv.CsvWriter;
import eu.aimarket.integration.csv.OfferingCsv;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue as CSV, with the filters of the JSON list. */
@Path("/api/v1/offerings.csv")
@Tag(name = "Offerings")
public class OfferingCsvResource {

  /** Offerings are read a page at a time while the file is written. */
  private static final int PAGE = 100;

  /** One offering as the export writes it, for the API description. */
  static final String EXAMPLE =
      "id,supplierId,supplierName,name,description,category,deploymentModels,dataStorageCountries,"
          + "dataProcessingCountries,supportCountries,languages,openWeights,licence,certifications,"
          + "pricingModel,priceEur,priceUnit,hardwareVendorCountry,renewableEnergyPercent,pue,status,"
          + "version,sovereigntyScore,overallSeal,updatedAt\r\n"
          + "0190f3c4-5b6a-7c8d-9e0f-1a2b3c4d5e6f,0190f3c4-0000-7000-8000-000000000001,Example AI SAS,"
          + "Example LLM,Multilingual chat model,LLM_API,SAAS|DEDICATED_CLOUD,FR|DE,FR,FR,en|fr|de,true,"
          + "Apache-2.0,ISO_27001,PER_TOKEN,2.00,per 1M tokens,US,80,1.3,PUBLISHED,3,71.25,3,"
          + "2026-05-01T09:30:00Z\r\n";

  private final OfferingService offerings;
  private final AccessPolicy access;

  public OfferingCsvResource(OfferingService offerings, AccessPolicy access) {
    this.offerings = offerings;
    this.access = access;
  }

  @GET
  @Produces("text/csv")
  @Operation(
      operationId = "exportOfferingsCsv",
      summary = "Export the catalogue as CSV",
      description =
          "RFC 4180, UTF-8, a header row: the import's columns plus id, supplier, version and the"
              + " sovereignty assessment. Takes the filters of listOfferings; a supplier's members"
              + " also get its drafts with supplierId.")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file",
      content =
          @Content(
              mediaType = "text/csv",
              schema = @Schema(type = SchemaType.STRING),
              example = OfferingCsvResource.EXAMPLE))
  @APIResponse(responseCode = "400", description = "A filter is not valid")
  public Response export(
      @QueryParam("category") String category,
      @QueryParam("hqCountry") String hqCountry,
      @QueryParam("dataIn") String dataIn,
      @QueryParam("openWeights") String openWeights,
      @QueryParam("language") String language,
      @QueryParam("certification") String certification,
      @QueryParam("q") String text,
      @QueryParam("supplierId") String supplierId) {
    UUID supplier = QueryParams.uuidValue("supplierId", supplierId);
    Set<OfferingStatus> statuses =
        supplier != null && access.canSeeUnpublishedOfferingsOf(supplier)
            ? Set.of(OfferingStatus.values())
            : Set.of(OfferingStatus.PUBLISHED);
    OfferingFilter filter =
        new OfferingQuery(
                text, category, hqCountry, dataIn, openWeights, language, certification, null)
            .toFilter(supplier, statuses);
    Page<OfferingView> first = offerings.search(filter, null, PAGE);
    StreamingOutput body =
        output -> {
          BufferedWriter writer =
              new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
          CsvWriter csv = new CsvWriter(writer);
          csv.row(OfferingCsv.exportHeader());
          Page<OfferingView> page = first;
          while (true) {
            page.items().forEach(offering -> csv.row(OfferingCsv.exportRow(offering)));
            if (page.nextCursor() == null) {
              break;
            }
            page = offerings.search(filter, page.nextCursor(), PAGE);
          }
          writer.flush();
        };
    return Response.ok(body, CsvWriter.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"offerings.csv\"")
        .build();
  }
}
