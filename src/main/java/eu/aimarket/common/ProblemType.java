package eu.aimarket.common;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem the API reports, each with its stable type URI and HTTP status. */
public enum ProblemType {
  VALIDATION("validation-failed", "The request is not valid", Status.BAD_REQUEST),
  MALFORMED("malformed-request", "The request body cannot be read", Status.BAD_REQUEST),
  UNAUTHENTICATED("unauthenticated", "Authentication is required", Status.UNAUTHORIZED),
  FORBIDDEN("forbidden", "You may not do this", Status.FORBIDDEN),
  NOT_FOUND("not-found", "Not found", Status.NOT_FOUND),
  CONFLICT("conflict", "The resource was changed by someone else", Status.CONFLICT),
  DEADLINE_PASSED("deadline-passed", "The deadline for this has passed", Status.CONFLICT),
  INVALID_STATE(
      "invalid-state", "The resource is not in a state that allows this", Status.CONFLICT),
  PRECONDITION_FAILED(
      "precondition-failed",
      "The resource is not in the version you expected",
      Status.PRECONDITION_FAILED),
  PRECONDITION_REQUIRED(
      "precondition-required",
      "Say which version you are changing (If-Match or version)",
      Status.PRECONDITION_REQUIRED),
  UNSUPPORTED_MEDIA_TYPE(
      "unsupported-media-type", "Unsupported media type", Status.UNSUPPORTED_MEDIA_TYPE),
  METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", Status.METHOD_NOT_ALLOWED),
  NOT_ACCEPTABLE("not-acceptable", "Not acceptable", Status.NOT_ACCEPTABLE),
  TOO_MANY_REQUESTS(
      "too-many-requests", "Too many requests; try again later", Status.TOO_MANY_REQUESTS),
  UNAVAILABLE("unavailable", "The service is temporarily unavailable", Status.SERVICE_UNAVAILABLE),
  INTERNAL("internal-error", "Something went wrong on our side", Status.INTERNAL_SERVER_ERROR);

  private static final String BASE = "https://ai-marketplace.eu/problems/";

  private final String slug;
  private final String title;
  private final Status status;

  ProblemType(String slug, String title, Status status) {
    this.slug = slug;
    this.title = title;
    this.status = status;
  }

  /** The problem type of an HTTP error status, for answers that come without a body. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type != MALFORMED && type.status.getStatusCode() == status) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : MALFORMED;
  }

  public String uri() {
    return BASE + slug;
  }

  public String title() {
    return title;
  }

  public Status status() {
    return status;
  }
}
