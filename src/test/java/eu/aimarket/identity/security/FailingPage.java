package eu.aimarket.identity.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A page that fails unexpectedly, only in tests: nothing in the application fails on purpose, and
 * the error page for a failure (500, in the site's layout) must carry the security headers too.
 */
@Path(FailingPage.PATH)
public class FailingPage {

  static final String PATH = "/test-only/failing-page";

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public String fail() {
    throw new IllegalStateException("A failure the security headers test provokes");
  }
}
