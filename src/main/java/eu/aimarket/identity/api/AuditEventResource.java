package eu.aimarket.identity.api;

import eu.aimarket.common.Cursor;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.MarketplaceConfig;
import eu.aimarket.common.Page;
import eu.aimarket.common.QueryParams;
import eu.aimarket.identity.AccessPolicy;
import eu.aimarket.identity.AuditEventView;
import eu.aimarket.identity.AuditFilter;
import eu.aimarket.identity.AuditLog;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log of security-relevant changes, newest first, for admins. */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditEventResource {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  private final AuditLog audit;
  private final AccessPolicy access;
  private final MarketplaceConfig config;

  public AuditEventResource(AuditLog audit, AccessPolicy access, MarketplaceConfig config) {
    this.audit = audit;
    this.access = access;
    this.config = config;
  }

  @GET
  @Operation(
      operationId = "listAuditEvents",
      summary = "Read the audit log",
      description =
          "Newest first. Filter by objectType (offering, organisation, supplier-profile,"
              + " membership, ...) and objectId to follow one object, by actor (subject or name)"
              + " or by action. Each event has the object's state before and after, and which"
              + " fields changed.")
  @APIResponse(responseCode = "200", description = "One page of events")
  @APIResponse(responseCode = "400", description = "A filter is not valid")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  public Page<AuditEventView> list(
      @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit) {
    access.requireCanReadAuditLog();
    AuditFilter filter =
        new AuditFilter(
            name("objectType", objectType),
            QueryParams.text("objectId", objectId, 64),
            QueryParams.text("actor", actor, 255),
            name("action", action));
    int size = config.limit(QueryParams.intValue("limit", limit));
    return audit.page(filter, Cursor.decode(cursor), size);
  }

  private static String name(String field, String value) {
    String text = QueryParams.text(field, value, 40);
    if (text != null && !NAME.matcher(text).matches()) {
      throw DomainException.invalid(
          field, "must be lower-case letters, digits and hyphens, e.g. offering");
    }
    return text;
  }
}
