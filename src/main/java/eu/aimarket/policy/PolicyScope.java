package eu.aimarket.policy;

/** Who a policy belongs to: the whole platform, or one buyer organisation. */
public enum PolicyScope {
  PLATFORM,
  BUYER
}
