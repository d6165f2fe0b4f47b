package eu.aimarket.web;

import static eu.aimarket.catalog.OfferingFixtures.MISTRAL;
import static eu.aimarket.catalog.OfferingFixtures.MISTRAL_LARGE;
import static eu.aimarket.catalog.OfferingFixtures.MISTRAL_SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.testsupport.Browser;
import eu.aimarket.testsupport.PageChecks;
import eu.aimarket.testsupport.RawPages;
import eu.aimarket.testsupport.TestOidcProvider;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal's journeys in real Chromium against the packaged application, signed in through a
 * local OIDC provider: a supplier onboards (without JavaScript), an admin verifies one of its
 * claims, the supplier sees the outcome, a visitor compares offerings; and every main page passes
 * axe-core and the Nu HTML Checker. Screenshots go to {@code target/screenshots/}.
 */
@QuarkusIntegrationTest
@WithTestResource(TestOidcProvider.class)
class PortalBrowserIT {

  @TestHTTPResource("/")
  URL root;

  @BeforeAll
  static void checkersAreInstalled() {
    assertTrue(
        PageChecks.installed(),
        "axe-core and vnu-jar are missing: mvn verify installs them (npm ci in src/test/a11y)");
  }

  private String url(String path) {
    return root.toString().replaceAll("/$", "") + path;
  }

  private static String token(String user, String... roles) {
    return TestOidcProvider.token(user, Set.of(roles));
  }

  private static WebDriverWait waitFor(WebDriver page) {
    return new WebDriverWait(page, Duration.ofSeconds(20));
  }

