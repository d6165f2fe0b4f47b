package eu.aimarket.integration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How webhooks are sent ({@code aimarket.webhooks.*}). */
@ConfigMapping(prefix = "aimarket.webhooks")
public interface WebhookConfig {

  /**
   * How often the dispatcher looks for due deliveries, e.g. {@code 1s}; {@code off} stops it (tests
   * dispatch by hand).
   */
  @WithDefault("1s")
  String dispatchEvery();

  /** How long one attempt may take, connection included; a slow receiver counts as failed. */
  @WithDefault("5s")
  Duration requestTimeout();

  /** The delay before the first retry; each further retry waits twice as long. */
  @WithDefault("30s")
  Duration retryInitialDelay();

  /** The longest wait between two attempts. */
  @WithDefault("1h")
  Duration retryMaxDelay();

  /** How long after the event a failing delivery is still retried before it is given up. */
  @WithDefault("24h")
  Duration retryFor();

  /** How long a dispatcher holds a delivery it is sending before another may take it over. */
  @WithDefault("1m")
  Duration lease();

  /** At most this many deliveries are sent at once. */
  @WithDefault("32")
  int batchSize();

  /** Plain http URLs are refused unless this is false (development and tests only). */
  @WithDefault("true")
  boolean requireHttps();

  /**
   * Loopback, private and link-local addresses are refused as targets unless this is true
   * (development and tests only): a webhook must not reach into the operator's own network.
   */
  @WithDefault("false")
  boolean allowPrivateTargets();

  /** How long delivered and given-up deliveries stay in the log. */
  @WithDefault("30d")
  Duration logRetention();
}
