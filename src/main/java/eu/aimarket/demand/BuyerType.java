package eu.aimarket.demand;

/**
 * Public buyers are bound by procurement law (no exclusion by a GPA bidder's nationality in covered
 * tenders); private buyers may prefer whom they like.
 */
public enum BuyerType {
  PUBLIC_SECTOR,
  PRIVATE
}
