package eu.aimarket.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.common.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request body over {@code quarkus.http.limits.max-body-size} is refused before it is read. The
 * platform does that with a bare 413 and closes the connection, which a client cannot tell from a
 * crash; here the refusal says what happened and what the limit is: problem+json for programs, a
 * short page for people. A body that announces its length is refused at once; one sent in chunks is
 * refused when the limit is passed.
 */
@ApplicationScoped
public class RequestSizeLimit {

  static final String TITLE = "The request is too large";

  private final long limit;
  private final ObjectMapper json;

  RequestSizeLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
      ObjectMapper json) {
    this.limit = limit.asLongValue();
    this.json = json;
  }

  void install(@Observes Router router) {
    // Before the platform's own check of the announced length, which answers without a body.
    router
        .route()
        .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
        .handler(
            context -> {
              String announced = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              if (announced != null && tooLarge(announced)) {
                refuse(context);
              } else {
                context.next();
              }
            });
  }

  private boolean tooLarge(String announced) {
    try {
      return Long.parseLong(announced.trim()) > limit;
    } catch (NumberFormatException e) {
      return false; // the HTTP codec refuses a malformed length itself
    }
  }

  private void refuse(RoutingContext context) {
    String path = context.request().path();
    String detail =
        "The request body may have at most "
            + limit
            + " bytes ("
            + (limit / (1024 * 1024))
            + " MB); send less, or split it into several requests";
    String accept = context.request().getHeader(HttpHeaders.ACCEPT);
    boolean page =
        !path.startsWith("/api/")
            && !path.startsWith("/q/")
            && (accept == null || accept.contains("text/html") || accept.contains("*/*"));
    String body;
    String type;
    if (page) {
      type = "text/html;charset=UTF-8";
      body =
          "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
              + TITLE
              + "</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main>"
              + "<h1>"
              + TITLE
              + "</h1><p>"
              + detail
              + ".</p><p><a href=\"/\">Back to the start page</a></p></main></body></html>";
    } else {
      type = Problem.MEDIA_TYPE;
      try {
        body =
            json.writeValueAsString(
                new Problem(
                    "https://ai-marketplace.eu/problems/request-too-large",
                    TITLE,
                    413,
                    detail,
                    path,
                    List.of()));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    // The rest of the body is not read: the connection closes after the answer.
    context
        .response()
        .setStatusCode(413)
        .putHeader(HttpHeaders.CONTENT_TYPE, type)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(body);
  }
}
