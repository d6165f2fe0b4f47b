package eu.aimarket.web;

import eu.aimarket.common.DomainException;
import eu.aimarket.common.Problem.FieldError;
import eu.aimarket.common.ProblemType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks a request body before it is read as JSON or text. A body must say what it is (a
 * Content-Type), a JSON body must not be empty, and JSON and text bodies in UTF-8 must be UTF-8:
 * the JSON parser and the text reader would otherwise take overlong encodings (a hidden {@code /}),
 * UTF-16 surrogates encoded as bytes, or stray bytes, and store something other than what a strict
 * reader (or the next system) sees. The answer names the line and column where the body stops being
 * UTF-8.
 */
@Provider
public class StrictRequestBodies implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    boolean json = isJson(type);
    boolean text = type != null && "text".equals(type.getType());
    if (!json && !text) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (body.length > 0 && context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE) == null) {
      throw new DomainException(
          ProblemType.UNSUPPORTED_MEDIA_TYPE,
          "The request has a body but no Content-Type; send it as application/json");
    }
    if (json && new String(body, StandardCharsets.UTF_8).strip().equals("null")) {
      // Jackson reads the JSON null as no body at all, which an optional body would accept
      throw new DomainException(
          ProblemType.MALFORMED,
          "The request body must be a JSON object",
          List.of(new FieldError("body", "must be an object, not null")));
    }
    if (json && isBlank(body)) {
      throw new DomainException(
          ProblemType.MALFORMED,
          "The request body is empty; send a JSON object",
          List.of(new FieldError("body", "is required")));
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (json || charset == null || StandardCharsets.UTF_8.name().equalsIgnoreCase(charset)) {
      requireUtf8(body);
    }
    int nul = json ? escapedNul(body) : rawNul(body);
    if (nul >= 0) {
      String where = where(body, nul);
      throw new DomainException(
          ProblemType.MALFORMED,
          "The request body has the NUL character at " + where + "; text may not contain it",
          List.of(new FieldError("body", where + ": NUL character")));
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && "application".equals(type.getType())
        && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  /** Refuses bytes that are not UTF-8, naming the line and column of the first bad sequence. */
  static void requireUtf8(byte[] body) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    try {
      decoder.decode(in);
    } catch (CharacterCodingException e) {
      // the decoder stops at the first byte of the sequence it cannot read
      throw notUtf8(body, in.position());
    }
  }

  private static DomainException notUtf8(byte[] body, int offset) {
    String where = where(body, offset);
    return new DomainException(
        ProblemType.MALFORMED,
        "The request body is not valid UTF-8: "
            + where
            + " (byte "
            + offset
            + ") has an invalid"
            + " byte sequence",
        List.of(new FieldError("body", where + ": not UTF-8")));
  }

  /** "line L, column C" of a byte of the body, counting characters rather than bytes. */
  private static String where(byte[] body, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (body[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < offset; i++) {
      if ((body[i] & 0xC0) != 0x80) {
        column++; // count characters, not continuation bytes
      }
    }
    return "line " + line + ", column " + column;
  }

  /**
   * Where a JSON body writes the NUL character (as the escape backslash-u0000, the only way JSON
   * can), or -1. PostgreSQL cannot store it in text, so it would fail only when written.
   */
  static int escapedNul(byte[] body) {
    for (int i = 0; i + 5 < body.length; i++) {
      if (body[i] == '\\'
          && body[i + 1] == 'u'
          && body[i + 2] == '0'
          && body[i + 3] == '0'
          && body[i + 4] == '0'
          && body[i + 5] == '0') {
        int backslashes = 0;
        for (int j = i; j >= 0 && body[j] == '\\'; j--) {
          backslashes++;
        }
        if (backslashes % 2 == 1) {
          return i;
        }
      }
    }
    return -1;
  }

  private static int rawNul(byte[] body) {
    for (int i = 0; i < body.length; i++) {
      if (body[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
