package eu.aimarket.common;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tells clients of a {@link DeprecatedOperation} that it is going away, on every answer it gives
 * (errors included), so that they notice in their logs long before the sunset.
 */
public class DeprecationHeaders {

  /** IMF-fixdate (RFC 9110), which {@code Sunset} uses: two-digit day, English names, GMT. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  private final Map<Method, Map<String, String>> headersByMethod = new ConcurrentHashMap<>();

  @ServerResponseFilter
  public void addHeaders(ResourceInfo resource, ContainerResponseContext response) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return;
    }
    DeprecatedOperation deprecated = method.getAnnotation(DeprecatedOperation.class);
    if (deprecated == null) {
      return;
    }
    headersByMethod
        .computeIfAbsent(method, any -> headers(deprecated))
        .forEach((name, value) -> response.getHeaders().add(name, value));
  }

  static Map<String, String> headers(DeprecatedOperation deprecated) {
    Map<String, String> headers = new LinkedHashMap<>();
    long since = LocalDate.parse(deprecated.since()).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    headers.put("Deprecation", "@" + since);
    headers.put(
        "Sunset",
        HTTP_DATE.format(LocalDate.parse(deprecated.sunset()).atStartOfDay(ZoneOffset.UTC)));
    if (!deprecated.successor().isEmpty()) {
      headers.put("Link", "<" + deprecated.successor() + ">; rel=\"successor-version\"");
    }
    return headers;
  }
}
