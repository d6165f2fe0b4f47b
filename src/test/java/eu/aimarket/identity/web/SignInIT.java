package eu.aimarket.identity.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.testsupport.Browser;
import eu.aimarket.testsupport.Keycloak;
import eu.aimarket.testsupport.KeycloakServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * A person signs in through Keycloak's real sign-in page, in Chromium, against the packaged
 * application. The browser uses 127.0.0.1: Keycloak accepts any port there as a redirect (RFC
 * 8252), as the realm file allows.
 */
@QuarkusIntegrationTest
@WithTestResource(KeycloakServer.class)
class SignInIT {

  @TestHTTPResource("/")
  URL root;

  private String site() {
    return "http://127.0.0.1:" + root.getPort();
  }

  @Test
  void signingInStartsTheCodeFlowWithPkceAndCarriesTheSecurityHeaders() {
    given()
        .redirects()
        .follow(false)
        .when()
        .get(site() + "/login")
        .then()
        .statusCode(302)
        .header("Location", startsWith(Keycloak.realmUrl() + "/protocol/openid-connect/auth"))
        .header("Location", containsString("code_challenge_method=S256"))
        .header("Location", containsString("client_id=" + Keycloak.WEB_CLIENT))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("X-Content-Type-Options", "nosniff");
  }

  @Test
  void aSupplierSignsInThroughKeycloakLandsOnTheDashboardAndSignsOut() {
    try (Browser browser = Browser.withoutJavaScript()) {
      WebDriver page = browser.driver();
      page.get(site() + "/dashboard");
      assertTrue(
          page.getCurrentUrl().startsWith(Keycloak.realmUrl() + "/protocol/openid-connect/auth"),
          "Keycloak's sign-in page, not " + page.getCurrentUrl());
      browser.screenshot("keycloak-sign-in");
      page.findElement(By.id("username")).sendKeys("supplier");
      page.findElement(By.id("password")).sendKeys("supplier-demo-only");
      page.findElement(By.id("kc-login")).click();

      // The click returns once the form is sent; the code exchange and redirects may be under way.
      await()
          .atMost(Duration.ofSeconds(30))
          .until(page::getCurrentUrl, url -> url.equals(site() + "/dashboard"));
      assertEquals("Your dashboard", page.findElement(By.tagName("h1")).getText());
      String memberships = page.findElement(By.cssSelector("table.memberships")).getText();
      assertTrue(memberships.contains("Mistral AI SAS"), memberships);
      String header = page.findElement(By.cssSelector(".site-header .signed-in")).getText();
      assertEquals("Signed in as supplier (Mistral AI SAS)", header);
      browser.screenshot("dashboard-signed-in");

      Set<Cookie> session =
          page.manage().getCookies().stream()
              .filter(c -> c.getName().startsWith("q_session"))
              .collect(Collectors.toSet());
      assertFalse(session.isEmpty(), "a session cookie");
      for (Cookie cookie : session) {
        assertTrue(cookie.isHttpOnly(), cookie.getName() + " is HttpOnly");
        assertEquals("Lax", cookie.getSameSite(), cookie.getName() + " is SameSite=Lax");
      }

      page.findElement(By.linkText("Sign out")).click();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              page::getCurrentUrl,
              url ->
                  URI.create(url).getPort() == root.getPort()
                      && "/".equals(URI.create(url).getPath()));
      browser.screenshot("signed-out");
      URI home = URI.create(page.getCurrentUrl());
      assertEquals(root.getPort(), home.getPort(), "back on the site: " + home);
      assertEquals("/", home.getPath(), "on the home page: " + home);
      assertFalse(
          page.findElements(By.cssSelector(".site-header a[href='/login']")).isEmpty(),
          "signed out: the header offers to sign in");
      page.get(site() + "/dashboard");
      assertTrue(
          page.getCurrentUrl().startsWith(Keycloak.realmUrl()),
          "the session ended at Keycloak too, so the dashboard asks to sign in again");
    }
  }

  @Test
  void aWrongPasswordStaysOnKeycloaksSignInPage() {
    try (Browser browser = Browser.withoutJavaScript()) {
      WebDriver page = browser.driver();
      page.get(site() + "/login");
      page.findElement(By.id("username")).sendKeys("buyer");
      page.findElement(By.id("password")).sendKeys("not-the-password");
      page.findElement(By.id("kc-login")).click();
      assertTrue(page.getCurrentUrl().startsWith(Keycloak.realmUrl()), page.getCurrentUrl());
      assertTrue(
          page.getPageSource().contains("Invalid username or password"),
          "Keycloak says the credentials were wrong");
    }
  }
}
