package eu.aimarket.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import eu.aimarket.common.DatabaseUnavailable;
import eu.aimarket.common.DomainException;
import eu.aimarket.common.Problem;
import eu.aimarket.common.Problem.FieldError;
import eu.aimarket.common.ProblemType;
import io.quarkus.oidc.OIDCException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become answers: RFC 9457 problem+json under {@code /api}, an error
 * page in the site's layout everywhere else. Nothing leaks a stack trace.
 */
public class ErrorMapper {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance error(
        int status, String title, String detail, List<FieldError> errors);
  }

  @ServerExceptionMapper
  public Response domain(DomainException e, UriInfo uri, HttpHeaders headers) {
    return respond(e.type(), e.getMessage(), e.fieldErrors(), uri, headers);
  }

  @ServerExceptionMapper
  public Response constraintViolation(
      ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldPath(v), message(v)))
            .sorted(Comparator.comparing(FieldError::field))
            .distinct()
            .toList();
    String detail =
        "The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s");
    return respond(ProblemType.VALIDATION, detail, errors, uri, headers);
  }

  @ServerExceptionMapper(priority = 1)
  public Response unrecognizedProperty(
      UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
    return respond(
        ProblemType.VALIDATION,
        "The request has a field this API does not know",
        List.of(new FieldError(jsonPath(e), "is not a known field")),
        uri,
        headers);
  }

  @ServerExceptionMapper(priority = 1)
  public Response invalidFormat(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
    String message;
    Class<?> target = e.getTargetType();
    if (target != null && target.isEnum()) {
      message =
          "must be one of "
              + Arrays.stream(target.getEnumConstants())
                  .map(Object::toString)
                  .collect(Collectors.joining(", "));
    } else {
      message = "must be " + describe(target);
    }
    return respond(
        ProblemType.VALIDATION,
        "The request has 1 invalid field",
        List.of(new FieldError(jsonPath(e), message)),
        uri,
        headers);
  }

  @ServerExceptionMapper(priority = 1)
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
    String field = jsonPath(e);
    if (field.isEmpty()) {
      return respond(
          ProblemType.MALFORMED, "The request body must be a JSON object", List.of(), uri, headers);
    }
    return respond(
        ProblemType.VALIDATION,
        "The request has 1 invalid field",
        List.of(new FieldError(field, "must be " + describe(e.getTargetType()))),
        uri,
        headers);
  }

  @ServerExceptionMapper(priority = 1)
  public Response jsonMapping(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
    String field = jsonPath(e);
    return field.isEmpty()
        ? respond(
            ProblemType.MALFORMED,
            "The request body cannot be read as this resource",
            List.of(),
            uri,
            headers)
        : respond(
            ProblemType.VALIDATION,
            "The request has 1 invalid field",
            List.of(new FieldError(field, "has a value of the wrong shape")),
            uri,
            headers);
  }

  @ServerExceptionMapper(priority = 1)
  public Response malformedJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
    String where =
        e.getLocation() == null
            ? ""
            : " (line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + ")";
    return respond(
        ProblemType.MALFORMED,
        "The request body is not valid JSON" + where,
        List.of(),
        uri,
        headers);
  }

  @ServerExceptionMapper
  public Response optimisticLock(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
    return respond(
        ProblemType.CONFLICT,
        "Someone changed this at the same time; reload it and apply your change again",
        List.of(),
        uri,
        headers);
  }

  @ServerExceptionMapper
  public Response staleState(StaleStateException e, UriInfo uri, HttpHeaders headers) {
    return optimisticLock(null, uri, headers);
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
    return respond(ProblemType.UNAUTHENTICATED, "Sign in to do this", List.of(), uri, headers);
  }

  @ServerExceptionMapper
  public Response authenticationFailed(
      AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
    String path = uri == null ? "" : uri.getPath();
    if (isPage(path, headers)) {
      // The browser sent credentials that were refused; sending it to /login with the same
      // credentials would be refused again, and again: say so on a page instead.
      return errorPage(
          ProblemType.UNAUTHENTICATED,
          ProblemType.UNAUTHENTICATED.title(),
          "Your sign-in was not accepted. Sign out, then sign in again.",
          List.of());
    }
    return respond(
        ProblemType.UNAUTHENTICATED, "The credentials were not accepted", List.of(), uri, headers);
  }

  /** The OIDC provider cannot be reached: tokens cannot be checked now, which is not a 500. */
  @ServerExceptionMapper
  public Response oidcUnavailable(OIDCException e, UriInfo uri, HttpHeaders headers) {
    LOG.warnf(
        "Cannot check credentials on %s: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
    return respond(
        ProblemType.UNAVAILABLE,
        "Sign-in is unavailable at the moment; try again shortly",
        List.of(),
        uri,
        headers);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
    return respond(ProblemType.FORBIDDEN, "You may not do this", List.of(), uri, headers);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
    int status = e.getResponse().getStatus();
    if (status == 404) {
      return respond(
          ProblemType.NOT_FOUND, "There is nothing at this address", List.of(), uri, headers);
    }
    ProblemType type =
        switch (status) {
          case 400 -> ProblemType.MALFORMED;
          case 401 -> ProblemType.UNAUTHENTICATED;
          case 403 -> ProblemType.FORBIDDEN;
          case 405 -> ProblemType.METHOD_NOT_ALLOWED;
          case 406 -> ProblemType.NOT_ACCEPTABLE;
          case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
          case 503 -> ProblemType.UNAVAILABLE;
          default -> null;
        };
    if (type == null) {
      if (status >= 500) {
        return unexpected(e, uri, headers);
      }
      return e.getResponse();
    }
    return respond(type, type.title(), List.of(), uri, headers);
  }

  /**
   * The form parser fails on a broken percent-escape ({@code %}, {@code %ZZ}) with a bare
   * IllegalArgumentException; that is the client's malformed body, not our failure. Any other
   * IllegalArgumentException stays an unexpected one.
   */
  @ServerExceptionMapper
  public Response illegalArgument(IllegalArgumentException e, UriInfo uri, HttpHeaders headers) {
    StackTraceElement[] trace = e.getStackTrace();
    if (trace.length > 0 && trace[0].getClassName().equals(FORM_DECODER)) {
      return respond(
          ProblemType.MALFORMED,
          "The form cannot be read: it has a broken %-escape. Go back and send the form again.",
          List.of(),
          uri,
          headers);
    }
    return unexpected(e, uri, headers);
  }

  private static final String FORM_DECODER = "org.jboss.resteasy.reactive.common.util.URLUtils";

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
    if (DatabaseUnavailable.causedBy(e)) {
      // The same request will work once the database is back: a temporary 503, not a 500 that
      // asks the caller to report it. The transaction did not commit, unless the connection broke
      // during the commit itself, which no answer can settle.
      LOG.warnf(
          "Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
      return respond(
          ProblemType.UNAVAILABLE,
          "The database cannot be reached at the moment; try again shortly.",
          List.of(),
          uri,
          headers);
    }
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected failure %s on %s", errorId, uri == null ? "?" : uri.getPath());
    return respond(
        ProblemType.INTERNAL,
        "Something went wrong on our side. Quote error id " + errorId + " if you contact us.",
        List.of(),
        uri,
        headers);
  }

  private Response respond(
      ProblemType type, String detail, List<FieldError> errors, UriInfo uri, HttpHeaders headers) {
    String path = uri == null ? "" : uri.getPath();
    if (isPage(path, headers)) {
      if (type == ProblemType.UNAUTHENTICATED && !"/login".equals(path)) {
        return Response.seeOther(
                URI.create(
                    "/login?next="
                        + java.net.URLEncoder.encode(
                            path, java.nio.charset.StandardCharsets.UTF_8)))
            .build();
      }
      return errorPage(type, type.title(), detail, errors);
    }
    Response.ResponseBuilder response =
        Response.status(type.status())
            .type(Problem.MEDIA_TYPE)
            .entity(
                new Problem(
                    type.uri(), type.title(), type.status().getStatusCode(), detail, path, errors));
    if (type == ProblemType.UNAUTHENTICATED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ai-marketplace\"");
    }
    if (type == ProblemType.UNAVAILABLE) {
      response.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
    }
    return response.build();
  }

  /** People get pages; programs (anything under /api, or not asking for HTML) get problem+json. */
  private static Response errorPage(
      ProblemType type, String title, String detail, List<FieldError> errors) {
    Response.ResponseBuilder page =
        Response.status(type.status())
            .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
            .entity(Templates.error(type.status().getStatusCode(), title, detail, errors));
    if (type == ProblemType.UNAVAILABLE) {
      page.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
    }
    return page.build();
  }

  private static boolean isPage(String path, HttpHeaders headers) {
    return isPage(path, headers == null ? null : headers.getAcceptableMediaTypes());
  }

  /** Is the answer for a person: a path outside the API, asked for as HTML (or anything)? */
  static boolean isPage(String path, List<MediaType> accepted) {
    if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/")) {
      return false;
    }
    if (accepted == null) {
      return true;
    }
    return accepted.stream().anyMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE))
        || accepted.stream().allMatch(MediaType::isWildcardType);
  }

  private static String fieldPath(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD
          || kind == ElementKind.PARAMETER
          || kind == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (kind == ElementKind.CONTAINER_ELEMENT) {
        path.append(node.getIndex() != null ? "[" + node.getIndex() + "]" : "[]");
        continue;
      }
      if (node.getName() == null) {
        continue;
      }
      // A property of a list element carries the element's index: rules[1].name, not
      // rules.name[1].
      if (node.isInIterable() && node.getIndex() != null) {
        path.append('[').append(node.getIndex()).append(']');
      }
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(node.getName());
    }
    String field = path.toString();
    return field.isEmpty() ? "body" : field;
  }

  /** Elements of sets have no index, so the message quotes the offending value instead. */
  private static String message(ConstraintViolation<?> violation) {
    boolean element =
        java.util.stream.StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
            .anyMatch(node -> node.getKind() == ElementKind.CONTAINER_ELEMENT);
    Object invalid = violation.getInvalidValue();
    if (element && invalid != null && !(invalid instanceof java.util.Collection<?>)) {
      String shown = String.valueOf(invalid);
      if (shown.length() > 40) {
        shown = shown.substring(0, 40) + "...";
      }
      return "'" + shown + "' " + violation.getMessage();
    }
    return violation.getMessage();
  }

  private static String jsonPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type == UUID.class) {
      return "a UUID";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    return "an object";
  }
}
