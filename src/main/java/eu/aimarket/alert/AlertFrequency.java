package eu.aimarket.alert;

import java.time.Duration;

/** How often a saved search's owner hears of new matches. */
public enum AlertFrequency {
  IMMEDIATE(Duration.ZERO),
  DAILY(Duration.ofDays(1)),
  WEEKLY(Duration.ofDays(7));

  private final Duration period;

  AlertFrequency(Duration period) {
    this.period = period;
  }

  public Duration period() {
    return period;
  }
}
