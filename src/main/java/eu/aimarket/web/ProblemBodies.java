package eu.aimarket.web;

import eu.aimarket.common.Problem;
import eu.aimarket.common.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Some filters of the platform (CSRF, for one) refuse a request with a bare status and no body.
 * Under {@code /api} every error answer must be problem+json, so such answers get one here.
 */
public class ProblemBodies {

  @ServerResponseFilter
  public void addProblemBody(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath();
    if (response.getStatus() < 400 || response.hasEntity() || !path.startsWith("/api/")) {
      return;
    }
    ProblemType type = ProblemType.forStatus(response.getStatus());
    String detail =
        response.getStatus() == 400
            ? "The request was refused before it reached the API; send JSON (application/json)"
                + " with a bearer token, or a form with its CSRF token"
            : type.title();
    response.setEntity(
        new Problem(type.uri(), type.title(), response.getStatus(), detail, path, List.of()),
        null,
        MediaType.valueOf(Problem.MEDIA_TYPE));
  }
}
