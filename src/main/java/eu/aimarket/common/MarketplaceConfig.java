package eu.aimarket.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Typed configuration of the application ({@code aimarket.*}). */
@ConfigMapping(prefix = "aimarket")
public interface MarketplaceConfig {

  /** Load the illustrative demo catalogue at start-up (idempotent). */
  @WithName("demo-data")
  @WithDefault("false")
  boolean demoData();

  PageSize pageSize();

  interface PageSize {
    @WithName("default")
    @WithDefault("20")
    int defaultSize();

    @WithDefault("100")
    int max();
  }

  /** The page size a list request gets: the default when none asked, 400 when out of range. */
  default int limit(Integer requested) {
    if (requested == null) {
      return pageSize().defaultSize();
    }
    if (requested < 1 || requested > pageSize().max()) {
      throw DomainException.invalid("limit", "must be between 1 and " + pageSize().max());
    }
    return requested;
  }
}
