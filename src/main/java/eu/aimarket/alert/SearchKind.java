package eu.aimarket.alert;

/**
 * What a saved search looks through: the catalogue (for buyers) or open requirements (suppliers).
 */
public enum SearchKind {
  CATALOGUE,
  REQUIREMENTS
}
