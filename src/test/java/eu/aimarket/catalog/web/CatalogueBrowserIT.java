package eu.aimarket.catalog.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.testsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** The catalogue in real Chromium against the packaged application, without JavaScript. */
@QuarkusIntegrationTest
class CatalogueBrowserIT {

  @TestHTTPResource("/")
  URL root;

  @Test
  void aVisitorFiltersTheCatalogueAndOpensAnOfferingWithoutJavaScript() {
    try (Browser browser = Browser.withoutJavaScript()) {
      WebDriver page = browser.driver();
      page.get(root + "catalogue");
      new Select(page.findElement(By.id("category"))).selectByValue("LLM_API");
      new Select(page.findElement(By.id("dataIn"))).selectByValue("EU");
      page.findElement(By.cssSelector("form.filters button[type=submit]")).click();
      // The click returns once the form is sent, not always once the answer is shown.
      await()
          .atMost(Duration.ofSeconds(30))
          .until(page::getCurrentUrl, url -> url.contains("category=LLM_API"));
      assertTrue(page.getCurrentUrl().contains("dataIn=EU"));
      browser.screenshot("catalogue-filtered");
      page.findElement(By.cssSelector("table tbody tr td a")).click();
      assertEquals(8, page.findElements(By.cssSelector("table.scorecard tbody tr")).size());
      browser.screenshot("offering");
    }
  }
}
