package eu.aimarket.integration.api;

import eu.aimarket.common.DomainException;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.integration.csv.CsvWriter;
import eu.aimarket.matching.ExcludedOffering;
import eu.aimarket.matching.MatchRunView;
import eu.aimarket.matching.MatchService;
import eu.aimarket.matching.RankedOffering;
import eu.aimarket.matching.Term;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A match run as CSV: the ranked offerings with their terms, then the excluded ones. */
@Path("/api/v1/match-runs/{id}.csv")
@Tag(name = "Matching")
public class MatchRunCsvResource {

  static final List<String> HEADER =
      List.of(
          "rank",
          "outcome",
          "offeringId",
          "offeringName",
          "supplierId",
          "supplierName",
          "usIncumbent",
          "sovereigntyScore",
          "fit",
          "incentives",
          "score",
          "terms",
          "exclusionReasons");

  /** A ranked and an excluded offering as the export writes them, for the API description. */
  static final String EXAMPLE =
      "rank,outcome,offeringId,offeringName,supplierId,supplierName,usIncumbent,sovereigntyScore,"
          + "fit,incentives,score,terms,exclusionReasons\r\n"
          + "1,ranked,0190f3c4-5b6a-7c8d-9e0f-1a2b3c4d5e6f,Example LLM,"
          + "0190f3c4-0000-7000-8000-000000000001,Example AI SAS,false,71.25,80,10,90,"
          + "fit: 80|EU data residency: 10,\r\n"
          + ",excluded,0190f3c4-5b6a-7c8d-9e0f-1a2b3c4d5e70,Other LLM,"
          + "0190f3c4-0000-7000-8000-000000000002,Other AI Inc.,true,,,,,,data stored outside the EU\r\n";

  private final MatchService matches;
  private final AccessPolicy access;

  public MatchRunCsvResource(MatchService matches, AccessPolicy access) {
    this.matches = matches;
    this.access = access;
  }

  @GET
  @Produces("text/csv")
  @Operation(
      operationId = "exportMatchRunCsv",
      summary = "Export a match run as CSV",
      description =
          "RFC 4180, UTF-8, a header row. One row per ranked offering in rank order, with its"
              + " terms as 'label: points' separated by |, then one row per excluded offering"
              + " with its reasons.")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file",
      content =
          @Content(
              mediaType = "text/csv",
              schema = @Schema(type = SchemaType.STRING),
              example = MatchRunCsvResource.EXAMPLE))
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "404", description = "No such run, or not yours")
  public Response export(@PathParam("id") UUID runId) {
    access.requireSignedIn();
    if (!access.canManageRequirementsOf(matches.buyerOf(runId))) {
      throw DomainException.notFound("Match run", runId);
    }
    MatchRunView run = matches.get(runId);
    StringWriter text = new StringWriter();
    CsvWriter csv = new CsvWriter(text);
    csv.row(HEADER);
    for (RankedOffering ranked : run.ranking().ranked()) {
      csv.row(
          List.of(
              Integer.toString(ranked.rank()),
              "ranked",
              ranked.offeringId().toString(),
              CsvWriter.text(ranked.offeringName()),
              ranked.supplier().id().toString(),
              CsvWriter.text(ranked.supplier().name()),
              Boolean.toString(ranked.usIncumbent()),
              Double.toString(ranked.sovereigntyScore()),
              plain(ranked.fit()),
              plain(ranked.incentives()),
              plain(ranked.score()),
              CsvWriter.text(terms(ranked.terms())),
              ""));
    }
    for (ExcludedOffering excluded : run.ranking().excluded()) {
      csv.row(
          List.of(
              "",
              "excluded",
              excluded.offeringId().toString(),
              CsvWriter.text(excluded.offeringName()),
              excluded.supplier().id().toString(),
              CsvWriter.text(excluded.supplier().name()),
              Boolean.toString(excluded.usIncumbent()),
              "",
              "",
              "",
              "",
              "",
              CsvWriter.text(String.join(" | ", excluded.reasons()))));
    }
    return Response.ok(text.toString(), CsvWriter.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"match-run-" + runId + ".csv\"")
        .build();
  }

  private static String terms(List<Term> terms) {
    return terms.stream()
        .map(t -> t.label() + ": " + plain(t.points()))
        .collect(Collectors.joining(" | "));
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }
}
