package eu.aimarket.identity;

import java.util.Locale;

/** What a member may do for an organisation. The names match the OIDC realm roles. */
public enum Role {
  BUYER,
  SUPPLIER,
  ADMIN;

  /** The role's name as the identity provider spells it: {@code buyer}, {@code supplier}, ... */
  public String claimName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromClaimName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
