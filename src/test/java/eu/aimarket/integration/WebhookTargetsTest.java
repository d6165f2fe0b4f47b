package eu.aimarket.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.aimarket.common.DomainException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which URLs a webhook may call under the production settings: no database needed. */
class WebhookTargetsTest {

  private static WebhookConfig production() {
    return new WebhookConfig() {
      @Override
      public String dispatchEvery() {
        return "1s";
      }

      @Override
      public Duration requestTimeout() {
        return Duration.ofSeconds(5);
      }

      @Override
      public Duration retryInitialDelay() {
        return Duration.ofSeconds(30);
      }

      @Override
      public Duration retryMaxDelay() {
        return Duration.ofHours(1);
      }

      @Override
      public Duration retryFor() {
        return Duration.ofHours(24);
      }

      @Override
      public Duration lease() {
        return Duration.ofMinutes(1);
      }

      @Override
      public int batchSize() {
        return 32;
      }

      @Override
      public boolean requireHttps() {
        return true;
      }

      @Override
      public boolean allowPrivateTargets() {
        return false;
      }

      @Override
      public Duration logRetention() {
        return Duration.ofDays(30);
      }
    };
  }

  private final WebhookTargets targets = new WebhookTargets(production());

  private static String refusalOf(Runnable call) {
    DomainException e = assertThrows(DomainException.class, call::run);
    assertEquals("url", e.fieldErrors().get(0).field());
    return e.fieldErrors().get(0).message();
  }

  @Test
  void plainHttpIsRefusedInProduction() {
    assertTrue(
        refusalOf(() -> targets.requireUsable("http://93.184.216.34/hooks", "url"))
            .contains("https"));
  }

  @Test
  void loopbackPrivateAndLinkLocalAddressesAreRefused() {
    for (String url :
        new String[] {
          "https://127.0.0.1/hooks",
          "https://10.1.2.3/hooks",
          "https://192.168.0.10/hooks",
          "https://169.254.169.254/latest/meta-data",
          "https://[::1]/hooks",
          "https://[fd00::1]/hooks",
          "https://localhost/hooks"
        }) {
      assertTrue(
          refusalOf(() -> targets.requireUsable(url, "url")).contains("internal address"), url);
    }
  }

  @Test
  void credentialsFragmentsAndRelativeUrlsAreRefused() {
    assertTrue(
        refusalOf(() -> targets.requireUsable("https://user:pw@93.184.216.34/h", "url"))
            .contains("credentials"));
    assertTrue(
        refusalOf(() -> targets.requireUsable("https://93.184.216.34/h#top", "url"))
            .contains("fragment"));
    assertTrue(refusalOf(() -> targets.requireUsable("/hooks", "url")).contains("absolute"));
  }

  @Test
  void aPublicHttpsAddressIsAccepted() {
    assertEquals(
        URI.create("https://93.184.216.34/hooks"),
        targets.requireUsable("https://93.184.216.34/hooks", "url"));
  }

  @Test
  void retriesWaitTwiceAsLongEachTimeUpToTheCap() {
    WebhookOutbox outbox = new WebhookOutbox(null, null, null, production(), null);
    assertEquals(Duration.ofSeconds(30), outbox.retryDelay(attempt(1)));
    assertEquals(Duration.ofSeconds(60), outbox.retryDelay(attempt(2)));
    assertEquals(Duration.ofMinutes(32), outbox.retryDelay(attempt(7)));
    assertEquals(Duration.ofHours(1), outbox.retryDelay(attempt(8)));
    assertEquals(Duration.ofHours(1), outbox.retryDelay(attempt(40)));
  }

  private static WebhookOutbox.Attempt attempt(int number) {
    return new WebhookOutbox.Attempt(null, number, null, null, null, null);
  }
}
