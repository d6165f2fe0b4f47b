package eu.aimarket.integration.api;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.MarketplaceConfig;
import eu.aimarket.common.Page;
import eu.aimarket.common.QueryParams;
import eu.aimarket.integration.ocds.Ocds;
import eu.aimarket.integration.ocds.OcdsReleases;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public releases of a period as an Open Contracting Data Standard 1.1.5 package. */
@Path("/api/v1/ocds/releases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open contracting (OCDS)")
public class OcdsReleaseResource {

  private final OcdsReleases releases;
  private final MarketplaceConfig config;
  private final Clock clock;

  public OcdsReleaseResource(OcdsReleases releases, MarketplaceConfig config, Clock clock) {
    this.releases = releases;
    this.config = config;
    this.clock = clock;
  }

  @GET
  @Operation(
      operationId = "listOcdsReleases",
      summary = "The public releases of a period, as an OCDS 1.1.5 release package",
      description =
          "Every public buyer's requirement past the draft stage whose latest change falls in"
              + " [from, to), one release each. from and to are dates (2025-01-31, midnight UTC)"
              + " or date-times with an offset; to defaults to now. Paged: a Link header with"
              + " rel=\"next\" points to the next page. 204 when the period has no release, as"
              + " OCDS has no empty package.")
  @APIResponse(
      responseCode = "200",
      description = "A release package with one page of releases",
      content = @Content(schema = @Schema(implementation = Ocds.ReleasePackage.class)))
  @APIResponse(responseCode = "204", description = "No public release in this period")
  @APIResponse(responseCode = "400", description = "from or to is missing or not valid")
  public Response releases(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit,
      @Context UriInfo uri) {
    if (from == null || from.isBlank()) {
      throw DomainException.invalid("from", "is required: the start of the period");
    }
    OffsetDateTime start = instant("from", from);
    OffsetDateTime end = to == null || to.isBlank() ? OffsetDateTime.now(clock) : instant("to", to);
    if (!end.isAfter(start)) {
      throw DomainException.invalid("to", "must be after from");
    }
    int size = config.limit(QueryParams.intValue("limit", limit));
    Optional<Page<Ocds.ReleasePackage>> page =
        releases.publicReleases(start, end, cursor, size, uri.getRequestUri());
    if (page.isEmpty()) {
      return Response.noContent().build();
    }
    Response.ResponseBuilder answer = Response.ok(page.get().items().get(0));
    if (page.get().nextCursor() != null) {
      answer.link(
          uri.getRequestUriBuilder().replaceQueryParam("cursor", page.get().nextCursor()).build(),
          "next");
    }
    return answer.build();
  }

  private static OffsetDateTime instant(String field, String value) {
    String text = value.strip();
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException notDateTime) {
      try {
        return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException notDate) {
        throw DomainException.invalid(
            field, "must be a date (2025-01-31) or a date-time with offset (2025-01-31T12:00:00Z)");
      }
    }
  }
}
