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
 * Under {@code /api} every error answer must be problem+json, so such answers get one here; people
 * get an error page in the site's layout that says what to do.
 */
public class ProblemBodies {

  @ServerResponseFilter
  public void addProblemBody(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath();
    int status = response.getStatus();
    if (status < 400 || response.hasEntity()) {
      return;
    }
    ProblemType type = ProblemType.forStatus(status);
    if (ErrorMapper.isPage(path, request.getAcceptableMediaTypes())) {
      String detail =
          status == 400
              ? "The form was not accepted: it has expired, or it was not sent from this site."
                  + " Go back, reload the page and send the form again."
              : type.title();
      response.setEntity(
          ErrorMapper.Templates.error(status, type.title(), detail, List.of()),
          null,
          MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
      return;
    }
    if (!path.startsWith("/api/")) {
      return;
    }
    String detail =
        status == 400
            ? "The request was refused before it reached the API; send JSON (application/json)"
                + " with a bearer token, or a form with its CSRF token"
            : type.title();
    response.setEntity(
        new Problem(type.uri(), type.title(), status, detail, path, List.of()),
        null,
        MediaType.valueOf(Problem.MEDIA_TYPE));
  }
}
