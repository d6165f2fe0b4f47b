package eu.aimarket.matching.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.policy.PolicyTemplates;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The buyer's journey in real Chromium: post a requirement (one wrong field first), run a match,
 * open an explanation, compare two results and download the ranking; with and without JavaScript.
 * The new pages pass axe-core and the Nu HTML Checker; screenshots go to {@code
 * target/screenshots/}.
 */
@QuarkusIntegrationTest
@WithTestResource(TestOidcProvider.class)
class BuyerBrowserIT {

  private static final Pattern RUN_PATH = Pattern.compile("(/buyer/matches/[0-9a-f-]{36})");

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

  private static WebDriverWait waitFor(WebDriver page) {
    return new WebDriverWait(page, Duration.ofSeconds(30));
  }

  private static void type(WebDriver page, String id, String text) {
    WebElement field = page.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static void submit(WebDriver page, String buttonSelector) {
    String before = page.getCurrentUrl();
    page.findElement(By.cssSelector(buttonSelector)).click();
    waitFor(page)
        .until(
            d ->
                !d.getCurrentUrl().equals(before)
                    || !d.findElements(By.cssSelector(".error-summary")).isEmpty());
  }

  /** Posts a requirement through the form, first with a wrong price that shows its error. */
  private String postRequirement(WebDriver page, String title) {
    page.get(url("/buyer/requirements/new"));
    type(page, "title", title);
    type(page, "description", "An LLM for drafting German administrative letters.");
    new Select(page.findElement(By.id("category"))).selectByValue("LLM_API");
    page.findElement(By.id("buyerType-PUBLIC_SECTOR")).click();
    page.findElement(By.id("dataLocation-EU")).click();
    page.findElement(By.id("deploymentModels-SAAS")).click();
    page.findElement(By.id("deploymentModels-DEDICATED_CLOUD")).click();
    page.findElement(By.id("deploymentModels-ON_PREMISES")).click();
    type(page, "languages", "de");
    type(page, "maxPriceEur", "cheap");
    type(page, "niceLanguages", "de, fr");
    type(page, "niceLanguagesWeight", "30");
    type(page, "niceOpenWeightsWeight", "20");
    type(page, "niceEuSupportWeight", "20");
    submit(page, "form button[type=submit]");
    WebElement summaryLink =
        page.findElement(By.cssSelector(".error-summary a[href='#maxPriceEur']"));
    assertTrue(summaryLink.isDisplayed());
    assertFalse(page.findElements(By.id("maxPriceEur-error")).isEmpty(), "inline error");
    type(page, "maxPriceEur", "");
    submit(page, "form button[type=submit]");
    assertTrue(page.getCurrentUrl().contains("saved=true"), page.getCurrentUrl());
    return page.getCurrentUrl().replaceAll("^.*(/buyer/requirements/[0-9a-f-]{36}).*$", "$1");
  }

  private String runMatch(WebDriver page) {
    submit(page, "form[action$='/matches'] button");
    Matcher matcher = RUN_PATH.matcher(page.getCurrentUrl());
    assertTrue(matcher.find(), page.getCurrentUrl());
    return matcher.group(1);
  }

  @Test
  void aBuyerPostsARequirementRunsAMatchOpensTheExplanationComparesAndDownloadsTheCsv() {
    String buyer = TestOidcProvider.token("buyer", Set.of("buyer"));
    Map<String, String> html = new LinkedHashMap<>();
    RawPages raw = new RawPages(root.toString(), buyer);
    try (Browser browser = Browser.withJavaScript().signIn(buyer)) {
      WebDriver page = browser.driver();
      String requirement = postRequirement(page, "Letters assistant (browser)");
      browser.screenshot("buyer-requirement");
      String run = runMatch(page);
      WebElement first = page.findElement(By.cssSelector("details.explanation"));
      first.findElement(By.tagName("summary")).click();
      assertTrue(
          first.findElement(By.cssSelector("tbody tr")).isDisplayed(), "the terms are shown");
      browser.screenshot("match-results");
      PageChecks.axe(page, "match-results");

      List<WebElement> boxes = page.findElements(By.cssSelector("table.ranking input[name=ids]"));
      assertTrue(boxes.size() >= 2, "at least two ranked offerings");
      boxes.get(0).click();
      boxes.get(1).click();
      submit(page, "form[action='/compare'] button");
      assertTrue(page.getCurrentUrl().contains("/compare?ids="), page.getCurrentUrl());
      assertEquals(2, page.findElements(By.cssSelector("table.comparison thead th")).size());
      browser.screenshot("match-compare");

      HttpResponse<String> csv = raw.get(run + "/ranking.csv");
      assertEquals(200, csv.statusCode());
      assertTrue(
          csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), "a CSV file");
      assertTrue(csv.body().startsWith(RankingCsv.HEADER + "\r\n"), csv.body());
      assertTrue(csv.body().split("\r\n").length >= 3, "a line per ranked offering");

      for (Map.Entry<String, String> p :
          Map.of(
                  "buyer-requirements",
                  "/buyer/requirements",
                  "buyer-requirement-new",
                  "/buyer/requirements/new",
                  "buyer-requirement-edit",
                  requirement + "/edit",
                  "buyer-requirement-detail",
                  requirement,
                  "match-results-de",
                  run + "?lang=de",
                  "match-replay-fr",
                  run + "/replay?lang=fr",
                  "transparency",
                  "/transparency",
                  "transparency-de",
                  "/transparency?lang=de")
              .entrySet()) {
        page.get(url(p.getValue()));
        PageChecks.axe(page, p.getKey());
        browser.screenshot(p.getKey());
        html.put(p.getKey(), raw.get(p.getValue()).body());
      }
      html.put(
          "buyer-requirement-errors",
          raw.post(
                  "/buyer/requirements/new",
                  "/buyer/requirements",
                  Map.of("title", "", "maxPriceEur", "cheap"))
              .body());
    }
    String admin = TestOidcProvider.token("admin", Set.of("admin"));
    RawPages adminPages = new RawPages(root.toString(), admin);
    String editor = "/policies/" + PolicyTemplates.SOVEREIGNTY_FIRST;
    try (Browser browser = Browser.withJavaScript().signIn(admin)) {
      WebDriver page = browser.driver();
      for (Map.Entry<String, String> p :
          Map.of(
                  "policies",
                  "/policies",
                  "policy-editor",
                  editor,
                  "policy-editor-fr",
                  editor + "?lang=fr")
              .entrySet()) {
        page.get(url(p.getValue()));
        PageChecks.axe(page, p.getKey());
        browser.screenshot(p.getKey());
        html.put(p.getKey(), adminPages.get(p.getValue()).body());
      }
      page.get(url(editor));
      type(page, "rule-0-condition", "supplier.headquartersCountry in EEA +");
      submit(page, "button[formaction$='/preview']");
      assertFalse(
          page.findElements(By.id("rule-0-condition-error")).isEmpty(),
          "the compiler's error next to its rule");
      PageChecks.axe(page, "policy-editor-errors");
      browser.screenshot("policy-editor-errors");
      page.get(url(editor));
      submit(page, "button[formaction$='/preview']");
      assertFalse(page.findElements(By.id("preview-heading")).isEmpty(), "the preview is shown");
      PageChecks.axe(page, "policy-preview");
      browser.screenshot("policy-preview");
      html.put(
          "policy-editor-errors",
          adminPages
              .post(
                  editor,
                  editor + "/preview",
                  Map.of(
                      "basedOn", "1",
                      "name", "Sovereignty first",
                      "description", "Draft",
                      "rule-0-name", "Broken",
                      "rule-0-condition", "offering.openWeights + 1",
                      "rule-0-effect", "POINTS",
                      "rule-0-points", "5",
                      "rule-0-reason", "A test of the error display"))
              .body());
    }
    String supplier = TestOidcProvider.token("supplier", Set.of("supplier"));
    try (Browser browser = Browser.withJavaScript().signIn(supplier)) {
      browser.driver().get(url("/supplier/leads"));
      PageChecks.axe(browser.driver(), "supplier-leads");
      browser.screenshot("supplier-leads");
      html.put(
          "supplier-leads", new RawPages(root.toString(), supplier).get("/supplier/leads").body());
    }
    PageChecks.validateHtml(html);
  }

  @Test
  void theMatchFlowWorksWithoutJavaScript() {
    String buyer = TestOidcProvider.token("buyer", Set.of("buyer"));
    try (Browser browser = Browser.withoutJavaScript().signIn(buyer)) {
      WebDriver page = browser.driver();
      postRequirement(page, "Letters assistant (no script)");
      String run = runMatch(page);
      assertFalse(page.findElements(By.cssSelector("table.ranking tbody tr")).isEmpty());
      page.findElement(By.cssSelector("a[href='" + run + "/replay']")).click();
      waitFor(page).until(d -> d.getCurrentUrl().endsWith("/replay"));
      assertTrue(page.getPageSource().contains("the result is identical"), "replay identical");
      browser.screenshot("match-replay-no-js");
      List<WebElement> boxes = page.findElements(By.cssSelector("table.ranking input[name=ids]"));
      boxes.get(0).click();
      boxes.get(1).click();
      submit(page, "form[action='/compare'] button");
      assertEquals(2, page.findElements(By.cssSelector("table.comparison thead th")).size());
    }
  }
}
