package eu.aimarket.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The language a page is shown in: a {@code lang} query parameter (so a link can name it), else the
 * {@code lang} cookie the language switcher sets, else the best match of {@code Accept-Language},
 * else English. Templates reach it as {@code inject:language}.
 */
@RequestScoped
@Named("language")
public class Language {

  /** The languages the site is translated into, in the order the switcher shows them. */
  public static final List<String> SUPPORTED = List.of("en", "de", "fr");

  public static final String DEFAULT = "en";
  public static final String COOKIE = "lang";
  public static final String PARAMETER = "lang";

  private final CurrentVertxRequest current;
  private String tag;

  public Language(CurrentVertxRequest current) {
    this.current = current;
  }

  /** The language tag of this request, one of {@link #SUPPORTED}. */
  public String getTag() {
    if (tag == null) {
      tag = resolve(request());
    }
    return tag;
  }

  public Locale locale() {
    return Locale.forLanguageTag(getTag());
  }

  /** The site's texts in this language, for the few that Java composes (form errors). */
  public Messages messages() {
    return bundle(Messages.class);
  }

  /** A message bundle of the pages in the reader's language. */
  public <T> T bundle(Class<T> type) {
    return DEFAULT.equals(getTag())
        ? MessageBundles.get(type)
        : MessageBundles.get(type, Localized.Literal.of(getTag()));
  }

  /** The switcher's links: each language, pointing back at the page the reader is on. */
  public List<Choice> getChoices() {
    String next = URLEncoder.encode(currentPage(), StandardCharsets.UTF_8);
    return SUPPORTED.stream()
        .map(
            code ->
                new Choice(
                    code,
                    Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(code)),
                    "/language?lang=" + code + "&next=" + next,
                    code.equals(getTag())))
        .map(Choice::capitalised)
        .toList();
  }

  public static boolean isSupported(String code) {
    return code != null && SUPPORTED.contains(code);
  }

  private HttpServerRequest request() {
    return current.getCurrent() == null ? null : current.getCurrent().request();
  }

  /**
   * The page to come back to after switching: this page for reads (without a {@code lang}
   * parameter, which would override the new choice), the home page otherwise.
   */
  private String currentPage() {
    HttpServerRequest request = request();
    if (request == null || request.method() != HttpMethod.GET) {
      return "/";
    }
    return withoutLanguageParameter(request.uri());
  }

  static String withoutLanguageParameter(String uri) {
    int question = uri.indexOf('?');
    if (question < 0) {
      return uri;
    }
    String query =
        Arrays.stream(uri.substring(question + 1).split("&"))
            .filter(p -> !p.isEmpty() && !p.equals(PARAMETER) && !p.startsWith(PARAMETER + "="))
            .collect(Collectors.joining("&"));
    return uri.substring(0, question) + (query.isEmpty() ? "" : "?" + query);
  }

  static String resolve(HttpServerRequest request) {
    if (request == null) {
      return DEFAULT;
    }
    String parameter = request.getParam(PARAMETER);
    if (isSupported(parameter)) {
      return parameter;
    }
    Cookie cookie = request.getCookie(COOKIE);
    if (cookie != null && isSupported(cookie.getValue())) {
      return cookie.getValue();
    }
    return fromAcceptLanguage(request.getHeader("Accept-Language"));
  }

  static String fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT;
    }
    try {
      String match = Locale.lookupTag(Locale.LanguageRange.parse(header), SUPPORTED);
      return match == null ? DEFAULT : match;
    } catch (IllegalArgumentException e) {
      return DEFAULT;
    }
  }

  /** One entry of the language switcher, named in its own language. */
  public record Choice(String tag, String name, String url, boolean current) {
    Choice capitalised() {
      return new Choice(
          tag,
          name.substring(0, 1).toUpperCase(Locale.forLanguageTag(tag)) + name.substring(1),
          url,
          current);
    }
  }
}
