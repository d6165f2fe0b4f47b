package eu.aimarket.tender.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.testsupport.Browser;
import eu.aimarket.testsupport.MovableClock;
import eu.aimarket.testsupport.PageChecks;
import eu.aimarket.testsupport.RawPages;
import eu.aimarket.testsupport.TestOidcProvider;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URL;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole tender flow in real Chromium against the packaged application: a buyer publishes a
 * requirement as a tender, Mistral AI's supplier (JavaScript switched off) asks a question, the
 * buyer answers, the supplier responds (a wrong price first), withdraws and responds again; the
 * application's clock then moves past the deadline, a late change is refused with a clear message,
 * and the buyer shortlists and awards; the supplier sees the outcome. The tender pages pass
 * axe-core and the Nu HTML Checker.
 */
@QuarkusIntegrationTest
@WithTestResource(TestOidcProvider.class)
@WithTestResource(MovableClock.class)
class TenderBrowserIT {

  private static final Pattern TENDER_PATH = Pattern.compile("(/tenders/[0-9a-f-]{36})");

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

  private static void type(WebDriver page, String id, String text) {
    WebElement field = page.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static void submit(WebDriver page, String buttonSelector) {
    String before = page.getCurrentUrl();
    String html = page.getPageSource();
    page.findElement(By.cssSelector(buttonSelector)).click();
    new WebDriverWait(page, Duration.ofSeconds(60))
        .until(d -> !d.getCurrentUrl().equals(before) || !d.getPageSource().equals(html));
  }

  /** Fails with what the page says when a form came back with errors instead of being saved. */
  private static void accepted(WebDriver page) {
    assertTrue(
        page.findElements(By.cssSelector(".error-summary, [role=alert]")).isEmpty(),
        () -> page.getCurrentUrl() + "\n" + text(page));
  }

  private static String text(WebDriver page) {
    return page.findElement(By.tagName("body")).getText();
  }

  private String postRequirement(WebDriver page) {
    page.get(url("/buyer/requirements/new"));
    type(page, "title", "Letters assistant (tender)");
    type(page, "description", "An LLM for drafting German administrative letters.");
    new Select(page.findElement(By.id("category"))).selectByValue("LLM_API");
    page.findElement(By.id("buyerType-PUBLIC_SECTOR")).click();
    page.findElement(By.id("dataLocation-EU")).click();
    page.findElement(By.id("deploymentModels-SAAS")).click();
    type(page, "languages", "de");
    submit(page, "form button[type=submit]");
    assertTrue(page.getCurrentUrl().contains("saved=true"), page.getCurrentUrl());
    return page.getCurrentUrl().replaceAll("^.*/buyer/requirements/([0-9a-f-]{36}).*$", "$1");
  }

  @Test
  void publishAskAnswerRespondWithdrawRespondAgainTheDeadlinePassesShortlistAndAward() {
    String buyer = TestOidcProvider.token("buyer", Set.of("buyer"));
    String supplier = TestOidcProvider.token("supplier", Set.of("supplier"));
    Map<String, String> html = new LinkedHashMap<>();
    String tender;

    try (Browser browser = Browser.withJavaScript().signIn(buyer)) {
      WebDriver page = browser.driver();
      String requirement = postRequirement(page);
      page.get(url("/tenders/new?requirement=" + requirement));
      PageChecks.axe(page, "tender-publish");
      html.put(
          "tender-publish",
          new RawPages(root.toString(), buyer)
              .get("/tenders/new?requirement=" + requirement)
              .body());
      submit(page, "form[action='/tenders'] button[type=submit]");
      Matcher matcher = TENDER_PATH.matcher(page.getCurrentUrl());
      assertTrue(matcher.find(), page.getCurrentUrl());
      tender = matcher.group(1);
      browser.screenshot("tender-published");
    }

    try (Browser browser = Browser.withoutJavaScript().signIn(supplier)) {
      WebDriver page = browser.driver();
      page.get(url("/tenders"));
      assertFalse(
          page.findElements(By.cssSelector("a[href='" + tender + "']")).isEmpty(),
          "the tender is in the supplier's lead feed");
      page.get(url(tender));
      type(page, "question", "Must the model run in a German data centre?");
      submit(page, "form[action$='/questions'] button[type=submit]");
      assertTrue(text(page).contains("Must the model run in a German data centre?"), text(page));
    }

    try (Browser browser = Browser.withJavaScript().signIn(buyer)) {
      WebDriver page = browser.driver();
      page.get(url(tender));
      WebElement answer = page.findElement(By.cssSelector("form[action$='/answer'] textarea"));
      answer.sendKeys("Any data centre in the EU will do.");
      submit(page, "form[action$='/answer'] button[type=submit]");
      assertTrue(text(page).contains("Any data centre in the EU will do."), text(page));
    }

    try (Browser browser = Browser.withoutJavaScript().signIn(supplier)) {
      WebDriver page = browser.driver();
      page.get(url(tender));
      assertTrue(text(page).contains("Any data centre in the EU will do."), "answers are public");
      page.get(url(tender + "/response"));
      page.findElements(By.cssSelector("input[name=offeringIds]")).get(0).click();
      type(page, "priceEur", "a lot");
      for (WebElement evidence : page.findElements(By.cssSelector("textarea[name^='evidence.']"))) {
        evidence.sendKeys("Hosted in Paris; see our documentation.");
      }
      submit(page, "button[name=action][value=submit]");
      assertFalse(
          page.findElements(By.id("priceEur-error")).isEmpty(), "the price error is inline");
      browser.screenshot("tender-response-error");
      type(page, "priceEur", "36000");
      submit(page, "button[name=action][value=submit]");
      accepted(page);
      page.get(url(tender + "/response"));
      submit(page, "button[name=action][value=withdraw]");
      accepted(page);
      page.get(url(tender + "/response"));
      assertTrue(
          page.findElements(By.cssSelector("button[name=action][value=withdraw]")).isEmpty(),
          "a withdrawn response cannot be withdrawn again");
      type(page, "priceEur", "34000");
      submit(page, "button[name=action][value=submit]");
      accepted(page);
      page.get(url(tender + "/response"));
      assertFalse(
          page.findElements(By.cssSelector("button[name=action][value=withdraw]")).isEmpty(),
          "submitted again");

      MovableClock.advance(Duration.ofDays(29));

      page.get(url(tender + "/response"));
      type(page, "priceEur", "30000");
      submit(page, "button[name=action][value=submit]");
      assertTrue(text(page).contains("The deadline has passed"), text(page));
      browser.screenshot("tender-response-late");
    }

    try (Browser browser = Browser.withJavaScript().signIn(buyer)) {
      WebDriver page = browser.driver();
      page.get(url(tender));
      page.findElement(By.cssSelector("form[action$='/evaluation'] input[name=shortlisted]"))
          .click();
      page.findElement(By.cssSelector("form[action$='/evaluation'] textarea[name=note]"))
          .sendKeys("Strong on sovereignty");
      submit(page, "form[action$='/evaluation'] button[type=submit]");
      assertTrue(text(page).contains("Strong on sovereignty"), text(page));
      PageChecks.axe(page, "tender-evaluation");
      browser.screenshot("tender-evaluation");
      html.put("tender-evaluation", new RawPages(root.toString(), buyer).get(tender).body());

      page.findElement(By.id("outcome-AWARDED")).click();
      Select response = new Select(page.findElement(By.id("responseId")));
      response.selectByIndex(1);
      type(page, "valueEur", "34000");
      // Typing into a date field depends on the browser's locale; set the ISO value the form posts.
      JavascriptExecutor script = (JavascriptExecutor) page;
      script.executeScript(
          "arguments[0].value = '2027-01-01'", page.findElement(By.id("contractStart")));
      script.executeScript(
          "arguments[0].value = '2027-12-31'", page.findElement(By.id("contractEnd")));
      submit(page, "form[action$='/conclusion'] button[type=submit]");
      assertTrue(text(page).contains("Awarded to Mistral AI"), text(page));
      browser.screenshot("tender-awarded");
    }

    try (Browser browser = Browser.withJavaScript().signIn(supplier)) {
      WebDriver page = browser.driver();
      page.get(url("/tenders"));
      PageChecks.axe(page, "tenders-supplier");
      browser.screenshot("tenders-supplier");
      List<WebElement> rows = page.findElements(By.cssSelector("a[href='" + tender + "']"));
      assertFalse(rows.isEmpty(), "the supplier still finds its response");
      html.put("tenders-supplier", new RawPages(root.toString(), supplier).get("/tenders").body());
      page.get(url(tender));
      assertTrue(text(page).contains("Awarded to Mistral AI"), text(page));
    }
    assertEquals(3, html.size());
    PageChecks.validateHtml(html);
  }
}