  private static void type(WebDriver page, String id, String text) {
    WebElement field = page.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static void choose(WebDriver page, String id, String value) {
    new Select(page.findElement(By.id(id))).selectByValue(value);
  }

  private static void submit(WebDriver page, String buttonSelector) {
    String before = page.getCurrentUrl();
    WebElement button = page.findElement(By.cssSelector(buttonSelector));
    button.click();
    waitFor(page)
        .until(
            d ->
                !d.getCurrentUrl().equals(before)
                    || !d.findElements(By.cssSelector(".error-summary")).isEmpty());
  }

  private static void fillOrganisation(WebDriver page, String name, String registrationId) {
    type(page, "legalName", name);
    type(page, "registrationId", registrationId);
    choose(page, "country", "FR");
    type(page, "website", "https://polaris.example");
    page.findElement(By.id("kind-SUPPLIER")).click();
  }

  private static void fillOwnership(WebDriver page, String name) {
    choose(page, "headquartersCountry", "FR");
    type(page, "controllingEntity", name);
    choose(page, "controlCountry", "FR");
    type(page, "nonEuOwnershipPercent", "5");
    page.findElement(By.id("euPresence-FULL")).click();
    page.findElement(By.id("sme-true")).click();
  }

  private static void fillOffering(WebDriver page, String name) {
    type(page, "name", name);
    type(page, "description", "A French speech model, hosted in Paris or run on-premises.");
    choose(page, "category", "SPEECH");
    page.findElement(By.id("deployment-SAAS")).click();
    page.findElement(By.id("deployment-ON_PREMISES")).click();
    type(page, "dataStorageCountries", "FR");
    type(page, "dataProcessingCountries", "FR");
    type(page, "supportCountries", "FR, BE");
    type(page, "languages", "fr, en");
    page.findElement(By.id("openWeights-true")).click();
    type(page, "licence", "Apache-2.0");
    page.findElement(By.id("certification-SECNUMCLOUD")).click();
    choose(page, "pricingModel", "PER_MINUTE");
    type(page, "priceEur", "0.01");
    choose(page, "hardwareVendorCountry", "FR");
    type(page, "renewableEnergyPercent", "92");
    type(page, "pue", "1.3");
  }

  @Test
  void aSupplierOnboardsWithoutJavaScriptAnAdminVerifiesAClaimAndTheSupplierSeesTheOutcome() {
    String organisationId;
    String supplierToken = token("polaris-founder", "supplier");
    try (Browser browser = Browser.withoutJavaScript().signIn(supplierToken)) {
      WebDriver page = browser.driver();
      page.get(url("/supplier/onboarding"));
      assertEquals(
          "Organisation", page.findElement(By.cssSelector("[aria-current=step]")).getText());

      fillOrganisation(page, "Polaris Speech SAS", "12-345");
      submit(page, "form button[type=submit]");
      WebElement error = page.findElement(By.id("registrationId-error"));
      assertTrue(error.getText().contains("Enter a VAT number"), error.getText());
      assertEquals(
          "#registrationId",
          page.findElement(By.cssSelector(".error-summary a")).getDomAttribute("href"));
      assertEquals(
          "true", page.findElement(By.id("registrationId")).getDomAttribute("aria-invalid"));
      browser.screenshot("onboarding-error");

      type(page, "registrationId", "FR40123456789");
      submit(page, "form button[type=submit]");
      assertTrue(page.getCurrentUrl().endsWith("step=ownership"), page.getCurrentUrl());
      fillOwnership(page, "Polaris Speech SAS");
      submit(page, "form button[type=submit]");
      assertTrue(page.getCurrentUrl().endsWith("step=offerings"), page.getCurrentUrl());
      fillOffering(page, "Polaris Voice");
      browser.screenshot("onboarding-offerings");
      submit(page, "button[value=continue]");
      assertTrue(page.getCurrentUrl().endsWith("step=review"), page.getCurrentUrl());
      assertTrue(page.getPageSource().contains("FR40123456789"));
      assertTrue(page.getPageSource().contains("Polaris Voice"));
      browser.screenshot("onboarding-review");

      submit(page, "form[action='/supplier/onboarding/submit'] button");
      assertTrue(page.getCurrentUrl().contains("/supplier/claims?registered="));
      assertTrue(page.getPageSource().contains("Your organisation is registered"));
      organisationId = page.getCurrentUrl().replaceAll(".*registered=", "");
    }

    String note = "Checked the Paris trade register entry on 3 March.";
    try (Browser browser = Browser.withJavaScript().signIn(token("admin", "admin"))) {
      WebDriver page = browser.driver();
      page.get(url("/admin/claims?organisation=" + organisationId));
      WebElement card = page.findElement(By.cssSelector(".claim-card"));
      assertTrue(card.getText().contains("Polaris Speech SAS"), card.getText());
      card.findElement(By.cssSelector("textarea[name=note]")).sendKeys(note);
      card.findElement(By.cssSelector("input[name=evidenceUrl]"))
          .sendKeys("https://trade-register.example/polaris");
      browser.screenshot("admin-claims");
      String before = page.getCurrentUrl();
      card.findElement(By.cssSelector("button:not([formaction])")).click();
      waitFor(page).until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
      assertTrue(page.getPageSource().contains("The claim is verified."));
    }

    try (Browser browser = Browser.withoutJavaScript().signIn(supplierToken)) {
      WebDriver page = browser.driver();
      page.get(url("/supplier/claims"));
      String outcomes = page.findElement(By.cssSelector(".claim-outcomes")).getText();
      assertTrue(outcomes.contains("verified"), outcomes);
      assertTrue(outcomes.contains(note), outcomes);
      assertTrue(outcomes.contains("1 of"), outcomes);
      browser.screenshot("supplier-claims");
    }
  }

  @Test
  void aVisitorChoosesTwoOfferingsInTheCatalogueAndComparesThem() {
    try (Browser browser = Browser.withoutJavaScript()) {
      WebDriver page = browser.driver();
      page.get(url("/catalogue?q=mistral"));
      List<WebElement> boxes = page.findElements(By.cssSelector("input[name=ids]"));
      assertTrue(boxes.size() >= 2, "at least two Mistral offerings");
      boxes.get(0).click();
      boxes.get(1).click();
      submit(page, "form[action='/compare'] button");
      assertTrue(page.getCurrentUrl().contains("/compare?ids="), page.getCurrentUrl());
      assertEquals(2, page.findElements(By.cssSelector("table.comparison thead th")).size());
      assertFalse(page.findElements(By.cssSelector("tr.differs")).isEmpty(), "differences shown");
      browser.screenshot("compare");
    }
  }

  @Test
  void everyMainPagePassesAxeAndTheHtmlCheckerInEveryLanguage() {
    Map<String, String> html = new LinkedHashMap<>();
    RawPages visitor = new RawPages(root.toString(), null);
    Map<String, String> publicPages = new LinkedHashMap<>();
    publicPages.put("home", "/");
    publicPages.put("catalogue", "/catalogue");
    publicPages.put("catalogue-filtered", "/catalogue?dataIn=EU&sort=score&minScore=40");
    publicPages.put("offering", "/offerings/" + MISTRAL_SMALL);
    publicPages.put("supplier", "/suppliers/" + MISTRAL);
    publicPages.put("comparison", "/compare?ids=" + MISTRAL_SMALL + "&ids=" + MISTRAL_LARGE);
    publicPages.put("not-found", "/no/such/page");
    publicPages.put("catalogue-de", "/catalogue?lang=de");
    publicPages.put("offering-fr", "/offerings/" + MISTRAL_SMALL + "?lang=fr");
    try (Browser browser = Browser.withJavaScript()) {
      for (Map.Entry<String, String> page : publicPages.entrySet()) {
        check(browser, page.getKey(), page.getValue(), visitor, html);
      }
      // The same pages on a phone: one column, tables scroll inside their own region.
      browser.driver().manage().window().setSize(new Dimension(390, 844));
      for (String page : List.of("catalogue", "offering", "comparison")) {
        browser.driver().get(url(publicPages.get(page)));
        PageChecks.axe(browser.driver(), page + " on a phone");
        browser.screenshot(page + "-phone");
      }
    }

    String checker = token("page-checker", "supplier");
    RawPages signedIn = new RawPages(root.toString(), checker);
    try (Browser browser = Browser.withJavaScript().signIn(checker)) {
      WebDriver page = browser.driver();
      check(browser, "onboarding-organisation", "/supplier/onboarding", signedIn, html);
      fillOrganisation(page, "Checker SAS", "FR");
      submit(page, "form button[type=submit]");
      PageChecks.axe(page, "onboarding-organisation-errors");
      html.put(
          "onboarding-organisation-errors",
          signedIn
              .post(
                  "/supplier/onboarding",
                  "/supplier/onboarding/organisation",
                  Map.of("legalName", "", "registrationId", "FR", "kind", "SUPPLIER"))
              .body());
      type(page, "registrationId", "FR99887766554");
      submit(page, "form button[type=submit]");
      check(browser, "onboarding-ownership", "/supplier/onboarding?step=ownership", signedIn, html);
      fillOwnership(page, "Checker SAS");
      submit(page, "form button[type=submit]");
      check(browser, "onboarding-offerings", "/supplier/onboarding?step=offerings", signedIn, html);
      fillOffering(page, "Checker Voice");
      submit(page, "button[value=continue]");
      check(browser, "onboarding-review", "/supplier/onboarding?step=review", signedIn, html);
      check(browser, "supplier-claims-none", "/supplier/claims", signedIn, html);
    }

    String admin = token("admin", "admin");
    try (Browser browser = Browser.withJavaScript().signIn(admin)) {
      check(browser, "admin-claims", "/admin/claims", new RawPages(root.toString(), admin), html);
      check(
          browser,
          "admin-claims-de",
          "/admin/claims?lang=de",
          new RawPages(root.toString(), admin),
          html);
    }

    String mistral = token("supplier", "supplier");
    RawPages mistralPages = new RawPages(root.toString(), mistral);
    try (Browser browser = Browser.withJavaScript().signIn(mistral)) {
      check(browser, "supplier-claims", "/supplier/claims", mistralPages, html);
      check(browser, "forbidden", "/admin/claims", mistralPages, html);
    }
    PageChecks.validateHtml(html);
  }

  /** Opens a page in the browser, runs axe, saves a screenshot, and keeps its raw HTML. */
  private void check(
      Browser browser, String name, String path, RawPages raw, Map<String, String> html) {
    browser.driver().get(url(path));
    PageChecks.axe(browser.driver(), name);
    browser.screenshot(name);
    HttpResponse<String> response = raw.get(path);
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        name + " is a page");
    html.put(name, response.body());
  }
}
