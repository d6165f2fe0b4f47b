package eu.aimarket.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Typed configuration of identity ({@code aimarket.identity.*}). */
@ConfigMapping(prefix = "aimarket.identity")
public interface IdentityConfig {

  /** Who creates invited colleagues' accounts. */
  enum Provisioning {
    /** The application, through Keycloak's admin API. */
    KEYCLOAK,
    /** Nobody here: the identity provider's own administrators. */
    NONE
  }

  @WithDefault("none")
  Provisioning accountProvisioning();

  /** How long the link in an invitation e-mail stays valid. */
  @WithDefault("P3D")
  Duration invitationLifespan();
}
