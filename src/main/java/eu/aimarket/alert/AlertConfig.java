package eu.aimarket.alert;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Saved-search alerts ({@code aimarket.alerts.*}). */
@ConfigMapping(prefix = "aimarket.alerts")
public interface AlertConfig {

  /**
   * How often due alerts and digests are sent ({@code off} in tests, which send by hand). Immediate
   * alerts also leave right after the change that caused them.
   */
  @WithDefault("15m")
  String sendEvery();
}
