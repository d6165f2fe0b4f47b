package eu.aimarket.web;

import eu.aimarket.common.ServiceUnavailable;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A temporary refusal (overload, a catalogue still loading) answers as every domain failure does,
 * problem+json or an error page, plus {@code Retry-After}, so clients back off and come back
 * instead of treating it as a fault.
 */
public class UnavailableMapper {

  private final ErrorMapper problems = new ErrorMapper();

  @ServerExceptionMapper
  public Response unavailable(ServiceUnavailable e, UriInfo uri, HttpHeaders headers) {
    // Every 503 of the error mapper already says when to retry in general; this one knows when,
    // so its value replaces that one (a second Retry-After header would leave clients guessing).
    return Response.fromResponse(problems.domain(e, uri, headers))
        .header(HttpHeaders.RETRY_AFTER, null)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
        .build();
  }
}
