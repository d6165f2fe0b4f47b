package eu.aimarket.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts the forms of the pages as a browser does: reads the page first to get its CSRF cookie and
 * the same token from the form's hidden field, then sends both with the form.
 */
public final class Forms {

  public static final String CSRF = "csrf-token";
  private static final Pattern HIDDEN_TOKEN =
      Pattern.compile("name=\"" + CSRF + "\" value=\"([^\"]+)\"");

  private Forms() {}

  /** A form post prepared with the CSRF cookie and field of the page at {@code pageUrl}. */
  public static RequestSpecification from(String pageUrl) {
    Response page = given().accept("text/html").when().get(pageUrl);
    String cookie = page.getCookie(CSRF);
    Matcher matcher = HIDDEN_TOKEN.matcher(page.asString());
    if (cookie == null || !matcher.find()) {
      throw new AssertionError(pageUrl + " has no CSRF token (status " + page.statusCode() + ")");
    }
    return given()
        .accept("text/html")
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .cookie(CSRF, cookie)
        .formParam(CSRF, matcher.group(1));
  }
}
