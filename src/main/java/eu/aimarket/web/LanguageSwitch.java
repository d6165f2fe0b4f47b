package eu.aimarket.web;

import eu.aimarket.common.DomainException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The language switcher's target: remembers the choice in a cookie and goes back to the page the
 * reader was on. A plain link, so it works without JavaScript.
 */
@Path("/language")
public class LanguageSwitch {

  private static final int ONE_YEAR = 365 * 24 * 60 * 60;

  @GET
  public Response choose(@QueryParam("lang") String lang, @QueryParam("next") String next) {
    if (!Language.isSupported(lang)) {
      throw DomainException.invalid(
          "lang", "must be one of " + String.join(", ", Language.SUPPORTED));
    }
    NewCookie cookie =
        new NewCookie.Builder(Language.COOKIE)
            .value(lang)
            .path("/")
            .maxAge(ONE_YEAR)
            .httpOnly(true)
            .sameSite(NewCookie.SameSite.LAX)
            .build();
    return Response.seeOther(URI.create(sameSiteTarget(next))).cookie(cookie).build();
  }

  /** Only a path on this site: anything else would make the switcher an open redirect. */
  static String sameSiteTarget(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.chars().anyMatch(Character::isISOControl)) {
      return "/";
    }
    try {
      URI uri = URI.create(next);
      return uri.getScheme() == null && uri.getAuthority() == null ? next : "/";
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }
}
