package eu.aimarket.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A test-only operation being retired, for {@link DeprecationHeadersTest}. Hidden from the OpenAPI
 * document so that the contract the tests compare stays the application's own.
 */
@Path("/api/v1/test-only/retired")
@Produces(MediaType.APPLICATION_JSON)
public class RetiredAliasResource {

  @GET
  @Path("/{answer}")
  @Deprecated
  @DeprecatedOperation(since = "2026-12-01", sunset = "2027-06-01", successor = "/api/v1/me")
  @Operation(hidden = true)
  public Map<String, String> retired(@PathParam("answer") String answer) {
    if (answer.equals("missing")) {
      throw DomainException.notFound("Thing", answer);
    }
    return Map.of("answer", answer);
  }

  @GET
  @Path("/current")
  @Operation(hidden = true)
  public Map<String, String> current() {
    return Map.of("answer", "current");
  }
}
