package eu.aimarket.integration.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.aimarket.common.DatabaseUnavailable;
import eu.aimarket.common.Problem;
import eu.aimarket.common.ProblemType;
import eu.aimarket.identity.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} for every POST under /api: the first request with a key runs and its
 * successful result is kept for 24 hours; a retry with the same key and the same request gets that
 * result again (same status, headers and body) instead of creating twice; the same key with a
 * different request is a 422. Keys are scoped per caller. One mechanism for every create, so no
 * resource needs code of its own.
 */
@ApplicationScoped
public class IdempotencyFilter {

  private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  static final String KEY_REUSED_TYPE = "https://ai-marketplace.eu/problems/idempotency-key-reused";
  private static final String RESERVATION = IdempotencyFilter.class.getName() + ".reservation";

  private final IdempotencyStore store;
  private final CurrentUser user;
  private final ObjectMapper json;

  public IdempotencyFilter(IdempotencyStore store, CurrentUser user, ObjectMapper json) {
    this.store = store;
    this.user = user;
    this.json = json;
  }

  private record Reservation(String caller, String key) {}

  @ServerRequestFilter
  public Response beforeCreate(ContainerRequestContext request) {
    String key = request.getHeaderString(HEADER);
    String path = request.getUriInfo().getPath();
    if (key == null || !"POST".equals(request.getMethod()) || !path.startsWith("/api/")) {
      return null;
    }
    if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
      return problem(
          ProblemType.VALIDATION.uri(),
          ProblemType.VALIDATION.title(),
          400,
          "The request has 1 invalid field",
          path,
          List.of(
              new Problem.FieldError(
                  HEADER, "must be 1 to 255 visible ASCII characters, e.g. a UUID")));
    }
    if (user.isAnonymous()) {
      return null; // the resource answers 401; nothing to remember
    }
    String caller = user.primarySubject();
    byte[] body = readBody(request);
    IdempotencyStore.Decision decision = store.begin(caller, key, fingerprint(request, body));
    if (decision instanceof IdempotencyStore.Proceed) {
      request.setProperty(RESERVATION, new Reservation(caller, key));
      return null;
    }
    if (decision instanceof IdempotencyStore.Replay replay) {
      return replay(replay.first());
    }
    if (decision instanceof IdempotencyStore.Mismatch) {
      return problem(
          KEY_REUSED_TYPE,
          "The Idempotency-Key was used for another request",
          422,
          "This Idempotency-Key was first used with a different request (method, address or"
              + " body); use a new key for a new request",
          path,
          List.of());
    }
    return problem(
        ProblemType.CONFLICT.uri(),
        "A request with this Idempotency-Key is still being processed",
        409,
        "Wait for the first request with this Idempotency-Key to finish, then retry",
        path,
        List.of());
  }

  @ServerResponseFilter
  public void afterCreate(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(RESERVATION) instanceof Reservation reservation)) {
      return;
    }
    int status = response.getStatus();
    try {
      if (status < 200 || status >= 300) {
        store.release(reservation.caller(), reservation.key());
        return;
      }
      store.complete(
          reservation.caller(),
          reservation.key(),
          status,
          response.getMediaType() == null ? null : response.getMediaType().toString(),
          response.getStringHeaders().getFirst(HttpHeaders.LOCATION),
          response.getStringHeaders().getFirst(HttpHeaders.ETAG),
          serialise(response.getEntity()));
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e)) {
        throw e;
      }
      // The answer stands: a success was committed, a failure changed nothing. Only the key's
      // record could not be updated; it stays reserved, and a retry with it gets 409 until the
      // reservation counts as abandoned and is taken over.
      LOG.warnf(
          "Cannot record the outcome of Idempotency-Key %s (%d): %s",
          reservation.key(), status, e.getMessage());
    }
  }

  private static Response replay(IdempotencyRecord first) {
    Response.ResponseBuilder answer =
        Response.status(first.getStatus()).header(REPLAYED_HEADER, "true");
    if (first.getBody() != null) {
      answer.entity(first.getBody()).type(first.getContentType());
    }
    if (first.getLocation() != null) {
      answer.header(HttpHeaders.LOCATION, first.getLocation());
    }
    if (first.getEtag() != null) {
      answer.header(HttpHeaders.ETAG, first.getEtag());
    }
    return answer.build();
  }

  private static Response problem(
      String type,
      String title,
      int status,
      String detail,
      String path,
      List<Problem.FieldError> errors) {
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem(type, title, status, detail, path, errors))
        .build();
  }

  /** Reads the body to fingerprint it and puts it back for the resource. */
  private static byte[] readBody(ContainerRequestContext request) {
    if (!request.hasEntity()) {
      return new byte[0];
    }
    try {
      byte[] body = request.getEntityStream().readAllBytes();
      request.setEntityStream(new ByteArrayInputStream(body));
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the request body", e);
    }
  }

  private static String fingerprint(ContainerRequestContext request, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String query = request.getUriInfo().getRequestUri().getRawQuery();
      String head =
          request.getMethod()
              + "\n"
              + request.getUriInfo().getPath()
              + "\n"
              + (query == null ? "" : query)
              + "\n"
              + (request.getMediaType() == null ? "" : request.getMediaType().toString())
              + "\n";
      sha.update(head.getBytes(StandardCharsets.UTF_8));
      sha.update(body);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private String serialise(Object entity) {
    if (entity == null) {
      return null;
    }
    if (entity instanceof String text) {
      return text;
    }
    try {
      return json.writeValueAsString(entity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot keep the result of an idempotent request", e);
    }
  }
}
